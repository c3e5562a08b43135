using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The bulk path of a load into an empty store: inside the load's transaction, the secondary indexes of the graph's
/// tables and the trigger that feeds the search index are dropped before the first row is written; <see cref="Complete"/>
/// builds each index once from the loaded rows and fills <c>name_search</c> with one statement, then restores the
/// trigger with its own text, so the schema after the load is exactly the schema before it. The triggers that mark
/// projects for the derived tables (migration 0004) are dropped too, and the tables rebuilt once at the end.
/// </summary>
/// <remarks>
/// <para>
/// Inserting half a million rows one by one into B-trees keyed by random values (the source fingerprints, folded
/// names, reverse edges) costs far more than sorting each index once; so does running the trigger and the FTS5
/// tokenizer per name. While the indexes are gone the load's <see cref="LoadCache"/> answers every look-up (it is
/// complete on an empty store) and guards the uniqueness of source fingerprints, which the rebuilt unique index checks
/// again at the end. The primary keys and the constraints declared with the tables stay, so every other
/// <c>INSERT OR IGNORE</c> works as usual.
/// </para>
/// <para>
/// DDL is transactional in SQLite: a load that fails or is a dry run rolls the drops back with its rows, leaving the
/// store exactly as it was. The indexes are found in <c>sqlite_schema</c>, so indexes later migrations add to these
/// tables are handled alike.
/// </para>
/// </remarks>
internal sealed class BulkLoad
{
    /// <summary>The tables whose secondary indexes a bulk load drops and rebuilds.</summary>
    private static readonly string[] Tables = ["nodes", "node_names", "node_keys", "edges", "sources"];

    /// <summary>The trigger that copies each new name into the search index (migration 0001).</summary>
    private const string SearchTrigger = "node_names_indexed";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<string> _indexes;
    private readonly string? _trigger;
    private readonly List<string> _derivedTriggers;

    private BulkLoad(SqliteConnection connection, SqliteTransaction transaction, List<string> indexes, string? trigger, List<string> derivedTriggers)
    {
        _connection = connection;
        _transaction = transaction;
        _indexes = indexes;
        _trigger = trigger;
        _derivedTriggers = derivedTriggers;
    }

    /// <summary>Drops the secondary indexes and the search trigger; call on an empty store, inside the load's transaction.</summary>
    public static BulkLoad Begin(SqliteConnection connection, SqliteTransaction transaction)
    {
        var indexes = new List<string>();
        var drops = new List<string>();
        string? trigger = null;
        var derivedTriggers = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = transaction;
            cmd.CommandText = $"""
                SELECT type, name, sql FROM sqlite_schema
                WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN ({string.Join(", ", Tables.Select(t => $"'{t}'"))}))
                                           OR (type = 'trigger' AND name = '{SearchTrigger}')
                                           OR (type = 'trigger' AND substr(name, 1, {Derived.DerivedTables.TriggerPrefix.Length}) = '{Derived.DerivedTables.TriggerPrefix}'))
                ORDER BY type, name
                """;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var (type, name, sql) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
                if (type == "trigger" && name == SearchTrigger)
                {
                    trigger = sql;
                }
                else if (type == "trigger")
                {
                    derivedTriggers.Add(sql);
                }
                else
                {
                    indexes.Add(sql);
                }
                drops.Add($"DROP {type.ToUpperInvariant()} \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\";");
            }
        }
        Execute(connection, transaction, string.Join('\n', drops));
        return new BulkLoad(connection, transaction, indexes, trigger, derivedTriggers);
    }

    /// <summary>Builds the dropped indexes, fills the search index from the loaded names and restores the trigger.</summary>
    public void Complete()
    {
        foreach (var index in _indexes)
        {
            Execute(_connection, _transaction, index);
        }
        if (_trigger is not null)
        {
            // What the trigger would have done row by row: the store was empty, so every name is new to the index.
            Execute(_connection, _transaction, "INSERT INTO name_search (name, node) SELECT folded, node FROM node_names;");
            Execute(_connection, _transaction, _trigger);
        }
        if (_derivedTriggers.Count > 0)
        {
            // The derived tables' triggers would mark every project row by row: compute them all once instead.
            Derived.DerivedTables.Rebuild(_connection, _transaction);
            foreach (var derived in _derivedTriggers)
            {
                Execute(_connection, _transaction, derived);
            }
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        if (sql.Length == 0)
        {
            return;
        }
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
