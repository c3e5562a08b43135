using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Sqlite.Query;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>
/// Statements known to be slow run at most <see cref="SqliteQueryExecutor.SlowStatementCapacity"/> at once (issue 20),
/// so the other read connections stay free for other statements.
/// </summary>
public class SlowLaneTests : StoreTestBase
{
    private const string CityNodes = """
          - {id: city:a, kind: City, name: Aalborg, quote: Aalborg}
          - {id: city:b, kind: City, name: Bergen, quote: Bergen}
        """;

    private static readonly CompiledQuery Endless = new(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000000) SELECT json_array(count(*)) FROM n", []);

    private static readonly CompiledQuery Counting = new(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT json_array(count(*)) FROM n", []);

    // Guards against a hang, not a measure of speed.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_statement_known_to_be_slow_waits_for_the_slow_lane_while_others_take_the_free_connection()
    {
        await LoadAsync(StudyText.Batch("study:lane", CityNodes));
        // Every run is "slow" with a threshold of 0 instructions.
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 2) { SlowStatementInstructions = 0 };
        Assert.Equal(1, executor.SlowStatementCapacity);

        // The endless statement is new, so it runs at once; interrupted, it is known to be slow.
        using var learn = new CancellationTokenSource();
        var learning = Task.Run(() => executor.RunAsync(Endless, learn.Token));
        await StartedAsync(executor, 1);
        learn.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => learning.WaitAsync(HangGuard));
        Assert.Equal(1, executor.SlowStatements);

        using var second = new CancellationTokenSource();
        var slowOne = Task.Run(() => executor.RunAsync(Endless, second.Token));
        await StartedAsync(executor, 2);

        // The lane is full: the next slow caller waits (its task is pending), though a connection is free. Were it to
        // run, it would hold this thread until the guard cancels it.
        using var third = new CancellationTokenSource(HangGuard);
        var slowTwo = executor.RunAsync(Endless, third.Token);
        Assert.False(slowTwo.IsCompleted);
        Assert.Equal(2, executor.StatementsExecuted);

        // A statement not known to be slow takes the free connection.
        Assert.Contains("Bergen", await executor.QueryAsync(Cities()), StringComparison.Ordinal);
        Assert.Equal(3, executor.StatementsExecuted);

        second.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slowOne.WaitAsync(HangGuard));
        await StartedAsync(executor, 4);
        third.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slowTwo.WaitAsync(HangGuard));
        Assert.Equal(3, executor.StatementsInterrupted);
        Assert.Equal(executor.OpenConnections, executor.IdleConnections);
    }

    [Fact]
    public async Task A_slow_statement_that_runs_fast_again_is_forgotten()
    {
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 2) { SlowStatementInstructions = 0 };
        await executor.RunAsync(Counting);
        Assert.Equal(1, executor.SlowStatements);

        executor.SlowStatementInstructions = long.MaxValue;
        Assert.Equal("[20000]", await executor.RunAsync(Counting));
        Assert.Equal(0, executor.SlowStatements);
    }

    [Fact]
    public async Task A_slow_statement_interrupted_early_stays_known()
    {
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 2) { SlowStatementInstructions = 0 };
        for (var run = 0; run < 2; run++)
        {
            using var cts = new CancellationTokenSource();
            var running = Task.Run(() => executor.RunAsync(Endless, cts.Token));
            await StartedAsync(executor, run + 1);
            cts.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(HangGuard));
            Assert.Equal(1, executor.SlowStatements);
            // From now on every run is "fast": the second, interrupted early, says nothing of the statement's speed.
            executor.SlowStatementInstructions = long.MaxValue;
        }
        Assert.Equal(2, executor.StatementsInterrupted);
    }

    [Fact]
    public async Task Slow_is_measured_in_work_so_a_long_count_is_slow_and_a_short_one_is_not()
    {
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 2) { SlowStatementInstructions = 2_000_000 };
        var million = new CompiledQuery("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT json_array(count(*)) FROM n", []);

        Assert.Equal("[20000]", await executor.RunAsync(Counting));
        Assert.Equal(0, executor.SlowStatements);
        Assert.Equal("[1000000]", await executor.RunAsync(million));
        Assert.Equal(1, executor.SlowStatements);
        Assert.Equal("[20000]", await executor.RunAsync(Counting));
        Assert.Equal(1, executor.SlowStatements);
    }

    private static async Task StartedAsync(SqliteQueryExecutor executor, int count)
    {
        var deadline = DateTime.UtcNow + HangGuard;
        while (executor.StatementsExecuted < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"only {executor.StatementsExecuted} of {count} statements started");
            await Task.Delay(10);
        }
    }
}
