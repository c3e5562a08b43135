using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Tests;

public class TransactionTests : StoreTestBase
{
    private static readonly GraphBatch Existing = StudyText.Batch("study:existing",
        "  - {id: city:leeds, kind: City, name: Leeds, quote: Leeds, properties: {countryCode: GB}}");

    private static readonly GraphBatch First = StudyText.Batch("study:first", """
          - {id: city:leeds, kind: City, name: Leeds, aliases: [Lids], quote: Leeds}
          - {id: event:forum, kind: Event, name: Culture Forum, quote: Culture Forum}
        """, "  - {type: HELD_IN, from: event:forum, to: city:leeds, quote: in Leeds}");

    private static readonly GraphBatch Second = StudyText.Batch("study:second", """
          - {id: city:kigali, kind: City, name: Kigali, quote: Kigali}
          - {id: city:seoul, kind: City, name: Seoul, quote: Seoul}
        """, "  - {type: COOPERATES_WITH, from: city:kigali, to: city:seoul, quote: Kigali and Seoul}");

    /// <summary>Cancels its token as soon as the first batch reports that it is done.</summary>
    private sealed class CancelAfterFirstBatch(CancellationTokenSource cts) : IProgress<LoadProgress>
    {
        public List<LoadProgress> Reports { get; } = [];

        public void Report(LoadProgress value)
        {
            Reports.Add(value);
            if (value.Done == value.Total)
            {
                cts.Cancel();
            }
        }
    }

    [Fact]
    public async Task A_load_cancelled_midway_leaves_the_store_unchanged()
    {
        await LoadAsync(Existing);
        var before = Snapshot();
        using var cts = new CancellationTokenSource();
        var progress = new CancelAfterFirstBatch(cts);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.LoadAsync([First, Second], progress: progress, cancellationToken: cts.Token));

        // The first batch was applied (and reported) before the cancellation, inside the transaction.
        var firstTotal = First.Nodes.Count + First.Relationships.Count;
        Assert.Equal([new LoadProgress(First.Name, firstTotal, firstTotal)], progress.Reports);
        Assert.Equal(before.Text, Snapshot().Text);
        // The store is still usable: nothing is left half open.
        var report = await LoadAsync(First, Second);
        Assert.Equal(["study:first", "event:forum", "study:second", "city:kigali", "city:seoul"],
            report.Changes.Where(c => c.Kind == ChangeKind.NodeAdded).Select(c => c.Subject));
    }

    [Fact]
    public async Task A_load_that_violates_a_constraint_midway_leaves_the_store_unchanged()
    {
        await LoadAsync(Existing);
        var before = Snapshot();
        // A temporary trigger (this connection only, not in the file) makes the second batch fail inside SQLite.
        using (var cmd = Store.Connection.CreateCommand())
        {
            cmd.CommandText = "CREATE TEMP TRIGGER refuse_seoul BEFORE INSERT ON main.nodes WHEN new.name = 'Seoul' BEGIN SELECT RAISE(ABORT, 'Seoul refused'); END;";
            cmd.ExecuteNonQuery();
        }

        var ex = await Assert.ThrowsAsync<StoreException>(() => Store.LoadAsync([First, Second]));

        Assert.Contains("Seoul refused", ex.Message);
        Assert.Equal(StorePath, ex.Location);
        Assert.Equal("Sqlite", ex.Provider);
        Assert.Equal(before.Text, Snapshot().Text);
    }

    [Fact]
    public async Task Batches_load_in_one_transaction()
    {
        var report = await LoadAsync(First, Second);
        Assert.Equal(["study:first", "city:leeds", "event:forum", "study:second", "city:kigali", "city:seoul"],
            report.Changes.Where(c => c.Kind == ChangeKind.NodeAdded).Select(c => c.Subject));
        Assert.Equal(2, report.Count(ChangeKind.RelationshipAdded));
    }
}
