namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// The research questions, back-end neutral: each call reaches the back-end with one statement (one SQL statement in
/// SQLite, one Cypher query in Neo4j) and returns JSON text whose shape each request record documents (and
/// docs/analytics.md). Search over names and aliases (question 6) is <see cref="Query.IGraphQueries.SearchAsync"/>.
/// </summary>
public interface IGraphAnalytics
{
    /// <summary>Question 1: city pairs sharing projects, ranked (see <see cref="CollaborationQuery"/>).</summary>
    /// <exception cref="Query.QueryValidationException">A limit or year range is out of bounds.</exception>
    Task<string> CollaboratingCitiesAsync(CollaborationQuery query, CancellationToken cancellationToken = default);

    /// <summary>Question 2: a city's partnership profile (see <see cref="CityProfileQuery"/>).</summary>
    /// <exception cref="Query.QueryValidationException">A limit or year range is out of bounds.</exception>
    Task<string> CityProfileAsync(CityProfileQuery query, CancellationToken cancellationToken = default);

    /// <summary>Question 3: the shortest paths between two nodes (see <see cref="PathQuery"/>).</summary>
    /// <exception cref="Query.QueryValidationException">A limit is out of bounds.</exception>
    Task<string> PathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>Question 4: the most connected cities or organisations (see <see cref="CentralityQuery"/>).</summary>
    /// <exception cref="Query.QueryValidationException">A limit or year range is out of bounds.</exception>
    Task<string> CentralityAsync(CentralityQuery query, CancellationToken cancellationToken = default);

    /// <summary>Question 5: a programme's projects with partner countries and funding (see <see cref="ProgrammeProjectsQuery"/>).</summary>
    /// <exception cref="Query.QueryValidationException">A limit or year range is out of bounds.</exception>
    Task<string> ProgrammeProjectsAsync(ProgrammeProjectsQuery query, CancellationToken cancellationToken = default);

    /// <summary>Question 5: a country's partner cities, organisations and projects (see <see cref="CountryPartnersQuery"/>).</summary>
    /// <exception cref="Query.QueryValidationException">A limit or year range is out of bounds.</exception>
    Task<string> CountryPartnersAsync(CountryPartnersQuery query, CancellationToken cancellationToken = default);

    /// <summary>The partnership subgraph of a scope, as nodes and edges to draw (see <see cref="SubgraphQuery"/>).</summary>
    /// <exception cref="Query.QueryValidationException">The project limit or year range is out of bounds.</exception>
    Task<string> SubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default);
}
