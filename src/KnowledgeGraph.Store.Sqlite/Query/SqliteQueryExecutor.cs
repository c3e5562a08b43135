using System.Collections.Concurrent;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Backends;
using KnowledgeGraph.Store.Query;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Query;

/// <summary>
/// Runs compiled plans on read connections of its own (WAL lets them read while a load writes), one statement per
/// plan; counts the statements it runs. A small pool of read-only connections (opened when first needed, at most
/// <see cref="ReadConnections"/>) lets that many statements run at once, so concurrent requests use every core.
/// Each read connection keeps its prepared statements by SQL text (the most recently used
/// <see cref="StatementCacheSize"/>), so a repeated plan is bound and run without SQLite parsing and planning it again.
/// </summary>
public sealed class SqliteQueryExecutor : IGraphQueries, IStatementCounter, IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteQueryCompiler _compiler;
    private readonly SemaphoreSlim _gate;
    private readonly ConcurrentBag<ReadConnection> _idle = [];
    private readonly ConcurrentQueue<ReadConnection> _opened = new();
    private long _statements;
    private long _prepared;

    /// <summary>
    /// Prepares read connections to the store file at <paramref name="path"/>: at most <paramref name="readConnections"/>
    /// (0: one per processor, up to <see cref="DefaultMaxReadConnections"/>). The first is opened now.
    /// </summary>
    public SqliteQueryExecutor(string path, GraphModel model, int readConnections = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(readConnections);
        _compiler = new SqliteQueryCompiler(model);
        _connectionString = new SqliteConnectionStringBuilder(SqliteGraphStore.ConnectionString(path)) { Mode = SqliteOpenMode.ReadOnly }.ToString();
        ReadConnections = readConnections > 0 ? readConnections : Math.Clamp(Environment.ProcessorCount, 1, DefaultMaxReadConnections);
        _gate = new SemaphoreSlim(ReadConnections, ReadConnections);
        _idle.Add(Open());
    }

    /// <summary>The most read connections the default pool opens, whatever the number of processors.</summary>
    public const int DefaultMaxReadConnections = 4;

    /// <summary>The most prepared statements each read connection keeps (the least recently used is dropped first).</summary>
    public const int StatementCacheSize = 64;

    /// <summary>The most statements run at once (and read connections opened).</summary>
    public int ReadConnections { get; }

    /// <summary>Read connections opened so far (at most <see cref="ReadConnections"/>).</summary>
    public int OpenConnections => _opened.Count;

    /// <summary>How many statements this executor has run: one per <see cref="QueryAsync"/> or <see cref="SearchAsync"/>.</summary>
    public long StatementsExecuted => Interlocked.Read(ref _statements);

    /// <summary>
    /// How many statements have been prepared (parsed and planned) so far: a statement run again on a connection that
    /// still caches its SQL text is not prepared again.
    /// </summary>
    public long StatementsPrepared => Interlocked.Read(ref _prepared);

    /// <summary>Prepared statements cached over all open read connections (at most <see cref="StatementCacheSize"/> each).</summary>
    public int CachedStatements => _opened.Sum(c => c.Cached);

    /// <summary>The compiler in use (to inspect the SQL of a plan).</summary>
    public SqliteQueryCompiler Compiler => _compiler;

    /// <inheritdoc/>
    public Task<string> QueryAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(_compiler.Compile(query), cancellationToken);

    /// <inheritdoc/>
    public Task<string> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(_compiler.Compile(query), cancellationToken);

    /// <summary>Runs one compiled statement on a free read connection and returns its JSON text.</summary>
    public async Task<string> RunAsync(CompiledQuery compiled, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        // The gate admits at most ReadConnections callers, so a caller finding no idle connection may open one.
        var connection = _idle.TryTake(out var idle) ? idle : Open();
        try
        {
            var cmd = connection.Command(compiled.Sql, out var isNew);
            if (isNew)
            {
                Interlocked.Increment(ref _prepared);
            }
            try
            {
                cmd.Parameters.Clear();
                foreach (var (name, value) in compiled.Parameters)
                {
                    cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
                }
                Interlocked.Increment(ref _statements);
                var result = await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return result as string ?? "null";
            }
            catch
            {
                // A statement that failed (or was interrupted) is not kept: the next run prepares it afresh.
                connection.Discard(compiled.Sql);
                throw;
            }
        }
        finally
        {
            _idle.Add(connection);
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var connection in _opened)
        {
            connection.Dispose();
        }
        _gate.Dispose();
    }

    private ReadConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            SqliteFunctions.Register(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        var read = new ReadConnection(connection);
        _opened.Enqueue(read);
        return read;
    }

    /// <summary>
    /// A read connection and its prepared statements by SQL text, most recently used first. Only the caller holding the
    /// connection (taken from the idle bag) touches it, so it needs no lock.
    /// </summary>
    private sealed class ReadConnection(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, LinkedListNode<SqliteCommand>> _bySql = new(StringComparer.Ordinal);
        private readonly LinkedList<SqliteCommand> _recent = new();

        public int Cached => Volatile.Read(ref _cached);

        private int _cached;

        /// <summary>The command of <paramref name="sql"/>: the cached one (moved to the front), else a new one cached now.</summary>
        public SqliteCommand Command(string sql, out bool isNew)
        {
            if (_bySql.TryGetValue(sql, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                isNew = false;
                return node.Value;
            }
            if (_recent.Count >= StatementCacheSize)
            {
                var oldest = _recent.Last!;
                _recent.RemoveLast();
                _bySql.Remove(oldest.Value.CommandText);
                oldest.Value.Dispose();
            }
            var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            _bySql[sql] = _recent.AddFirst(cmd);
            Volatile.Write(ref _cached, _recent.Count);
            isNew = true;
            return cmd;
        }

        /// <summary>Drops the command of <paramref name="sql"/> from the cache and disposes it.</summary>
        public void Discard(string sql)
        {
            if (_bySql.Remove(sql, out var node))
            {
                _recent.Remove(node);
                node.Value.Dispose();
                Volatile.Write(ref _cached, _recent.Count);
            }
        }

        public void Dispose()
        {
            foreach (var cmd in _recent)
            {
                cmd.Dispose();
            }
            _recent.Clear();
            _bySql.Clear();
            connection.Dispose();
        }
    }
}
