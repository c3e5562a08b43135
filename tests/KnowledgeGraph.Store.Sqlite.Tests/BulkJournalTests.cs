using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Tests;

/// <summary>
/// A load into an empty store runs under SQLite's rollback journal (BulkJournal) and leaves the store in WAL mode
/// again, whether it commits, fails or is a dry run; with another connection open it stays in WAL throughout.
/// </summary>
public class BulkJournalTests : StoreTestBase
{
    private static readonly GraphBatch[] Batches =
    [
        StudyText.Batch("study:a", """
              - {id: city:girona, kind: City, name: Girona, aliases: [{name: Gerona, lang: es}], quote: Girona, properties: {countryCode: ES}}
              - {id: country:es, kind: Country, name: Spain, quote: Spain, properties: {isoCode: ES}}
            """, """
              - {type: IN_COUNTRY, from: city:girona, to: country:es, quote: Girona}
            """),
        StudyText.Batch("study:b", """
              - {id: city:lleida, kind: City, name: Lleida, aliases: [{name: Lérida, lang: es}], quote: Lleida, properties: {countryCode: ES}}
            """),
    ];

    [Fact]
    public async Task A_load_into_an_empty_store_writes_under_the_rollback_journal_and_leaves_the_store_in_wal()
    {
        var modes = new ModeWatch(StorePath);

        await Store.LoadAsync(Batches, progress: modes);

        // The file header says which journal the store used while each batch was written: 1 rollback, 2 WAL.
        Assert.Equal([1], modes.Seen.Distinct());
        Assert.Equal(2, ModeWatch.HeaderMode(StorePath));
        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
        Assert.Equal(1L, Scalar("PRAGMA synchronous"));
        Assert.False(File.Exists(StorePath + "-journal"));
        Assert.Equal(["city:girona", "city:lleida", "country:es"], Column("SELECT id FROM nodes WHERE kind <> 'Study' ORDER BY id"));
    }

    [Fact]
    public async Task A_later_load_into_a_store_that_holds_nodes_stays_in_wal()
    {
        await Store.LoadAsync([Batches[0]]);
        var modes = new ModeWatch(StorePath);

        await Store.LoadAsync([Batches[1]], progress: modes);

        Assert.Equal([2], modes.Seen.Distinct());
        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_failed_or_dry_bulk_load_leaves_the_store_unchanged_and_in_wal()
    {
        var before = Snapshot();
        using var cancel = new CancellationTokenSource();
        var modes = new ModeWatch(StorePath, () => cancel.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.LoadAsync(Batches, progress: modes, cancellationToken: cancel.Token));
        Assert.Equal([1], modes.Seen.Distinct());
        Assert.Equal(before.Text, Snapshot().Text);
        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
        Assert.Equal(1L, Scalar("PRAGMA synchronous"));

        var dry = new ModeWatch(StorePath);
        await Store.LoadAsync(Batches, dryRun: true, progress: dry);
        // A dry run rolls back anyway: it keeps WAL.
        Assert.Equal([2], dry.Seen.Distinct());
        Assert.Equal(before.Text, Snapshot().Text);
        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task An_idle_connection_does_not_keep_a_bulk_load_from_the_rollback_journal_and_reads_meanwhile()
    {
        using var reader = new SqliteConnection(SqliteGraphStore.ConnectionString(StorePath));
        reader.Open();
        var counts = new List<long>();
        var modes = new ModeWatch(StorePath, () => counts.Add(Count(reader)));

        await Store.LoadAsync(Batches, progress: modes);

        Assert.Equal([1], modes.Seen.Distinct());
        // The load's rows are not committed while its batches are written: the reader sees the empty store.
        Assert.Equal([0L], counts.Distinct());
        Assert.Equal(3L, Count(reader) - 2);
        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_reader_inside_a_read_transaction_keeps_the_bulk_load_in_wal()
    {
        using var reader = new SqliteConnection(SqliteGraphStore.ConnectionString(StorePath));
        reader.Open();
        using var snapshot = reader.BeginTransaction(deferred: true);
        Assert.Equal(0L, Count(reader, snapshot));
        var modes = new ModeWatch(StorePath);

        await Store.LoadAsync(Batches, progress: modes);

        // Leaving WAL needs the file to itself: SQLite kept WAL, and the load ran in it as any other.
        Assert.Equal([2], modes.Seen.Distinct());
        Assert.Equal(0L, Count(reader, snapshot));
        snapshot.Commit();
        Assert.Equal(5L, Count(reader));
        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    private static long Count(SqliteConnection connection, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT count(*) FROM nodes";
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public async Task A_store_left_in_rollback_mode_is_opened_in_wal()
    {
        await Store.DisposeAsync();
        using (var raw = new SqliteConnection(SqliteGraphStore.ConnectionString(StorePath)))
        {
            raw.Open();
            using var cmd = raw.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode = DELETE";
            Assert.Equal("delete", cmd.ExecuteScalar());
        }
        Assert.Equal(1, ModeWatch.HeaderMode(StorePath));

        await using var reopened = SqliteGraphStore.Open(StorePath);

        Assert.Equal(2, ModeWatch.HeaderMode(StorePath));
    }

    private object? Scalar(string sql)
    {
        using var cmd = Store.Connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    /// <summary>
    /// Reads the journal mode from the store file's header (byte 18: 1 rollback journal, 2 WAL) each time a batch of
    /// the load is done (reported on the loading thread, inside its transaction), then runs <paramref name="then"/>.
    /// </summary>
    private sealed class ModeWatch(string path, Action? then = null) : IProgress<LoadProgress>
    {
        public List<int> Seen { get; } = [];

        public void Report(LoadProgress value)
        {
            if (value.Done == value.Total)
            {
                Seen.Add(HeaderMode(path));
                then?.Invoke();
            }
        }

        public static int HeaderMode(string path)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var header = new byte[20];
            file.ReadExactly(header);
            return header[18];
        }
    }
}
