using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Sqlite.Query;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>The query executor's pool of read connections: concurrent statements each get a connection, within the limit.</summary>
public class ReadPoolTests : StoreTestBase
{
    private const string CityNodes = """
          - {id: city:a, kind: City, name: Aalborg, quote: Aalborg}
          - {id: city:b, kind: City, name: Bergen, quote: Bergen}
          - {id: city:c, kind: City, name: Cork, quote: Cork}
        """;

    // A statement with some work in it, so that concurrent calls overlap.
    private static readonly CompiledQuery Counting = new(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT json_array(count(*)) FROM n", []);

    [Fact]
    public async Task Concurrent_statements_all_answer_and_open_at_most_the_pool_size()
    {
        await LoadAsync(StudyText.Batch("study:pool", CityNodes));
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 3);
        Assert.Equal(3, executor.ReadConnections);
        Assert.Equal(1, executor.OpenConnections);

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() =>
            i % 2 == 0 ? executor.RunAsync(Counting) : executor.QueryAsync(Cities()))));

        Assert.All(answers.Where((_, i) => i % 2 == 0), a => Assert.Equal("[20000]", a));
        var expected = await executor.QueryAsync(Cities());
        Assert.Contains("Bergen", expected, StringComparison.Ordinal);
        Assert.All(answers.Where((_, i) => i % 2 == 1), a => Assert.Equal(expected, a));
        Assert.Equal(25, executor.StatementsExecuted);
        Assert.InRange(executor.OpenConnections, 1, 3);
    }

    [Fact]
    public async Task A_pool_of_one_serialises_statements_on_one_connection()
    {
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 1);
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => executor.RunAsync(Counting))));
        Assert.All(answers, a => Assert.Equal("[20000]", a));
        Assert.Equal(1, executor.OpenConnections);
    }

    [Fact]
    public void The_default_pool_has_one_connection_per_processor_up_to_four()
    {
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance);
        Assert.Equal(Math.Clamp(Environment.ProcessorCount, 1, SqliteQueryExecutor.DefaultMaxReadConnections), executor.ReadConnections);
        Assert.Equal(0, Store.ReadConnections);
    }
}
