namespace KnowledgeGraph.Store.Backends;

/// <summary>
/// Counts the statements a back-end sends for queries and analytics (one SQL statement, one Cypher query): the
/// difference before and after a request is what that request cost, whatever the back-end.
/// </summary>
public interface IStatementCounter
{
    /// <summary>Statements run so far.</summary>
    long StatementsExecuted { get; }
}
