using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>
/// The research questions on SQLite: each request is validated, written as one statement returning JSON text, and run
/// by the query executor (its read connection and its statement counter).
/// </summary>
/// <param name="executor">Runs the statements (and counts them).</param>
public sealed class SqliteGraphAnalytics(SqliteQueryExecutor executor) : IGraphAnalytics
{
    /// <inheritdoc/>
    public Task<string> CollaboratingCitiesAsync(CollaborationQuery query, CancellationToken cancellationToken = default) =>
        executor.RunAsync(Compile(query), cancellationToken);

    /// <inheritdoc/>
    public Task<string> CityProfileAsync(CityProfileQuery query, CancellationToken cancellationToken = default) =>
        executor.RunAsync(Compile(query), cancellationToken);

    /// <inheritdoc/>
    public Task<string> PathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        executor.RunAsync(Compile(query), cancellationToken);

    /// <inheritdoc/>
    public async Task<string> CentralityAsync(CentralityQuery query, CancellationToken cancellationToken = default)
    {
        var json = await executor.RunAsync(Compile(query), cancellationToken).ConfigureAwait(false);
        return query.Measure == CentralityMeasure.Betweenness ? BetweennessRanking.Rank(json, query, cancellationToken) : json;
    }

    /// <inheritdoc/>
    public Task<string> ProgrammeProjectsAsync(ProgrammeProjectsQuery query, CancellationToken cancellationToken = default) =>
        executor.RunAsync(Compile(query), cancellationToken);

    /// <inheritdoc/>
    public Task<string> CountryPartnersAsync(CountryPartnersQuery query, CancellationToken cancellationToken = default) =>
        executor.RunAsync(Compile(query), cancellationToken);

    /// <inheritdoc/>
    public async Task<string> SubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default)
    {
        var facts = await executor.RunAsync(Compile(query), cancellationToken).ConfigureAwait(false);
        return SubgraphAssembler.Assemble(facts, query);
    }

    /// <summary>The statement for question 1 (validated), to inspect or explain.</summary>
    public static CompiledQuery Compile(CollaborationQuery query)
    {
        AnalyticsValidator.Validate(query);
        return CollaborationSql.Compile(query);
    }

    /// <summary>The statement for question 2 (validated).</summary>
    public static CompiledQuery Compile(CityProfileQuery query)
    {
        AnalyticsValidator.Validate(query);
        return CityProfileSql.Compile(query);
    }

    /// <summary>The statement for question 3 (validated).</summary>
    public static CompiledQuery Compile(PathQuery query)
    {
        AnalyticsValidator.Validate(query);
        return PathSql.Compile(query);
    }

    /// <summary>
    /// The statement for question 4 (validated); for <see cref="CentralityMeasure.Betweenness"/> the statement fetching
    /// the scoped collaboration graph that <see cref="BetweennessRanking"/> ranks.
    /// </summary>
    public static CompiledQuery Compile(CentralityQuery query)
    {
        AnalyticsValidator.Validate(query);
        return query.Measure == CentralityMeasure.Betweenness ? BetweennessSql.Compile(query) : CentralitySql.Compile(query);
    }

    /// <summary>The statement for question 5, programme side (validated).</summary>
    public static CompiledQuery Compile(ProgrammeProjectsQuery query)
    {
        AnalyticsValidator.Validate(query);
        return ProgrammeProjectsSql.Compile(query);
    }

    /// <summary>The statement for question 5, country side (validated).</summary>
    public static CompiledQuery Compile(CountryPartnersQuery query)
    {
        AnalyticsValidator.Validate(query);
        return CountryPartnersSql.Compile(query);
    }

    /// <summary>The statement fetching a subgraph's facts (validated).</summary>
    public static CompiledQuery Compile(SubgraphQuery query)
    {
        AnalyticsValidator.Validate(query);
        return SubgraphSql.Compile(query);
    }
}
