using System.Collections.Concurrent;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Backends;
using KnowledgeGraph.Store.Query;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Store.Sqlite.Query;

/// <summary>
/// Runs compiled plans on read connections of its own (WAL lets them read while a load writes), one statement per
/// plan; counts the statements it runs. A small pool of read-only connections (opened when first needed, at most
/// <see cref="ReadConnections"/>) lets that many statements run at once, so concurrent requests use every core.
/// Each read connection keeps its prepared statements by SQL text (the most recently used
/// <see cref="StatementCacheSize"/>), so a repeated plan is bound and run without SQLite parsing and planning it again.
/// A statement stops when its caller's token is cancelled (a request's time limit, a client gone): the connection's
/// progress handler, called by SQLite every <see cref="InterruptCheckInterval"/> virtual-machine instructions on the
/// thread running the statement, interrupts it (<c>SQLITE_INTERRUPT</c>), and the caller gets an
/// <see cref="OperationCanceledException"/>. A caller waiting for a free connection gives up the same way. Statements known
/// to be slow (their last run took <see cref="SlowStatementInstructions"/> or more) run at most
/// <see cref="SlowStatementCapacity"/> at once, so they cannot hold every connection until their callers give up.
/// </summary>
public sealed class SqliteQueryExecutor : IGraphQueries, IStatementCounter, IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteQueryCompiler _compiler;
    private readonly SemaphoreSlim _gate;
    private readonly SlowLane _slowLane;
    private readonly ConcurrentBag<ReadConnection> _idle = [];
    private readonly ConcurrentQueue<ReadConnection> _opened = new();
    private long _statements;
    private long _prepared;
    private long _interrupted;

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
        _slowLane = new SlowLane(Math.Max(1, ReadConnections / 2), DefaultSlowStatementInstructions);
        _idle.Add(Open());
    }

    /// <summary>The back-end's name in telemetry (<see cref="StoreTelemetry.SystemNameAttribute"/>).</summary>
    public const string SystemName = "sqlite";

    /// <summary>The most read connections the default pool opens, whatever the number of processors.</summary>
    public const int DefaultMaxReadConnections = 4;

    /// <summary>The most prepared statements each read connection keeps (the least recently used is dropped first).</summary>
    public const int StatementCacheSize = 64;

    /// <summary>
    /// How many SQLite virtual-machine instructions a statement runs between two looks at its caller's token. A look
    /// is a field read, so the cost is small; the interruption comes within microseconds of the cancellation.
    /// </summary>
    public const int InterruptCheckInterval = 1000;

    /// <summary>The most statements run at once (and read connections opened).</summary>
    public int ReadConnections { get; }

    /// <summary>
    /// A statement whose last run took this many SQLite virtual-machine instructions or more (counted in steps of
    /// <see cref="InterruptCheckInterval"/> by the progress handler) is slow: it waits for one of
    /// <see cref="SlowStatementCapacity"/> places before it waits for a connection. Work, not time, so a busy machine
    /// does not make ordinary statements slow. Default <see cref="DefaultSlowStatementInstructions"/>.
    /// </summary>
    public long SlowStatementInstructions
    {
        get => _slowLane.Threshold;
        set => _slowLane.Threshold = value;
    }

    /// <summary>
    /// 20 million instructions: a few tenths of a second of one core; 60 times the heaviest ordinary request measured on
    /// the imported open data, a twelfth of what the cooperatesWithCount sort runs in ten seconds (docs/performance.md).
    /// </summary>
    public const long DefaultSlowStatementInstructions = 20_000_000;

    /// <summary>The most slow statements run at once: half the read connections, at least one.</summary>
    public int SlowStatementCapacity => _slowLane.Capacity;

    /// <summary>How many statements (by SQL text) are known to be slow now.</summary>
    public int SlowStatements => _slowLane.Remembered;

    /// <summary>Read connections opened so far (at most <see cref="ReadConnections"/>).</summary>
    public int OpenConnections => _opened.Count;

    /// <summary>How many statements this executor has run: one per <see cref="QueryAsync"/> or <see cref="SearchAsync"/>.</summary>
    public long StatementsExecuted => Interlocked.Read(ref _statements);

    /// <summary>
    /// How many statements have been prepared (parsed and planned) so far: a statement run again on a connection that
    /// still caches its SQL text is not prepared again.
    /// </summary>
    public long StatementsPrepared => Interlocked.Read(ref _prepared);

    /// <summary>How many statements were stopped while running because their caller's token was cancelled.</summary>
    public long StatementsInterrupted => Interlocked.Read(ref _interrupted);

    /// <summary>Read connections opened and not running a statement now (all of <see cref="OpenConnections"/> when idle).</summary>
    public int IdleConnections => _idle.Count;

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

    /// <summary>
    /// Runs one compiled statement on a free read connection and returns its JSON text. When
    /// <paramref name="cancellationToken"/> is cancelled while the caller waits for a connection or while the statement
    /// runs, the statement stops and this throws <see cref="OperationCanceledException"/>; the connection goes back to
    /// the pool ready for the next statement.
    /// </summary>
    public Task<string> RunAsync(CompiledQuery compiled, CancellationToken cancellationToken = default) =>
        _slowLane.Knows(compiled.Sql) ? RunSlowAsync(compiled, cancellationToken) : RunOnConnectionAsync(compiled, cancellationToken);

    /// <summary>Runs a statement known to be slow: in a place of the slow lane, then on a connection.</summary>
    private async Task<string> RunSlowAsync(CompiledQuery compiled, CancellationToken cancellationToken)
    {
        await _slowLane.EnterAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunOnConnectionAsync(compiled, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slowLane.Exit();
        }
    }

    private async Task<string> RunOnConnectionAsync(CompiledQuery compiled, CancellationToken cancellationToken)
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
                cancellationToken.ThrowIfCancellationRequested();
                Interlocked.Increment(ref _statements);
                using var measure = StoreTelemetry.StartStatement(SystemName, compiled.Sql, isNew);
                // Microsoft.Data.Sqlite runs the statement synchronously and looks at the token only before it starts,
                // so the progress handler watches the token while the statement runs (and counts its work).
                var completed = false;
                connection.Begin(cancellationToken);
                try
                {
                    var result = cmd.ExecuteScalar() as string ?? "null";
                    completed = true;
                    return result;
                }
                catch (Exception e)
                {
                    measure.Fail(e);
                    throw;
                }
                finally
                {
                    var steps = connection.End();
                    _slowLane.Record(compiled.Sql, steps * InterruptCheckInterval, completed);
                }
            }
            catch (Exception e)
            {
                // A statement that failed (or was interrupted) is not kept: the next run prepares it afresh.
                connection.Discard(compiled.Sql);
                if (e is SqliteException { SqliteErrorCode: raw.SQLITE_INTERRUPT } && cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref _interrupted);
                    throw new OperationCanceledException("The statement was interrupted: its caller's time ran out or the caller went away.", e, cancellationToken);
                }
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
        _slowLane.Dispose();
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
        read.InstallInterrupt();
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

        // The token of the statement running now (None between statements) and the progress handler's calls during it;
        // the handler runs on the thread running the statement, so a late cancellation can never reach the next one.
        private CancellationToken _watched;
        private long _steps;

        /// <summary>Installs the progress handler that interrupts a statement whose token is cancelled.</summary>
        public void InstallInterrupt() =>
            raw.sqlite3_progress_handler(connection.Handle, InterruptCheckInterval, static state =>
            {
                var read = (ReadConnection)state;
                read._steps++;
                return read._watched.IsCancellationRequested ? 1 : 0;
            }, this);

        /// <summary>Before a statement: the token it answers to; its steps are counted from now.</summary>
        public void Begin(CancellationToken token)
        {
            _steps = 0;
            _watched = token;
        }

        /// <summary>After the statement: forgets its token; returns its steps (one per <see cref="InterruptCheckInterval"/> instructions).</summary>
        public long End()
        {
            _watched = CancellationToken.None;
            return _steps;
        }

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
