using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Tests;

/// <summary>
/// A load into an empty store drops the secondary indexes and the search trigger inside its transaction and rebuilds
/// them at the end (BulkLoad); a load into a non-empty store writes row by row. Both must leave the same tables and
/// the same schema, and a failed or dry-run bulk load must leave the store exactly as it was.
/// </summary>
public class BulkLoadTests : StoreTestBase
{
    private static readonly GraphBatch Seed = StudyText.Batch("study:seed", """
          - {id: theme:culture, kind: Theme, name: Culture, quote: culture}
        """);

    private static readonly GraphBatch[] Batches =
    [
        StudyText.Batch("study:a", """
              - id: city:barcelona
                kind: City
                name: Barcelona
                aliases: [{name: Barcelone, lang: fr}, {name: Barna}]
                quote: "Barcelona"
                properties:
                  countryCode: ES
                  population: 1600000
              - {id: country:es, kind: Country, name: Spain, quote: Spain, properties: {isoCode: ES}}
              - {id: network:eurocities, kind: Network, name: Eurocities, quote: Eurocities}
            """, """
              - {type: IN_COUNTRY, from: city:barcelona, to: country:es, quote: Barcelona}
              - {type: MEMBER_OF, from: city:barcelona, to: network:eurocities, quote: member, properties: {status: member}}
            """),
        StudyText.Batch("study:b", """
              - id: city:bcn
                kind: City
                name: Barcelona
                quote: "Barcelona"
                properties:
                  geonamesId: {value: 3128760, inferred: true, note: "GeoNames"}
                  countryCode: ES
                  population: 1620000
              - {id: city:girona, kind: City, name: Girona, aliases: [{name: Gerona, lang: es}], quote: Girona, properties: {countryCode: ES}}
              - {id: country:spain, kind: Country, name: España, quote: España, properties: {isoCode: ES}}
            """, """
              - {type: IN_COUNTRY, from: city:girona, to: country:spain, quote: Girona}
              - {type: COOPERATES_WITH, from: city:girona, to: city:bcn, quote: twinned}
            """),
    ];

    [Fact]
    public async Task A_bulk_load_and_row_by_row_loads_leave_the_same_tables_and_schema()
    {
        // Bulk: everything in one load into the empty store.
        await Store.LoadAsync([Seed, .. Batches]);

        // Row by row: the same batches into a store that already holds the seed.
        await using var other = SqliteGraphStore.Open(Temp.File("incremental.db"));
        await other.LoadAsync([Seed]);
        await other.LoadAsync(Batches);

        Assert.Equal(Content(StoreSnapshot.Take(other.Connection)), Content(Snapshot()));
        Assert.Equal(Schema(other.Connection), Schema(Store.Connection));
    }

    [Fact]
    public async Task Names_are_searchable_after_a_bulk_load_and_after_a_row_by_row_load()
    {
        await Store.LoadAsync([Batches[0]]);
        Assert.Equal(["city:barcelona"], Search("barna"));

        await Store.LoadAsync([Batches[1]]);
        Assert.Equal(["city:girona"], Search("gerona"));
        // The second batch gave Barcelona its GeoNames id: it took the canonical id, its names stay searchable.
        Assert.Equal(["city:geonames:3128760"], Search("barcelone"));
    }

    [Fact]
    public async Task A_bulk_load_that_fails_leaves_the_store_and_its_schema_as_they_were()
    {
        var before = Snapshot();
        var schema = Schema(Store.Connection);
        using var cancel = new CancellationTokenSource();

        // The first batch is written (indexes dropped, rows inserted), then the load is cancelled before the second.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Store.LoadAsync(Batches, progress: new CancelAtEnd(Batches[0].Name, cancel), cancellationToken: cancel.Token));

        Assert.Equal(before.Text, Snapshot().Text);
        Assert.Equal(schema, Schema(Store.Connection));
        Assert.Empty(Column("SELECT name FROM name_search"));
        // The store still loads (in bulk again, being empty).
        await Store.LoadAsync(Batches);
        Assert.Equal(["city:geonames:3128760"], Search("barna"));
    }

    [Fact]
    public async Task A_bulk_dry_run_leaves_the_store_and_its_schema_as_they_were()
    {
        var before = Snapshot();
        var schema = Schema(Store.Connection);

        var report = await Store.LoadAsync(Batches, dryRun: true);

        Assert.True(report.DryRun);
        Assert.NotEmpty(report.Changes);
        Assert.Equal(before.Text, Snapshot().Text);
        Assert.Equal(schema, Schema(Store.Connection));
    }

    [Fact]
    public async Task A_duplicate_fingerprint_is_still_refused_after_a_bulk_load()
    {
        await Store.LoadAsync(Batches);

        using var cmd = Store.Connection.CreateCommand();
        cmd.CommandText = "INSERT INTO sources (node, study, certainty, fingerprint) SELECT node, study, certainty, fingerprint FROM sources WHERE node IS NOT NULL LIMIT 1";
        var ex = Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery());
        Assert.Contains("UNIQUE", ex.Message);
    }

    [Theory]
    [InlineData("INSERT INTO sources (node, study, certainty, fingerprint) VALUES ((SELECT min(seq) FROM nodes), 999999, 'stated', 42)")]
    [InlineData("INSERT INTO node_keys (key, node) VALUES ('city:nowhere', -5)")]
    [InlineData("DELETE FROM nodes WHERE seq = (SELECT max(seq) FROM nodes WHERE kind = 'City')")]
    public async Task A_bulk_load_that_breaks_a_foreign_key_fails_and_leaves_the_store_as_it_was(string breach)
    {
        // A bulk load runs with foreign keys off and proves them before it commits: a row that refers to no row (or
        // a parent row removed under its children) written in the middle of the load must still fail it.
        var before = Snapshot();
        var schema = Schema(Store.Connection);

        var failure = await Assert.ThrowsAsync<StoreException>(() =>
            Store.LoadAsync(Batches, progress: new RunAtEnd(Batches[0].Name, Store.Connection, breach)));
        var ex = Assert.IsType<SqliteException>(failure.InnerException);

        Assert.Equal(SQLitePCL.raw.SQLITE_CONSTRAINT_FOREIGNKEY, ex.SqliteExtendedErrorCode);
        Assert.Contains("FOREIGN KEY constraint failed", ex.Message);
        Assert.Equal(before.Text, Snapshot().Text);
        Assert.Equal(schema, Schema(Store.Connection));
        Assert.Equal(["1"], Column("PRAGMA foreign_keys"));
        // The store still loads (in bulk again, being empty), and keeps its foreign keys on afterwards.
        await Store.LoadAsync(Batches);
        Assert.Equal(["city:geonames:3128760"], Search("barna"));
        Assert.Equal(["1"], Column("PRAGMA foreign_keys"));
    }

    [Fact]
    public async Task A_load_into_a_store_with_nodes_still_checks_foreign_keys_row_by_row()
    {
        await Store.LoadAsync([Seed]);
        var before = Snapshot();

        var failure = await Assert.ThrowsAsync<StoreException>(() => Store.LoadAsync(Batches,
            progress: new RunAtEnd(Batches[0].Name, Store.Connection, "INSERT INTO node_keys (key, node) VALUES ('city:nowhere', -5)")));
        var ex = Assert.IsType<SqliteException>(failure.InnerException);

        Assert.Equal(SQLitePCL.raw.SQLITE_CONSTRAINT_FOREIGNKEY, ex.SqliteExtendedErrorCode);
        Assert.Equal(before.Text, Snapshot().Text);
        Assert.Equal(["1"], Column("PRAGMA foreign_keys"));
    }

    private List<string> Search(string word) =>
        Column("SELECT DISTINCT n.id FROM name_search s JOIN nodes n ON n.seq = s.node WHERE name_search MATCH $q ORDER BY n.id", ("$q", word));

    /// <summary>Every table, index and trigger with its definition.</summary>
    private static string Schema(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name";
        using var reader = cmd.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }
        return string.Join('\n', lines);
    }

    /// <summary>Everything but the migrations' timestamps.</summary>
    private static string Content(StoreSnapshot snapshot) => string.Join('\n', snapshot.Lines.Where(l => !l.StartsWith("migration|", StringComparison.Ordinal)));

    /// <summary>
    /// Runs a statement inside the load's transaction when a batch reports it is done (reported synchronously, on the
    /// loading thread), on the connection's native handle: a command would refuse to run beside the open transaction.
    /// </summary>
    private sealed class RunAtEnd(string batch, SqliteConnection connection, string sql) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            if (value.Batch == batch && value.Done == value.Total)
            {
                var rc = SQLitePCL.raw.sqlite3_exec(connection.Handle, sql);
                if (rc != SQLitePCL.raw.SQLITE_OK)
                {
                    SqliteException.ThrowExceptionForRC(rc, connection.Handle);
                }
            }
        }
    }

    /// <summary>Cancels the load when a batch reports it is done (reported synchronously, on the loading thread).</summary>
    private sealed class CancelAtEnd(string batch, CancellationTokenSource cancel) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            if (value.Batch == batch && value.Done == value.Total)
            {
                cancel.Cancel();
            }
        }
    }
}
