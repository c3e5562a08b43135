using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Sqlite.Query;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Store.Query.Filters;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>The prepared statements each read connection of the query executor keeps by SQL text.</summary>
public class StatementCacheTests : StoreTestBase
{
    private const string CityNodes = """
          - {id: city:a, kind: City, name: Aalborg, quote: Aalborg}
          - {id: city:b, kind: City, name: Bergen, quote: Bergen}
          - {id: city:c, kind: City, name: Cork, quote: Cork}
        """;

    [Fact]
    public async Task The_same_plan_with_other_values_is_prepared_once_and_answers_with_the_new_values()
    {
        await LoadAsync(StudyText.Batch("study:cache", CityNodes));
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 1);

        var bergen = await executor.QueryAsync(Cities(IdIn("city:b")) with { First = 2 });
        var cork = await executor.QueryAsync(Cities(IdIn("city:c")) with { First = 2 });
        var again = await executor.QueryAsync(Cities(IdIn("city:b")) with { First = 2 });

        Assert.Contains("Bergen", bergen, StringComparison.Ordinal);
        Assert.Contains("Cork", cork, StringComparison.Ordinal);
        Assert.DoesNotContain("Bergen", cork, StringComparison.Ordinal);
        Assert.Equal(bergen, again);
        Assert.Equal(3, executor.StatementsExecuted);
        Assert.Equal(1, executor.StatementsPrepared);
        Assert.Equal(1, executor.CachedStatements);

        // Another page size is another text (LIMIT is written as a number), so another statement.
        await executor.QueryAsync(Cities(IdIn("city:b")) with { First = 3 });
        Assert.Equal(2, executor.StatementsPrepared);
    }

    [Fact]
    public async Task Each_connection_keeps_at_most_the_cache_size_dropping_the_least_recently_used()
    {
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 1);
        var size = SqliteQueryExecutor.StatementCacheSize;
        static CompiledQuery Numbered(int i) => new($"SELECT json_array({i}, $p1)", [new("$p1", (long)i)]);

        for (var i = 0; i < size + 5; i++)
        {
            Assert.Equal($"[{i},{i}]", await executor.RunAsync(Numbered(i)));
        }
        Assert.Equal(size, executor.CachedStatements);
        Assert.Equal(size + 5, executor.StatementsPrepared);

        // The most recent is still prepared; the first ones were dropped and are prepared again.
        await executor.RunAsync(Numbered(size + 4));
        Assert.Equal(size + 5, executor.StatementsPrepared);
        await executor.RunAsync(Numbered(0));
        Assert.Equal(size + 6, executor.StatementsPrepared);
        Assert.Equal(size, executor.CachedStatements);
    }

    [Fact]
    public async Task A_statement_that_fails_is_not_kept_and_the_next_run_prepares_it_again()
    {
        using var executor = new SqliteQueryExecutor(StorePath, CityNetworksModel.Instance, readConnections: 1);
        const string sql = "SELECT json($p1)";

        await Assert.ThrowsAsync<SqliteException>(() => executor.RunAsync(new CompiledQuery(sql, [new("$p1", "not json")])));
        Assert.Equal(0, executor.CachedStatements);

        Assert.Equal("[1,2]", await executor.RunAsync(new CompiledQuery(sql, [new("$p1", "[1, 2]")])));
        Assert.Equal(2, executor.StatementsPrepared);
        Assert.Equal(1, executor.CachedStatements);
        Assert.Equal("{\"a\":3}", await executor.RunAsync(new CompiledQuery(sql, [new("$p1", "{\"a\": 3}")])));
        Assert.Equal(2, executor.StatementsPrepared);

        // A statement SQLite cannot prepare fails alike and leaves the cache as it was.
        await Assert.ThrowsAsync<SqliteException>(() => executor.RunAsync(new CompiledQuery("SELECT FROM nowhere", [])));
        Assert.Equal(1, executor.CachedStatements);
    }
}
