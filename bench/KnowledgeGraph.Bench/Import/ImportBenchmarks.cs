using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Import;
using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Bench.Import;

/// <summary>
/// Import throughput over all of ../shared/data: the full import (read, resolve, load into a fresh store in one
/// transaction) against the floor, a raw SQLite bulk insert of the same rows (every CSV record and GeoNames line as
/// one row, one prepared statement, one transaction), in the same run. The Ratio column is each method's time over the
/// floor's; rows/s and relationships/s are printed by <see cref="ThroughputColumn"/>. The floor writes under the journal
/// the import's load into an empty store uses (the rollback journal, see BulkJournal), so neither is favoured.
/// </summary>
/// <remarks>
/// <see cref="RawSqliteGraphRows"/> is an extra, informative baseline (not the floor): the rows the import stores
/// (nodes, keys, names, edges, sources, as a setup import wrote them) inserted raw into an empty store of the current
/// schema the way the import's bulk path writes it (indexes built once at the end, search index filled at once), one
/// prepared statement per table, one transaction. It is SQLite's own cost of storing this graph, without reading,
/// resolving or merging anything: no import that stores these rows can be faster.
/// </remarks>
[Config(typeof(ThroughputConfig))]
public class ImportBenchmarks
{
    private string _folder = "";
    private string _data = "";
    private List<(string Table, string[] Columns, List<object?[]> Rows)> _graphRows = [];
    private ImportPlan? _plan;

    /// <summary>Rows the import reads (all files).</summary>
    public static long Rows { get; private set; }

    /// <summary>Relationships the import asserts.</summary>
    public static long Relationships { get; private set; }

    /// <summary>Finds the data and counts rows and relationships once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _data = BenchData.Folder;
        _folder = Path.Combine(Path.GetTempPath(), "kg-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var plan = ImportPlan.Prepare("all", _data);
        Rows = plan.Rows;
        Relationships = plan.RelationshipAssertions;
        _graphRows = ReadGraphRows(plan);
        _plan = plan;
    }

    /// <summary>Removes the stores.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The floor: the same rows, inserted raw.</summary>
    [Benchmark(Baseline = true)]
    public long RawSqliteBulkInsert()
    {
        var path = NewStore();
        using var connection = new SqliteConnection(SqliteGraphStore.ConnectionString(path));
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // The journal a first import writes under (BulkJournal): SQLite's rollback journal, full synchronisation.
            pragma.CommandText = "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; CREATE TABLE rows (file TEXT NOT NULL, row INTEGER NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (file, row)) STRICT;";
            pragma.ExecuteNonQuery();
        }
        using var tx = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO rows (file, row, fields) VALUES ($file, $row, $fields)";
        var file = insert.Parameters.Add("$file", SqliteType.Text);
        var row = insert.Parameters.Add("$row", SqliteType.Integer);
        var fields = insert.Parameters.Add("$fields", SqliteType.Text);
        long count = 0;
        foreach (var (label, rowNumber, text) in AllRows())
        {
            file.Value = label;
            row.Value = rowNumber;
            fields.Value = text;
            insert.ExecuteNonQuery();
            count++;
        }
        tx.Commit();
        return count;
    }

    /// <summary>The import: read, resolve, validate and load everything into a fresh store.</summary>
    [Benchmark]
    public async Task<int> ImportAll()
    {
        var plan = ImportPlan.Prepare("all", _data);
        await using var store = SqliteGraphStore.Open(NewStore());
        // As `import all` loads: the plan checked the batches, so the store does not check them again.
        var report = await store.LoadAsync(plan.Batches, new LoadOptions { ValidatedAgainst = plan.Model }).ConfigureAwait(false);
        return report.Changes.Count;
    }

    /// <summary>
    /// Informative: the load phase of <see cref="ImportAll"/> alone, the batches of a plan read once in the setup
    /// loaded into a fresh store (ImportAll minus this is the read phase).
    /// </summary>
    [Benchmark]
    public async Task<int> LoadPreparedBatches()
    {
        var plan = _plan!;
        await using var store = SqliteGraphStore.Open(NewStore());
        var report = await store.LoadAsync(plan.Batches, new LoadOptions { ValidatedAgainst = plan.Model }).ConfigureAwait(false);
        return report.Changes.Count;
    }

    /// <summary>
    /// Informative baseline (not the floor): the graph's own rows, as the import stores them, written the cheapest way
    /// the import could: into an empty store of the current schema, secondary indexes and triggers dropped, one prepared
    /// statement per table bound through SQLite's C API, then each index built once and the search index filled with
    /// one statement, in one transaction under the rollback journal. Nothing is read, resolved, fingerprinted or
    /// merged, and the derived tables are left empty: a lower bound on any import that writes this graph.
    /// </summary>
    [Benchmark]
    public long RawSqliteGraphRows()
    {
        var store = SqliteGraphStore.Open(NewStore());
        try
        {
            var connection = store.Connection;
            // Under the journal a first import writes under (BulkJournal).
            Execute(connection, null, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;");
            using var tx = connection.BeginTransaction();
            var rebuild = new List<string>();
            using (var schema = connection.CreateCommand())
            {
                schema.Transaction = tx;
                schema.CommandText = """
                    SELECT type, name, sql FROM sqlite_schema
                    WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN ('nodes', 'node_names', 'node_keys', 'edges', 'sources')) OR type = 'trigger')
                    """;
                var drops = new List<string>();
                using (var reader = schema.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        drops.Add($"DROP {reader.GetString(0).ToUpperInvariant()} \"{reader.GetString(1)}\";");
                        rebuild.Add(reader.GetString(2));
                    }
                }
                Execute(connection, tx, string.Join('\n', drops));
            }
            long count = 0;
            // Straight through SQLite's C API (prepare once, bind by position, step, reset): no command object,
            // parameter collection or data reader per row, cheaper per row than the floor's own inserts.
            var db = connection.Handle!;
            foreach (var (table, columns, rows) in _graphRows)
            {
                var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
                Check(db, raw.sqlite3_prepare_v2(db, sql, out var insert));
                using (insert)
                {
                    foreach (var row in rows)
                    {
                        for (var i = 0; i < row.Length; i++)
                        {
                            Check(db, row[i] switch
                            {
                                null => raw.sqlite3_bind_null(insert, i + 1),
                                long l => raw.sqlite3_bind_int64(insert, i + 1, l),
                                string text => raw.sqlite3_bind_text16(insert, i + 1, text),
                                var other => raw.sqlite3_bind_double(insert, i + 1, Convert.ToDouble(other, System.Globalization.CultureInfo.InvariantCulture)),
                            });
                        }
                        if (raw.sqlite3_step(insert) != raw.SQLITE_DONE)
                        {
                            throw new InvalidOperationException(raw.sqlite3_errmsg(db).utf8_to_string());
                        }
                        raw.sqlite3_reset(insert);
                        count++;
                    }
                }
            }
            Execute(connection, tx, "INSERT INTO name_search (name, node) SELECT name, node FROM node_names;");
            foreach (var sql in rebuild)
            {
                Execute(connection, tx, sql);
            }
            tx.Commit();
            return count;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void Check(SQLitePCL.sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException(raw.sqlite3_errmsg(db).utf8_to_string());
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>The rows of the graph's tables after importing <paramref name="plan"/> into a store of the setup, in insertion order.</summary>
    private List<(string Table, string[] Columns, List<object?[]> Rows)> ReadGraphRows(ImportPlan plan)
    {
        var store = SqliteGraphStore.Open(NewStore());
        try
        {
            store.LoadAsync(plan.Batches).GetAwaiter().GetResult();
            var result = new List<(string, string[], List<object?[]>)>();
            // Parents before children; node_keys and node_names are WITHOUT ROWID tables, read in their primary key's order.
            foreach (var (table, order) in new[] { ("nodes", "seq"), ("node_keys", "key"), ("node_names", "node, name, lang"), ("edges", "seq"), ("sources", "seq") })
            {
                using var cmd = store.Connection.CreateCommand();
                cmd.CommandText = $"SELECT * FROM {table} ORDER BY {order}";
                using var reader = cmd.ExecuteReader();
                var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var row = new object?[reader.FieldCount];
                    for (var i = 0; i < row.Length; i++)
                    {
                        row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    }
                    rows.Add(row);
                }
                result.Add((table, columns, rows));
            }
            return result;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private string NewStore() => Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");

    /// <summary>Every row the import reads: the GeoNames lines and the records of every CSV file.</summary>
    private IEnumerable<(string File, long Row, string Fields)> AllRows()
    {
        var geonames = Path.Combine(_data, "geonames", "cities15000.txt");
        long line = 0;
        foreach (var text in File.ReadLines(geonames))
        {
            yield return ("geonames/cities15000.txt", ++line, text);
        }
        string[] csvFiles =
        [
            "interreg-2014-2020/projects.csv", "interreg-2014-2020/partners.csv", "interreg-partners-geocoded/partners.csv",
            "urbact/networks.csv", "urbact/memberships.csv", "city-networks-etmun/networks.csv", "city-networks-etmun/memberships.csv",
            "twin-towns/twin_cities.csv", "unesco-creative-cities/cities.csv",
        ];
        foreach (var file in csvFiles)
        {
            foreach (var row in CsvTable.Read(Path.Combine(_data, file), file))
            {
                yield return (file, row.Row, row.Fields);
            }
        }
    }
}
