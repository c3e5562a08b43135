using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Foreign keys off for a bulk load into an empty store, and proved before it commits: <see cref="Verify"/> throws
/// the error SQLite would have thrown row by row (and the load rolls back) when any row of the load refers to a
/// row that does not exist; disposing turns them back on.
/// </summary>
/// <remarks>
/// <para>
/// With foreign keys on, every inserted name, key, edge and source looks up its parent rows (a source up to three),
/// about a million B-tree searches that cost a bulk load about half a second; checked once at the end, the same
/// guarantee costs a few index look-ups. The pragma is a no-op inside a transaction, so the decision is made before
/// the load's transaction begins, on a store with no node (the one case where every parent row is the load's own).
/// </para>
/// <para>
/// The proof: a parent keyed by its rowid whose rows have every key from its smallest to its largest (count equals
/// the span) holds every integer in between, so a child column of integers (a STRICT table's INTEGER column) whose
/// smallest and largest values lie in that span refers only to existing rows. The child's minimum and maximum come
/// from the indexes the bulk load has just built. Rows a load inserts into an empty store get consecutive keys, so
/// the proof holds whenever the load is sound; for any foreign key it cannot settle (another shape of key, a parent
/// with gaps because the store was written between the decision and the transaction) it falls back to SQLite's own
/// <c>PRAGMA foreign_key_check</c>, which finds every violating row. Either way nothing is committed unchecked.
/// </para>
/// </remarks>
internal sealed class SuspendedForeignKeys : IDisposable
{
    private readonly SqliteConnection _connection;

    private SuspendedForeignKeys(SqliteConnection connection) => _connection = connection;

    /// <summary>
    /// Turns foreign keys off when they are on; null when they are off already. Call for a load into an empty store
    /// (a bulk load), outside any transaction; other loads check them row by row, as usual.
    /// </summary>
    public static SuspendedForeignKeys? Suspend(SqliteConnection connection)
    {
        if (Scalar(connection, null, "PRAGMA foreign_keys") != 1)
        {
            return null;
        }
        Execute(connection, "PRAGMA foreign_keys = OFF;");
        return new SuspendedForeignKeys(connection);
    }

    /// <summary>
    /// Proves, inside the load's transaction and before it commits, that every foreign key holds; throws a
    /// <see cref="SqliteException"/> (SQLITE_CONSTRAINT_FOREIGNKEY) naming the first violation otherwise.
    /// </summary>
    public void Verify(SqliteTransaction transaction)
    {
        if (Proved(transaction))
        {
            return;
        }
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check";
        using var reader = cmd.ExecuteReader();
        if (reader.Read())
        {
            var row = reader.IsDBNull(1) ? "a row" : "row " + reader.GetInt64(1).ToString(CultureInfo.InvariantCulture);
            throw new SqliteException(
                $"SQLite Error 19: 'FOREIGN KEY constraint failed': {row} of {reader.GetString(0)} refers to a row of {reader.GetString(2)} that does not exist.",
                raw.SQLITE_CONSTRAINT, raw.SQLITE_CONSTRAINT_FOREIGNKEY);
        }
    }

    /// <summary>True when the span proof settles every foreign key of the schema (false: check row by row).</summary>
    private bool Proved(SqliteTransaction transaction)
    {
        // Every single-column foreign key whose child column holds only integers (INTEGER in a STRICT table) and whose
        // parent column is its table's rowid (the one INTEGER primary key of a rowid table, also STRICT).
        var keys = new List<(string Child, string Column, string Parent, bool Provable)>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.Transaction = transaction;
            cmd.CommandText = """
                SELECT m.name, f."from", f."table",
                       f."to" IS NOT NULL
                       AND (SELECT count(*) FROM pragma_foreign_key_list(m.name) g WHERE g.id = f.id) = 1
                       AND EXISTS (SELECT 1 FROM pragma_table_list(m.name) t WHERE t.schema = 'main' AND t.strict)
                       AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = f."from" AND upper(c.type) IN ('INT', 'INTEGER'))
                       AND EXISTS (SELECT 1 FROM pragma_table_list(f."table") t WHERE t.schema = 'main' AND t.strict AND NOT t.wr)
                       AND (SELECT count(*) FROM pragma_table_info(f."table") c WHERE c.pk > 0) = 1
                       AND EXISTS (SELECT 1 FROM pragma_table_info(f."table") c WHERE c.pk = 1 AND c.name = f."to" AND upper(c.type) = 'INTEGER')
                FROM sqlite_schema m CROSS JOIN pragma_foreign_key_list(m.name) f
                WHERE m.type = 'table'
                """;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                keys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3) == 1));
            }
        }
        var spans = new Dictionary<string, (long Min, long Max)?>(StringComparer.Ordinal);
        foreach (var (child, column, parent, provable) in keys)
        {
            if (!provable)
            {
                return false;
            }
            if (!spans.TryGetValue(parent, out var span))
            {
                spans[parent] = span = Span(transaction, parent);
            }
            var c = Quote(column);
            var min = Scalar(_connection, transaction, $"SELECT min({c}) FROM {Quote(child)} WHERE {c} IS NOT NULL");
            if (min is null)
            {
                continue;
            }
            var max = Scalar(_connection, transaction, $"SELECT max({c}) FROM {Quote(child)} WHERE {c} IS NOT NULL");
            if (span is not { } s || min < s.Min || max > s.Max)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The smallest and largest rowid of a table when it holds every rowid in between; null otherwise (or when empty).</summary>
    private (long Min, long Max)? Span(SqliteTransaction transaction, string table)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = $"SELECT count(*), min(rowid), max(rowid) FROM {Quote(table)}";
        using var reader = cmd.ExecuteReader();
        reader.Read();
        if (reader.GetInt64(0) == 0)
        {
            return null;
        }
        var (count, min, max) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        return max - min + 1 == count ? (min, max) : null;
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static long? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        return cmd.ExecuteScalar() is long value ? value : null;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Turns foreign keys back on (call once the load's transaction is over, committed or not).</summary>
    public void Dispose() => Execute(_connection, "PRAGMA foreign_keys = ON;");
}
