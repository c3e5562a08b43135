namespace KnowledgeGraph.Store.Query;

/// <summary>Thrown when a plan does not fit the model (a property not on the kind, a relationship not touching it, a numeric operator on text) or its cursor is not one of its own.</summary>
public sealed class QueryValidationException : Exception
{
    /// <summary>Creates the exception with what is wrong.</summary>
    public QueryValidationException(string message) : base(message) { }

    /// <summary>The argument of the request that is wrong, when one is (<c>theme</c>); null otherwise.</summary>
    public string? Argument { get; init; }

    /// <summary>What the caller may have meant (ids of nodes with close names); empty when nothing is offered.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>Required by the exception pattern.</summary>
    public QueryValidationException() : base("The query does not fit the model.") { }

    /// <summary>Required by the exception pattern.</summary>
    public QueryValidationException(string message, Exception innerException) : base(message, innerException) { }
}
