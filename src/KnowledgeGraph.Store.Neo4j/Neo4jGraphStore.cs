using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Loading;
using KnowledgeGraph.Store.Neo4j.Client;
using KnowledgeGraph.Store.Neo4j.Query;
using KnowledgeGraph.Store.Neo4j.Writing;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// The Neo4j back-end of the store port: a load is one explicit Neo4j transaction (all or nothing), merged by the same
/// rules as SQLite and reported the same way; statistics and exports read the graph back. See docs/neo4j.md.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jClient _client;
    private readonly bool _ownsClient;
    private readonly GraphModel _model;
    private readonly SemaphoreSlim _schema = new(1, 1);
    private bool _schemaReady;

    /// <summary>A store over <paramref name="client"/> (not disposed with the store unless <paramref name="ownsClient"/>).</summary>
    public Neo4jGraphStore(Neo4jClient client, GraphModel? model = null, bool ownsClient = false)
    {
        _client = client;
        _ownsClient = ownsClient;
        _model = model ?? CityNetworksModel.Instance;
    }

    /// <summary>A store for <paramref name="options"/>, with a client of its own.</summary>
    public static Neo4jGraphStore Open(Neo4jOptions options, GraphModel? model = null) => new(new Neo4jClient(options), model, ownsClient: true);

    /// <summary>The client in use.</summary>
    public Neo4jClient Client => _client;

    /// <summary>The model the graph follows.</summary>
    public GraphModel Model => _model;

    /// <summary>
    /// Creates the constraints and indexes for the server's version (asked with <c>CALL dbms.components()</c>): a unique
    /// id per kind, indexes on names, creation order and external keys, and on Neo4j 5 the full-text index search reads
    /// (<see cref="SearchIndex"/>).
    /// Idempotent; run once per store before its first load.
    /// </summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady)
        {
            return;
        }
        await _schema.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }
            var major = await MajorVersionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var statement in Cypher.Schema(_model, major).Concat(SearchIndex.Schema(_model, major)))
            {
                // Schema statements create nothing twice, so a retry is safe: run as reads for the retry policy.
                await _client.RunAsync(statement, AccessMode.Read, cancellationToken).ConfigureAwait(false);
            }
            _schemaReady = true;
        }
        finally
        {
            _schema.Release();
        }
    }

    /// <summary>The server's major version from <c>CALL dbms.components()</c>.</summary>
    public async Task<int> MajorVersionAsync(CancellationToken cancellationToken = default)
    {
        var versions = await _client.QueryAsync(
            "CALL dbms.components() YIELD name, versions RETURN name, versions",
            r => (Name: r["name"].GetString(), Version: r["versions"][0].GetString() ?? ""), cancellationToken).ConfigureAwait(false);
        var kernel = versions.FirstOrDefault(v => v.Name == "Neo4j Kernel").Version ?? versions.FirstOrDefault().Version ?? "";
        return int.TryParse(kernel.Split('.')[0], out var major) ? major : 0;
    }

    /// <inheritdoc/>
    public Task<LoadReport> LoadAsync(IReadOnlyList<GraphBatch> batches, bool dryRun = false, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        LoadAsync(batches, new LoadOptions { DryRun = dryRun, Progress = progress }, cancellationToken);

    /// <inheritdoc/>
    public async Task<LoadReport> LoadAsync(IReadOnlyList<GraphBatch> batches, LoadOptions options, CancellationToken cancellationToken = default)
    {
        var checks = BatchChecks.For(batches, options, _model);
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // One explicit transaction: read the graph, apply the batches in memory, write what they touched, commit.
            // The work is idempotent, so a transient failure (the commit's answer lost included) runs it all again.
            return await _client.ExecuteWriteAsync(async (tx, ct) =>
            {
                var state = batches.Sum(b => b.Nodes.Count) <= _client.Options.KeyedReadLimit
                    ? await GraphState.ReadForAsync(tx, _model, batches, ct).ConfigureAwait(false)
                    : await GraphState.ReadAsync(tx, _model, ct).ConfigureAwait(false);
                var writer = new Neo4jGraphWriter(state, _model);
                for (var i = 0; i < batches.Count; i++)
                {
                    checks?.Passed(i);
                    writer.Apply(batches[i], options.Progress, ct);
                }
                if (!options.DryRun)
                {
                    await writer.WriteAsync(tx, _client.Options.BatchSize, ct).ConfigureAwait(false);
                }
                return new LoadReport(writer.Changes, options.DryRun);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not InvalidBatchException && checks is not null)
        {
            if (checks.FirstFailure() is { } invalid)
            {
                throw invalid;
            }
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<GraphStats> GetStatsAsync(int namesPerKind = 0, CancellationToken cancellationToken = default)
    {
        var kinds = _model.NodeKinds.ToDictionary(k => k.Name, _ => 0L, StringComparer.Ordinal);
        var types = _model.RelationshipTypes.ToDictionary(r => r.Name, _ => 0L, StringComparer.Ordinal);
        long sources = 0;
        foreach (var (kind, count, s) in await _client.QueryAsync(
            "MATCH (n) WHERE n._seq IS NOT NULL RETURN n.kind AS kind, count(n) AS nodes, sum(coalesce(n._sourceCount, size(n._sources))) AS sources",
            r => (r["kind"].GetString()!, r["nodes"].GetInt64(), r["sources"].GetInt64()), cancellationToken).ConfigureAwait(false))
        {
            kinds[kind] = count;
            sources += s;
        }
        foreach (var (type, count, s) in await _client.QueryAsync(
            "MATCH ()-[r]->() WHERE r._props IS NOT NULL RETURN type(r) AS type, count(r) AS relationships, sum(coalesce(r._sourceCount, size(r._sources))) AS sources",
            r => (r["type"].GetString()!, r["relationships"].GetInt64(), r["sources"].GetInt64()), cancellationToken).ConfigureAwait(false))
        {
            types[type] = count;
            sources += s;
        }
        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (namesPerKind > 0)
        {
            var all = await _client.QueryAsync("MATCH (n) WHERE n._seq IS NOT NULL RETURN n.kind AS kind, n.name AS name",
                r => (Kind: r["kind"].GetString()!, Name: r["name"].GetString()!), cancellationToken).ConfigureAwait(false);
            foreach (var group in all.GroupBy(x => x.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                names[group.Key] = group.Select(x => x.Name).Order(StringComparer.Ordinal).Take(namesPerKind).ToList();
            }
        }
        return new GraphStats(kinds, types, sources) { NamesByKind = names };
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = await _client.QueryAsync(GraphState.ReadNodes, ToNode, cancellationToken).ConfigureAwait(false);
        // In id order by code point, as SQLite's binary collation sorts.
        rows.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        foreach (var node in rows)
        {
            yield return node;
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredRelationship> ReadRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = await _client.QueryAsync(
            "MATCH (a)-[r]->(b) WHERE r._props IS NOT NULL RETURN type(r) AS type, a.id AS src, b.id AS dst, r._props AS props, r._sources AS sources",
            r =>
            {
                var (sources, claims) = Sources(r["sources"]);
                return new StoredRelationship(r["type"].GetString()!, r["src"].GetString()!, r["dst"].GetString()!, Props(r["props"]), sources, claims);
            }, cancellationToken).ConfigureAwait(false);
        rows.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Type, b.Type);
            c = c != 0 ? c : string.CompareOrdinal(a.FromId, b.FromId);
            return c != 0 ? c : string.CompareOrdinal(a.ToId, b.ToId);
        });
        foreach (var rel in rows)
        {
            yield return rel;
        }
    }

    private static StoredNode ToNode(Neo4jRecord r)
    {
        var name = r["name"].GetString()!;
        var names = GraphState.Strings(r["names"]);
        var langs = GraphState.Strings(r["langs"]);
        var aliases = names.Select((n, i) => (Name: n, Lang: i < langs.Count ? langs[i] : ""))
            .OrderBy(x => x.Lang, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Where(x => x.Name != name || x.Lang.Length > 0)
            .Select(x => new Alias(x.Name, x.Lang.Length == 0 ? null : x.Lang)).ToList();
        var (sources, claims) = Sources(r["sources"]);
        return new StoredNode(r["id"].GetString()!, r["kind"].GetString()!, name,
            r["description"].ValueKind == JsonValueKind.String ? r["description"].GetString() : null,
            aliases, Props(r["props"]), sources, claims);
    }

    private static Dictionary<string, object?> Props(JsonElement json) =>
        PropertyValueJson.DecodeObject(json.GetString() ?? "{}");

    private static (List<StoredSource>, List<StoredClaim>) Sources(JsonElement list)
    {
        var sources = new List<StoredSource>();
        var claims = new List<StoredClaim>();
        foreach (var entry in SourceList.Decode(list))
        {
            if (entry.Property is null)
            {
                sources.Add(entry.Source);
            }
            else
            {
                claims.Add(new StoredClaim(entry.Property, PropertyValueJson.Decode(entry.Value), entry.Qualifier, entry.Source));
            }
        }
        return (sources, claims);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
        _schema.Dispose();
        return ValueTask.CompletedTask;
    }
}
