using System.Runtime.CompilerServices;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Analytics;
using KnowledgeGraph.Store.Backends;
using KnowledgeGraph.Store.Neo4j.Client;
using KnowledgeGraph.Store.Neo4j.Query;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// The Neo4j back-end behind the store port: loads, statistics and exports through <see cref="Neo4jGraphStore"/>, every
/// Neo4j failure turned into a <see cref="StoreException"/> at this boundary; query plans and searches through
/// <see cref="Neo4jQueries"/> (one Cypher statement each); the research questions through <see cref="Neo4jAnalytics"/>
/// (all of them, one Cypher statement each).
/// </summary>
public sealed class Neo4jBackend : IGraphBackend, IStatementCounter
{
    private readonly Neo4jGraphStore _store;
    private readonly Neo4jQueries _queries;
    private readonly GuardedAnalytics _analytics;
    private long _statements;

    /// <summary>A back-end over <paramref name="store"/> (disposed with it).</summary>
    public Neo4jBackend(Neo4jGraphStore store)
    {
        _store = store;
        _queries = new Neo4jQueries(store.Client, store.Model);
        _analytics = new GuardedAnalytics(this, new Neo4jAnalytics(store.Client));
        var observer = store.Client.StatementObserver;
        store.Client.StatementObserver = s =>
        {
            Interlocked.Increment(ref _statements);
            StatementTally.Count();
            observer?.Invoke(s);
        };
    }

    /// <inheritdoc/>
    public string Provider => Neo4jStoreProvider.ProviderName;

    /// <inheritdoc/>
    public string Location => _store.Client.Address.ToString();

    /// <summary>The store.</summary>
    public Neo4jGraphStore Store => _store;

    /// <inheritdoc/>
    public IGraphAnalytics Analytics => _analytics;

    /// <inheritdoc/>
    public IStatementCounter Statements => this;

    /// <inheritdoc/>
    public long StatementsExecuted => Interlocked.Read(ref _statements);

    /// <summary>
    /// Readies the queries for the server's version: on Neo4j 5 and later searches read the full-text index
    /// (<see cref="SearchIndex"/>), which the schema set-up creates here if the store's first load has not yet.
    /// </summary>
    public Task PrepareAsync(CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            if (await _store.MajorVersionAsync(cancellationToken).ConfigureAwait(false) >= SearchIndex.SinceMajor)
            {
                await _store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
                _queries.Compiler.FullTextIndex = SearchIndex.Name;
            }
            return true;
        });

    /// <inheritdoc/>
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        Guard(async () => (await _store.Client.RunAsync("RETURN 1", AccessMode.Read, cancellationToken).ConfigureAwait(false)) is not null);

    /// <inheritdoc/>
    public Task<string> QueryAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        Guard(() => _queries.QueryAsync(query, cancellationToken));

    /// <inheritdoc/>
    public Task<string> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Guard(() => _queries.SearchAsync(query, cancellationToken));

    /// <summary>The plans' compiler and runner (to inspect the Cypher of a plan).</summary>
    public Neo4jQueries Queries => _queries;

    /// <inheritdoc/>
    public Task<LoadReport> LoadAsync(IReadOnlyList<GraphBatch> batches, bool dryRun = false, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        DataVersion.AfterAsync(this, Guard(() => _store.LoadAsync(batches, dryRun, progress, cancellationToken)));

    /// <inheritdoc/>
    public Task<LoadReport> LoadAsync(IReadOnlyList<GraphBatch> batches, LoadOptions options, CancellationToken cancellationToken = default) =>
        DataVersion.AfterAsync(this, Guard(() => _store.LoadAsync(batches, options, cancellationToken)));

    /// <inheritdoc/>
    public Task<GraphStats> GetStatsAsync(int namesPerKind = 0, CancellationToken cancellationToken = default) =>
        Guard(() => _store.GetStatsAsync(namesPerKind, cancellationToken));

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var nodes = await Guard(async () =>
        {
            var list = new List<StoredNode>();
            await foreach (var n in _store.ReadNodesAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(n);
            }
            return list;
        }).ConfigureAwait(false);
        foreach (var n in nodes)
        {
            yield return n;
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredRelationship> ReadRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rels = await Guard(async () =>
        {
            var list = new List<StoredRelationship>();
            await foreach (var r in _store.ReadRelationshipsAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(r);
            }
            return list;
        }).ConfigureAwait(false);
        foreach (var r in rels)
        {
            yield return r;
        }
    }

    private async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Neo4jException ex)
        {
            throw new StoreException(Provider, Location, ex.Message, ex);
        }
        catch (Neo4jConfigurationException ex)
        {
            throw new StoreException(Provider, Location, ex.Message, ex);
        }
    }

    /// <summary>The research questions with every Neo4j failure turned into a <see cref="StoreException"/>.</summary>
    private sealed class GuardedAnalytics(Neo4jBackend backend, Neo4jAnalytics inner) : IGraphAnalytics
    {
        public Task<string> CollaboratingCitiesAsync(CollaborationQuery query, CancellationToken cancellationToken = default) =>
            backend.Guard(() => inner.CollaboratingCitiesAsync(query, cancellationToken));

        public Task<string> CityProfileAsync(CityProfileQuery query, CancellationToken cancellationToken = default) =>
            backend.Guard(() => inner.CityProfileAsync(query, cancellationToken));

        public Task<string> PathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
            backend.Guard(() => inner.PathsAsync(query, cancellationToken));

        public Task<string> CentralityAsync(CentralityQuery query, CancellationToken cancellationToken = default) =>
            backend.Guard(() => inner.CentralityAsync(query, cancellationToken));

        public Task<string> ProgrammeProjectsAsync(ProgrammeProjectsQuery query, CancellationToken cancellationToken = default) =>
            backend.Guard(() => inner.ProgrammeProjectsAsync(query, cancellationToken));

        public Task<string> CountryPartnersAsync(CountryPartnersQuery query, CancellationToken cancellationToken = default) =>
            backend.Guard(() => inner.CountryPartnersAsync(query, cancellationToken));

        public Task<string> SubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default) =>
            backend.Guard(() => inner.SubgraphAsync(query, cancellationToken));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
