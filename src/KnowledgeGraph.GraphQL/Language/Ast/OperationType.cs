namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The three operation types (spec 2.3).</summary>
public enum OperationType : byte
{
    /// <summary><c>query</c></summary>
    Query,
    /// <summary><c>mutation</c></summary>
    Mutation,
    /// <summary><c>subscription</c></summary>
    Subscription,
}
