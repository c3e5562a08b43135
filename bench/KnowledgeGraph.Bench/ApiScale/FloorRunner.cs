using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// Runs a floor statement on a read-only connection of its own (opened like the API's read connection), prepared once
/// and re-executed, as the cheapest way a hand-written program could ask SQLite the same question.
/// </summary>
public sealed class FloorRunner : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<ApiRequest, SqliteCommand> _commands = [];

    /// <summary>Opens a read-only connection to the store file at <paramref name="path"/>.</summary>
    public FloorRunner(string path)
    {
        var builder = new SqliteConnectionStringBuilder(SqliteGraphStore.ConnectionString(path)) { Mode = SqliteOpenMode.ReadOnly };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
    }

    /// <summary>The connection, for choosing subjects.</summary>
    public SqliteConnection Connection => _connection;

    /// <summary>Runs the floor of <paramref name="request"/> and returns its JSON text.</summary>
    public string Run(ApiRequest request)
    {
        if (!_commands.TryGetValue(request, out var cmd))
        {
            cmd = _connection.CreateCommand();
            cmd.CommandText = request.FloorSql;
            foreach (var (name, value) in request.FloorParameters)
            {
                cmd.Parameters.AddWithValue(name, value);
            }
            cmd.Prepare();
            _commands[request] = cmd;
        }
        return cmd.ExecuteScalar() as string ?? "null";
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var cmd in _commands.Values)
        {
            cmd.Dispose();
        }
        _connection.Dispose();
    }
}
