using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Tests;

/// <summary>
/// The store checks a load's batches against its model while it writes the batches already checked; a bad batch is
/// reported as when every batch was checked before writing began (the first bad one in load order), and nothing is
/// kept. A caller that checked the batches against the store's own model may say so (LoadOptions.ValidatedAgainst).
/// </summary>
public class LoadCheckTests : StoreTestBase
{
    private static readonly GraphBatch Good = StudyText.Batch("study:good", """
          - {id: city:leeds, kind: City, name: Leeds, aliases: [Lids], quote: Leeds, properties: {countryCode: GB, population: 800000}}
          - {id: country:gb, kind: Country, name: United Kingdom, quote: UK, properties: {isoCode: GB}}
        """, "  - {type: IN_COUNTRY, from: city:leeds, to: country:gb, quote: Leeds}");

    private static readonly GraphBatch Other = StudyText.Batch("study:other", """
          - {id: city:kigali, kind: City, name: Kigali, quote: Kigali}
          - {id: city:seoul, kind: City, name: Seoul, quote: Seoul}
        """, "  - {type: COOPERATES_WITH, from: city:kigali, to: city:seoul, quote: Kigali and Seoul}");

    /// <summary>A batch the model refuses (a population that is no number) but the writer could store.</summary>
    private static GraphBatch Bad(string name)
    {
        var batch = StudyText.Batch(name, $"  - {{id: city:{name.Replace("study:", "", StringComparison.Ordinal)}, kind: City, name: Somewhere, quote: Somewhere}}");
        var city = batch.Nodes.Single(n => n.Kind == "City");
        var population = new PropertyClaim("population", "many", city.Sources[0]);
        return batch with { Nodes = [.. batch.Nodes.Select(n => n == city ? n with { Claims = [population] } : n)] };
    }

    [Fact]
    public async Task A_bad_batch_after_good_ones_is_reported_and_nothing_is_kept()
    {
        var before = Snapshot();
        var schema = Schema();

        // The store is empty: the load takes the bulk path, whose dropped indexes must come back too.
        var ex = await Assert.ThrowsAsync<InvalidBatchException>(() => Store.LoadAsync([Good, Other, Bad("study:bad"), Other]));

        Assert.Equal("study:bad.yaml", ex.Batch);
        Assert.Contains(ex.Problems, p => p.Message.Contains("population", StringComparison.Ordinal));
        Assert.Equal(before.Text, Snapshot().Text);
        Assert.Equal(schema, Schema());
        // The store is usable afterwards.
        var report = await Store.LoadAsync([Good, Other]);
        Assert.Equal(6, report.Count(ChangeKind.NodeAdded));
    }

    [Fact]
    public async Task Of_several_bad_batches_the_first_in_load_order_is_reported()
    {
        await Store.LoadAsync([Good]);
        var before = Snapshot();

        var ex = await Assert.ThrowsAsync<InvalidBatchException>(() => Store.LoadAsync([Other, Bad("study:first-bad"), Good, Bad("study:second-bad")]));

        Assert.Equal("study:first-bad.yaml", ex.Batch);
        Assert.Equal(before.Text, Snapshot().Text);
    }

    [Fact]
    public async Task A_bad_batch_is_reported_even_when_the_load_was_cancelled_before_it()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        // Cancelled while writing the first batch; the bad batch after it is still what the load reports.
        var ex = await Assert.ThrowsAsync<InvalidBatchException>(() => Store.LoadAsync([Good, Bad("study:bad")], cancellationToken: cts.Token));
        Assert.Equal("study:bad.yaml", ex.Batch);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.LoadAsync([Good, Other], cancellationToken: cts.Token));
        Assert.Equal(0, Snapshot().Count("node"));
    }

    [Fact]
    public async Task A_bad_batch_is_reported_even_when_writing_failed_before_it()
    {
        // A temporary trigger (this connection only) makes the first batch fail inside SQLite.
        using (var cmd = Store.Connection.CreateCommand())
        {
            cmd.CommandText = "CREATE TEMP TRIGGER refuse_leeds BEFORE INSERT ON main.nodes WHEN new.name = 'Leeds' BEGIN SELECT RAISE(ABORT, 'Leeds refused'); END;";
            cmd.ExecuteNonQuery();
        }

        var ex = await Assert.ThrowsAsync<InvalidBatchException>(() => Store.LoadAsync([Good, Bad("study:bad")]));
        Assert.Equal("study:bad.yaml", ex.Batch);

        // With no bad batch, the failure itself is reported.
        var failure = await Assert.ThrowsAsync<StoreException>(() => Store.LoadAsync([Other, Good]));
        Assert.Contains("Leeds refused", failure.Message);
        Assert.IsType<SqliteException>(failure.InnerException);
        Assert.Equal(0, Snapshot().Count("node"));
    }

    [Fact]
    public async Task Batches_checked_against_the_stores_model_load_as_checked_ones_do()
    {
        await Store.LoadAsync([Good, Other]);
        var checkedByStore = Snapshot();

        await using var other = SqliteGraphStore.Open(Temp.File("checked-by-caller.db"));
        var report = await other.LoadAsync([Good, Other], new LoadOptions { ValidatedAgainst = CityNetworksModel.Instance });

        Assert.Equal(Content(checkedByStore), Content(StoreSnapshot.Take(other.Connection)));
        Assert.Equal(6, report.Count(ChangeKind.NodeAdded));
    }

    [Fact]
    public async Task The_store_trusts_a_check_against_its_own_model_only()
    {
        // Checked by the caller against the store's model: the store does not check again (the caller vouches for
        // the batch, as an import plan does), so even this batch, which the model refuses, is written.
        await Store.LoadAsync([Bad("study:vouched")], new LoadOptions { ValidatedAgainst = CityNetworksModel.Instance });
        Assert.Contains("city:vouched", Column("SELECT id FROM nodes"));

        // A check against another model, even one with the same kinds, or no check at all: the store checks.
        var lookalike = new GraphModel(CityNetworksModel.Instance.NodeKinds, CityNetworksModel.Instance.RelationshipTypes);
        var before = Snapshot();
        await Assert.ThrowsAsync<InvalidBatchException>(() => Store.LoadAsync([Bad("study:other-model")], new LoadOptions { ValidatedAgainst = lookalike }));
        await Assert.ThrowsAsync<InvalidBatchException>(() => Store.LoadAsync([Bad("study:unchecked")], new LoadOptions()));
        await Assert.ThrowsAsync<InvalidBatchException>(() => Store.LoadAsync([Bad("study:plain")]));
        Assert.Equal(before.Text, Snapshot().Text);
    }

    /// <summary>Everything but the migrations' timestamps.</summary>
    private static string Content(StoreSnapshot snapshot) => string.Join('\n', snapshot.Lines.Where(l => !l.StartsWith("migration|", StringComparison.Ordinal)));

    private string Schema() =>
        string.Join('\n', Column("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name"));
}
