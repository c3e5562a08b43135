using KnowledgeGraph.Store.Analytics;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>
/// The research questions of a <see cref="SqliteGraphStore"/>, with SQLite's errors (opening the read connections
/// included) turned into <see cref="StoreException"/>.
/// </summary>
internal sealed class GuardedAnalytics(SqliteGraphStore store) : IGraphAnalytics
{
    public Task<string> CollaboratingCitiesAsync(CollaborationQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => store.UnguardedAnalytics.CollaboratingCitiesAsync(query, cancellationToken), cancellationToken);

    public Task<string> CityProfileAsync(CityProfileQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => store.UnguardedAnalytics.CityProfileAsync(query, cancellationToken), cancellationToken);

    public Task<string> PathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => store.UnguardedAnalytics.PathsAsync(query, cancellationToken), cancellationToken);

    public Task<string> CentralityAsync(CentralityQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => store.UnguardedAnalytics.CentralityAsync(query, cancellationToken), cancellationToken);

    public Task<string> ProgrammeProjectsAsync(ProgrammeProjectsQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => store.UnguardedAnalytics.ProgrammeProjectsAsync(query, cancellationToken), cancellationToken);

    public Task<string> CountryPartnersAsync(CountryPartnersQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => store.UnguardedAnalytics.CountryPartnersAsync(query, cancellationToken), cancellationToken);

    public Task<string> SubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => store.UnguardedAnalytics.SubgraphAsync(query, cancellationToken), cancellationToken);
}
