using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Import;
using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Bench.Import;

/// <summary>
/// Import throughput over all of ../shared/data: the full import (read, resolve, load into a fresh store in one
/// transaction) against the floor, a raw SQLite bulk insert of the same rows (every CSV record and GeoNames line as
/// one row, one prepared statement, one transaction), in the same run. The Ratio column is the floor's time over the
/// import's; rows/s and relationships/s are printed by <see cref="ThroughputColumn"/>.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class ImportBenchmarks
{
    private string _folder = "";
    private string _data = "";
    private List<(string File, string[] Files)> _sources = [];

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
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; CREATE TABLE rows (file TEXT NOT NULL, row INTEGER NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (file, row)) STRICT;";
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
        var report = await store.LoadAsync(plan.Batches).ConfigureAwait(false);
        return report.Changes.Count;
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
