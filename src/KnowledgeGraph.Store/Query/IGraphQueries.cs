namespace KnowledgeGraph.Store.Query;

/// <summary>
/// The read side of the store port: plans in, JSON out. Each call reaches the back-end with one statement
/// (one SQL statement in SQLite, one Cypher query in Neo4j), whatever the plan's nesting.
/// </summary>
public interface IGraphQueries
{
    /// <summary>Runs a plan; the JSON text is an array, an object or null as <see cref="NodeQuery.Shape"/> says.</summary>
    /// <exception cref="QueryValidationException">The plan does not fit the model.</exception>
    Task<string> QueryAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>Runs a full-text search; the JSON text is an array of node objects, best match first.</summary>
    /// <exception cref="QueryValidationException">The plan does not fit the model.</exception>
    Task<string> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);
}
