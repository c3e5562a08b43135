using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>
/// A statement stops when its caller's token is cancelled (issue 20): while it runs, or while its caller waits for a
/// read connection; the connection then answers the next statement and goes back to the pool.
/// </summary>
public class InterruptTests : StoreTestBase
{
    private const string CityNodes = """
          - {id: city:a, kind: City, name: Aalborg, quote: Aalborg}
          - {id: city:b, kind: City, name: Bergen, quote: Bergen}
        """;

    // Counts to a trillion: hours of work, so it ends only when interrupted.
    private static readonly CompiledQuery Endless = new(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000000) SELECT json_array(count(*)) FROM n", []);

    private static readonly CompiledQuery Counting = new(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT json_array(count(*)) FROM n", []);

    // Guards against a hang (an interruption that never comes), not a measure of speed.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_running_statement_stops_when_its_token_is_cancelled_and_its_connection_answers_next()
    {
        await LoadAsync(StudyText.Batch("study:interrupt", CityNodes));
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 1);
        using var cts = new CancellationTokenSource();

        var run = Task.Run(() => executor.RunAsync(Endless, cts.Token));
        await RunningAsync(executor, 1);
        cts.Cancel();

        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(HangGuard));
        Assert.Equal(cts.Token, e.CancellationToken);
        Assert.Equal(1, executor.StatementsInterrupted);

        // The same (only) connection answers the next statements, the interrupted one included, prepared afresh.
        Assert.Contains("Bergen", await executor.QueryAsync(Cities()), StringComparison.Ordinal);
        Assert.Equal("[20000]", await executor.RunAsync(Counting));
        Assert.Equal(1, executor.OpenConnections);
        Assert.Equal(1, executor.IdleConnections);
        Assert.Equal(1, executor.StatementsInterrupted);
    }

    [Fact]
    public async Task A_cancellation_after_a_statement_ended_does_not_reach_the_next_one_on_its_connection()
    {
        await LoadAsync(StudyText.Batch("study:interrupt", CityNodes));
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 1);
        using var cts = new CancellationTokenSource();

        Assert.Equal("[20000]", await executor.RunAsync(Counting, cts.Token));
        cts.Cancel();

        Assert.Equal("[20000]", await executor.RunAsync(Counting));
        Assert.Contains("Bergen", await executor.QueryAsync(Cities()), StringComparison.Ordinal);
        Assert.Equal(0, executor.StatementsInterrupted);
        Assert.Equal(1, executor.IdleConnections);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_statement_runs_nothing()
    {
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 1);
        var cancelled = new CancellationToken(canceled: true);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executor.RunAsync(Counting, cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executor.SearchAsync(new Store.Query.SearchQuery("Bergen", IdName), cancelled));
        var analytics = new SqliteGraphAnalytics(executor);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analytics.CentralityAsync(new CentralityQuery(), cancelled));

        Assert.Equal(0, executor.StatementsExecuted);
        Assert.Equal(executor.OpenConnections, executor.IdleConnections);
    }

    [Fact]
    public async Task A_caller_waiting_for_a_connection_gives_up_when_its_token_is_cancelled()
    {
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 1);
        using var busy = new CancellationTokenSource();
        using var waiting = new CancellationTokenSource();

        var first = Task.Run(() => executor.RunAsync(Endless, busy.Token));
        await RunningAsync(executor, 1);
        var second = executor.RunAsync(Counting, waiting.Token);
        Assert.False(second.IsCompleted, "the only connection is busy, so the second caller waits for it");

        waiting.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(HangGuard));
        Assert.Equal(1, executor.StatementsExecuted);

        busy.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(HangGuard));
        Assert.Equal(1, executor.StatementsInterrupted);
        Assert.Equal("[20000]", await executor.RunAsync(Counting));
        Assert.Equal(1, executor.IdleConnections);
    }

    [Fact]
    public async Task Statements_interrupted_on_every_connection_of_the_pool_leave_it_whole()
    {
        await LoadAsync(StudyText.Batch("study:interrupt", CityNodes));
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 3);
        using var cts = new CancellationTokenSource();

        // Six callers on three connections: three run, three wait; one cancellation stops them all.
        var runs = Enumerable.Range(0, 6).Select(_ => Task.Run(() => executor.RunAsync(Endless, cts.Token))).ToList();
        await RunningAsync(executor, 3);
        cts.Cancel();
        foreach (var run in runs)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(HangGuard));
        }

        Assert.Equal(3, executor.StatementsInterrupted);
        Assert.Equal(3, executor.StatementsExecuted);
        Assert.Equal(3, executor.OpenConnections);
        Assert.Equal(3, executor.IdleConnections);
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => executor.QueryAsync(Cities()))));
        Assert.All(answers, a => Assert.Contains("Aalborg", a, StringComparison.Ordinal));
        Assert.Equal(3, executor.IdleConnections);
    }

    /// <summary>Waits until <paramref name="count"/> statements have started (bounded by the hang guard).</summary>
    private static async Task RunningAsync(SqliteQueryExecutor executor, int count)
    {
        var deadline = DateTime.UtcNow + HangGuard;
        while (executor.StatementsExecuted < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"only {executor.StatementsExecuted} of {count} statements started");
            await Task.Delay(10);
        }
    }
}
