using System.Collections.Concurrent;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Query;

/// <summary>
/// Runs compiled plans on read connections of its own (WAL lets them read while a load writes), one statement per
/// plan; counts the statements it runs. A small pool of read-only connections (opened when first needed, at most
/// <see cref="ReadConnections"/>) lets that many statements run at once, so concurrent requests use every core.
/// </summary>
public sealed class SqliteQueryExecutor : IGraphQueries, IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteQueryCompiler _compiler;
    private readonly SemaphoreSlim _gate;
    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private readonly ConcurrentQueue<SqliteConnection> _opened = new();
    private long _statements;

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

    /// <summary>The most statements run at once (and read connections opened).</summary>
    public int ReadConnections { get; }

    /// <summary>Read connections opened so far (at most <see cref="ReadConnections"/>).</summary>
    public int OpenConnections => _opened.Count;

    /// <summary>How many statements this executor has run: one per <see cref="QueryAsync"/> or <see cref="SearchAsync"/>.</summary>
    public long StatementsExecuted => Interlocked.Read(ref _statements);

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
            using var cmd = connection.CreateCommand();
            cmd.CommandText = compiled.Sql;
            foreach (var (name, value) in compiled.Parameters)
            {
                cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
            Interlocked.Increment(ref _statements);
            var result = await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return result as string ?? "null";
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

    private SqliteConnection Open()
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
        _opened.Enqueue(connection);
        return connection;
    }
}
