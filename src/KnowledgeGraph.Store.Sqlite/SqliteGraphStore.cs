using System.Runtime.CompilerServices;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Backends;
using KnowledgeGraph.Store.Loading;
using KnowledgeGraph.Store.Query;
using KnowledgeGraph.Store.Sqlite.Analytics;
using KnowledgeGraph.Store.Sqlite.Migrations;
using KnowledgeGraph.Store.Sqlite.Query;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, schema by versioned migrations, one transaction per load.
/// SQLite's own errors surface as <see cref="StoreException"/> (see <see cref="Failure"/>).
/// </summary>
public sealed class SqliteGraphStore : IGraphBackend
{
    private readonly SqliteConnection _connection;
    private readonly GraphModel _model;
    private SqliteQueryExecutor? _queries;
    private IGraphAnalytics? _analytics;
    private SqliteGraphAnalytics? _sqliteAnalytics;

    private SqliteGraphStore(SqliteConnection connection, GraphModel model, string path, int readConnections)
    {
        _connection = connection;
        _model = model;
        Path = path;
        ReadConnections = readConnections;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>The open connection, for the query layer of this back-end.</summary>
    public SqliteConnection Connection => _connection;

    /// <summary>The most read connections of <see cref="Queries"/> (0: one per processor, up to 4).</summary>
    public int ReadConnections { get; }

    /// <summary>The query side: plans compiled to one statement each, on read connections of its own (made on first use).</summary>
    public SqliteQueryExecutor Queries => _queries ??= new SqliteQueryExecutor(Path, _model, ReadConnections);

    /// <summary>The research questions (docs/analytics.md), one statement each on <see cref="Queries"/>' connection and counter.</summary>
    public IGraphAnalytics Analytics => _analytics ??= new GuardedAnalytics(this);

    /// <summary>The research questions without the error guard (made on first use, with <see cref="Queries"/>).</summary>
    internal SqliteGraphAnalytics UnguardedAnalytics => _sqliteAnalytics ??= new SqliteGraphAnalytics(Queries);

    /// <inheritdoc/>
    public string Provider => SqliteStoreProvider.ProviderName;

    /// <inheritdoc/>
    public string Location => Path;

    /// <inheritdoc/>
    public IStatementCounter Statements => Queries;

    /// <inheritdoc/>
    public Task<string> QueryAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        GuardAsync(() => Queries.QueryAsync(query, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<string> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        GuardAsync(() => Queries.SearchAsync(query, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        // A read connection of its own (not counted with the queries' statements): the file is there, readable, with its schema.
        GuardAsync(async () =>
        {
            var readOnly = new SqliteConnectionStringBuilder(ConnectionString(Path)) { Mode = SqliteOpenMode.ReadOnly }.ToString();
            await using var connection = new SqliteConnection(readOnly);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM schema_migrations";
            return await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// The neutral error for a failure of SQLite (or of the file system under it) on this store: the message says which
    /// file and what SQLite said.
    /// </summary>
    public StoreException Failure(Exception exception) => Failure(Path, exception);

    private static StoreException Failure(string path, Exception exception) =>
        new(SqliteStoreProvider.ProviderName, path, exception.Message, exception);

    /// <summary>Runs <paramref name="action"/>, turning SQLite's errors into <see cref="StoreException"/> (unless cancelled).</summary>
    internal async Task<T> GuardAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (SqliteException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure(ex);
        }
    }

    /// <summary>
    /// Opens (creating when absent) the store at <paramref name="path"/> and brings its schema up to date; queries use at
    /// most <paramref name="readConnections"/> read connections at once (0: one per processor, up to 4).
    /// </summary>
    /// <exception cref="StoreException">The file cannot be created or opened, or is not a store.</exception>
    public static SqliteGraphStore Open(string path, GraphModel? model = null, int readConnections = 0)
    {
        var full = System.IO.Path.GetFullPath(path);
        try
        {
            return OpenFile(full, model, readConnections);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw Failure(full, ex);
        }
    }

    private static SqliteGraphStore OpenFile(string full, GraphModel? model, int readConnections)
    {
        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        var connection = new SqliteConnection(ConnectionString(full));
        try
        {
            connection.Open();
            Pragma(connection, "PRAGMA journal_mode = WAL;");
            Pragma(connection, "PRAGMA synchronous = NORMAL;");
            Pragma(connection, "PRAGMA foreign_keys = ON;");
            Pragma(connection, "PRAGMA busy_timeout = 5000;");
            // Temporary b-trees (sorting a bulk load's index builds, migrations) in memory; it cannot be set inside a
            // transaction once the temporary database is open, so it is set here, before anything else.
            Pragma(connection, "PRAGMA temp_store = MEMORY;");
            Migrator.Migrate(connection);
            Derived.DerivedTables.RefreshPending(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new SqliteGraphStore(connection, model ?? CityNetworksModel.Instance, full, readConnections);
    }

    /// <summary>The connection string for a store file.</summary>
    public static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();

    /// <inheritdoc/>
    public Task<LoadReport> LoadAsync(IReadOnlyList<GraphBatch> batches, bool dryRun = false, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        LoadAsync(batches, new LoadOptions { DryRun = dryRun, Progress = progress }, cancellationToken);

    /// <inheritdoc/>
    public Task<LoadReport> LoadAsync(IReadOnlyList<GraphBatch> batches, LoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return Task.FromResult(Load(batches, options, cancellationToken));
        }
        catch (SqliteException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure(ex);
        }
    }

    private LoadReport Load(IReadOnlyList<GraphBatch> batches, LoadOptions options, CancellationToken cancellationToken)
    {
        // Every batch is checked against the model before it is written, whoever made it (study reader or importer),
        // unless the caller checked it against this very model already (an import plan does). The checks run in the
        // background, in load order, while the writer applies the batches already checked; the first bad batch (in
        // load order) stops the load, and its transaction rolls back.
        var checks = BatchChecks.For(batches, options, _model);
        // A load into an empty store (a first import) writes the whole graph: the pragmas that suit it only take effect
        // outside a transaction, so they are decided here, once. (The writer's own bulk path asks again inside the
        // transaction, where the answer is final: see LoadCache.IsComplete.)
        var firstLoad = IsEmpty();
        // The rollback journal writes its pages once instead of twice (a dry run rolls back anyway).
        var journal = firstLoad && !options.DryRun ? BulkJournal.TryEnter(_connection) : null;
        // Foreign keys proved once before the commit instead of row by row.
        var foreignKeys = firstLoad ? SuspendedForeignKeys.Suspend(_connection) : null;
        try
        {
            // Any exception below disposes the transaction uncommitted: the load applies whole or not at all.
            using var tx = _connection.BeginTransaction();
            using var writer = new SqliteGraphWriter(_connection, tx, _model);
            for (var i = 0; i < batches.Count; i++)
            {
                checks?.Passed(i);
                writer.Apply(batches[i], options.Progress, cancellationToken);
            }
            writer.Complete();
            // The derived tables of the projects this load touched, in the same transaction (nothing to do after a bulk load).
            Derived.DerivedTables.Refresh(_connection, tx);
            foreignKeys?.Verify(tx);
            if (options.DryRun)
            {
                tx.Rollback();
            }
            else
            {
                tx.Commit();
            }
            return new LoadReport(writer.Changes, options.DryRun);
        }
        catch (Exception ex) when (ex is not InvalidBatchException && checks is not null)
        {
            // A load whose batches do not all fit the model is reported as such, as when every batch was checked
            // before the transaction began, whatever else failed (or was cancelled) while writing the batches before.
            if (checks.FirstFailure() is { } invalid)
            {
                throw invalid;
            }
            throw;
        }
        finally
        {
            // After the transaction is over (committed or rolled back): the pragmas are no-ops inside one.
            foreignKeys?.Dispose();
            journal?.Dispose();
            DataVersion.Changed(this);
        }
    }

    /// <inheritdoc/>
    public Task<GraphStats> GetStatsAsync(int namesPerKind = 0, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(Stats(namesPerKind));
        }
        catch (SqliteException ex)
        {
            throw Failure(ex);
        }
    }

    private GraphStats Stats(int namesPerKind)
    {
        var kinds = _model.NodeKinds.ToDictionary(k => k.Name, _ => 0L, StringComparer.Ordinal);
        var types = _model.RelationshipTypes.ToDictionary(r => r.Name, _ => 0L, StringComparer.Ordinal);
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT kind, count(*) FROM nodes GROUP BY kind";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                kinds[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT type, count(*) FROM edges GROUP BY type";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                types[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        using var count = _connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sources";
        var sources = (long)count.ExecuteScalar()!;
        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (namesPerKind > 0)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = """
                SELECT kind, name FROM (
                    SELECT kind, name, row_number() OVER (PARTITION BY kind ORDER BY name) AS n FROM nodes)
                WHERE n <= $limit ORDER BY kind, name
                """;
            cmd.Parameters.AddWithValue("$limit", namesPerKind);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var kind = reader.GetString(0);
                if (!names.TryGetValue(kind, out var list))
                {
                    names[kind] = list = new List<string>();
                }
                ((List<string>)list).Add(reader.GetString(1));
            }
        }
        return new GraphStats(kinds, types, sources) { NamesByKind = names };
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<StoredNode> ReadNodesAsync(CancellationToken cancellationToken = default) =>
        GuardEach(ReadNodesUnguarded(cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<StoredRelationship> ReadRelationshipsAsync(CancellationToken cancellationToken = default) =>
        GuardEach(ReadRelationshipsUnguarded(cancellationToken), cancellationToken);

    /// <summary>Enumerates <paramref name="items"/>, turning SQLite's errors into <see cref="StoreException"/>.</summary>
    private async IAsyncEnumerable<T> GuardEach<T>(IAsyncEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enumerator = items.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (SqliteException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw Failure(ex);
                }
                yield return enumerator.Current;
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async IAsyncEnumerable<StoredNode> ReadNodesUnguarded([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var names = ReadNames();
        var sources = ReadSources("node");
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT seq, id, kind, name, description, props FROM nodes ORDER BY id";
        using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var seq = reader.GetInt64(0);
            var name = reader.GetString(3);
            var (nodeSources, claims) = sources.TryGetValue(seq, out var s) ? s : ([], []);
            yield return new StoredNode(
                reader.GetString(1), reader.GetString(2), name,
                reader.IsDBNull(4) ? null : reader.GetString(4),
                names.TryGetValue(seq, out var aliases) ? aliases.Where(a => a.Name != name || a.Language is not null).ToList() : [],
                PropertyValueJson.DecodeObject(reader.GetString(5)),
                nodeSources, claims);
        }
    }

    private async IAsyncEnumerable<StoredRelationship> ReadRelationshipsUnguarded([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var sources = ReadSources("edge");
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT e.seq, e.type, a.id, b.id, e.props FROM edges e
            JOIN nodes a ON a.seq = e.src JOIN nodes b ON b.seq = e.dst
            ORDER BY e.type, a.id, b.id
            """;
        using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var (edgeSources, claims) = sources.TryGetValue(reader.GetInt64(0), out var s) ? s : ([], []);
            yield return new StoredRelationship(reader.GetString(1), reader.GetString(2), reader.GetString(3),
                PropertyValueJson.DecodeObject(reader.GetString(4)), edgeSources, claims);
        }
    }

    private Dictionary<long, List<Alias>> ReadNames()
    {
        var names = new Dictionary<long, List<Alias>>();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT node, name, lang FROM node_names ORDER BY node, lang, name";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var node = reader.GetInt64(0);
            if (!names.TryGetValue(node, out var list))
            {
                names[node] = list = [];
            }
            var lang = reader.GetString(2);
            list.Add(new Alias(reader.GetString(1), lang.Length == 0 ? null : lang));
        }
        return names;
    }

    private Dictionary<long, (List<StoredSource>, List<StoredClaim>)> ReadSources(string column)
    {
        var result = new Dictionary<long, (List<StoredSource>, List<StoredClaim>)>();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT s.{column}, s.property, s.value, s.qualifier, st.id, s.certainty, s.quote, s.dataset, s.row, s.note
            FROM sources s JOIN nodes st ON st.seq = s.study
            WHERE s.{column} IS NOT NULL ORDER BY s.seq
            """;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var owner = reader.GetInt64(0);
            if (!result.TryGetValue(owner, out var entry))
            {
                result[owner] = entry = ([], []);
            }
            var source = new StoredSource(reader.GetString(4),
                reader.GetString(5) == "inferred" ? Certainty.Inferred : Certainty.Stated,
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9));
            if (reader.IsDBNull(1))
            {
                entry.Item1.Add(source);
            }
            else
            {
                entry.Item2.Add(new StoredClaim(reader.GetString(1), PropertyValueJson.Decode(reader.IsDBNull(2) ? null : reader.GetString(2)),
                    reader.IsDBNull(3) ? null : reader.GetString(3), source));
            }
        }
        return result;
    }

    /// <summary>True when the store holds no node.</summary>
    private bool IsEmpty()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM nodes)";
        return (long)cmd.ExecuteScalar()! == 1;
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _queries?.Dispose();
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
