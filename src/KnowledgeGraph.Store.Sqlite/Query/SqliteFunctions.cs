using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Query;

/// <summary>The application functions compiled queries call; registered on each connection that runs them.</summary>
public static class SqliteFunctions
{
    /// <summary><c>kg_cursor(json)</c>: base64 of the UTF-8 JSON text of a cursor's values (see <see cref="Store.Query.Cursor"/>).</summary>
    public const string CursorFunction = "kg_cursor";

    /// <summary><c>kg_lower(text)</c>: Unicode lower case (SQLite's lower() folds ASCII only).</summary>
    public const string LowerFunction = "kg_lower";

    /// <summary>Registers the functions on <paramref name="connection"/>.</summary>
    public static void Register(SqliteConnection connection)
    {
        connection.CreateFunction(CursorFunction, (string? json) => json is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(json)), isDeterministic: true);
        connection.CreateFunction(LowerFunction, (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
    }
}
