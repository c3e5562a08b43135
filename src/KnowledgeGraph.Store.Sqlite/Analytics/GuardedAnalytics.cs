using KnowledgeGraph.Store.Analytics;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>The research questions of a <see cref="SqliteGraphStore"/>, with SQLite's errors turned into <see cref="StoreException"/>.</summary>
internal sealed class GuardedAnalytics(IGraphAnalytics inner, SqliteGraphStore store) : IGraphAnalytics
{
    public Task<string> CollaboratingCitiesAsync(CollaborationQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => inner.CollaboratingCitiesAsync(query, cancellationToken), cancellationToken);

    public Task<string> CityProfileAsync(CityProfileQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => inner.CityProfileAsync(query, cancellationToken), cancellationToken);

    public Task<string> PathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => inner.PathsAsync(query, cancellationToken), cancellationToken);

    public Task<string> CentralityAsync(CentralityQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => inner.CentralityAsync(query, cancellationToken), cancellationToken);

    public Task<string> ProgrammeProjectsAsync(ProgrammeProjectsQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => inner.ProgrammeProjectsAsync(query, cancellationToken), cancellationToken);

    public Task<string> CountryPartnersAsync(CountryPartnersQuery query, CancellationToken cancellationToken = default) =>
        store.GuardAsync(() => inner.CountryPartnersAsync(query, cancellationToken), cancellationToken);
}
