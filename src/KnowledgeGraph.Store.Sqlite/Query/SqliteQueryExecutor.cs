using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Query;

/// <summary>
/// Runs compiled plans on a read connection of its own (WAL lets it read while a load writes), one statement per
/// plan, one plan at a time; counts the statements it runs.
/// </summary>
public sealed class SqliteQueryExecutor : IGraphQueries, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteQueryCompiler _compiler;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _statements;

    /// <summary>Opens a read connection to the store file at <paramref name="path"/>.</summary>
    public SqliteQueryExecutor(string path, GraphModel model)
    {
        _compiler = new SqliteQueryCompiler(model);
        var builder = new SqliteConnectionStringBuilder(SqliteGraphStore.ConnectionString(path)) { Mode = SqliteOpenMode.ReadOnly };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        SqliteFunctions.Register(_connection);
    }

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

    /// <summary>Runs one compiled statement and returns its JSON text.</summary>
    public async Task<string> RunAsync(CompiledQuery compiled, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var cmd = _connection.CreateCommand();
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
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }
}
