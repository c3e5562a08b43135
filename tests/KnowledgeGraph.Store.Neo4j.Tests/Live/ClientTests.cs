using KnowledgeGraph.Store.Neo4j.Client;

namespace KnowledgeGraph.Store.Neo4j.Tests.Live;

/// <summary>The client against the live server: discovery, parameters, transactions, streaming, errors.</summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class ClientTests(LiveNeo4j server) : IAsyncLifetime
{
    public Task InitializeAsync() => server.ClearAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Neo4jFact]
    public async Task Discovery_finds_the_servers_version_and_endpoint()
    {
        using var client = server.CreateClient();
        var info = await client.DiscoverAsync();
        Assert.NotEqual(0, info.Major);
        Assert.True(info.Transactional is not null || info.Query is not null);
    }

    [Neo4jFact]
    public async Task Awkward_text_round_trips_as_a_parameter()
    {
        using var client = server.CreateClient();
        string[] names = ["O'Brien \"quoted\"", "back\\slash \\n", "{braces} $dollar `tick`", "line\nbreak\r\ttab", "Łódź – 東京 – 😀", "'; MATCH (n) DETACH DELETE n //"];
        await client.RunAsync(new CypherStatement("UNWIND $names AS name CREATE (:ClientTest {name: name})", new Dictionary<string, object?> { ["names"] = names }));
        var stored = await client.QueryAsync("MATCH (n:ClientTest) RETURN n.name AS name", r => r["name"].GetString()!);
        Assert.Equal(names.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
    }

    [Neo4jFact]
    public async Task A_committed_transaction_is_kept_and_a_rolled_back_or_abandoned_one_is_not()
    {
        using var client = server.CreateClient();
        var p = (string id) => new CypherStatement("CREATE (:ClientTx {id: $id})", new Dictionary<string, object?> { ["id"] = id });
        await using (var tx = await client.BeginTransactionAsync())
        {
            var counters = await tx.RunAsync([p("kept-1"), p("kept-2")]);
            Assert.Equal(2, counters.NodesCreated);
            await tx.CommitAsync();
        }
        await using (var tx = await client.BeginTransactionAsync())
        {
            await tx.RunAsync(p("rolled-back"));
            await tx.RollbackAsync();
        }
        await using (var tx = await client.BeginTransactionAsync())
        {
            await tx.RunAsync(p("abandoned"));
        }
        var ids = await client.QueryAsync("MATCH (n:ClientTx) RETURN n.id AS id ORDER BY id", r => r["id"].GetString()!);
        Assert.Equal(["kept-1", "kept-2"], ids);
    }

    [Neo4jFact]
    public async Task A_client_error_names_the_statement_and_is_not_retried()
    {
        using var client = server.CreateClient(logged: false);
        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.QueryAsync("MATCH (n) RETURN nosuchfunction(n) AS x", r => 1));
        Assert.StartsWith("Neo.ClientError.", error.Code);
        Assert.Contains("nosuchfunction", error.Message);
        Assert.Contains("in statement: MATCH (n) RETURN nosuchfunction(n)", error.Message);
        Assert.False(error.IsTransient);
        Assert.Equal(0, client.Resilience.Retries);
    }

    [Neo4jFact]
    public async Task A_failed_statement_ends_its_transaction_and_nothing_of_it_is_kept()
    {
        using var client = server.CreateClient();
        await using (var tx = await client.BeginTransactionAsync())
        {
            await tx.RunAsync("CREATE (:ClientFail {id: 1})");
            var error = await Assert.ThrowsAsync<Neo4jException>(() => tx.RunAsync(["CREATE (:ClientFail {id: 2})", "RETURN 1/0 AS boom"]));
            Assert.Contains("RETURN 1/0", error.Statement);
            await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync());
        }
        Assert.Equal([0L], await client.QueryAsync("MATCH (n:ClientFail) RETURN count(n) AS c", r => r["c"].GetInt64()));
    }

    [Neo4jFact]
    public async Task A_large_result_is_streamed_row_by_row()
    {
        using var client = server.CreateClient();
        long count = 0, sum = 0;
        await foreach (var row in client.StreamAsync("UNWIND range(1, 200000) AS i RETURN i, 'row ' + toString(i) AS label"))
        {
            count++;
            sum += row["i"].GetInt64();
        }
        Assert.Equal(200000, count);
        Assert.Equal(200000L * 200001 / 2, sum);
    }

    [Neo4jFact]
    public async Task An_idle_transaction_is_kept_alive_and_still_commits()
    {
        var interval = Neo4jTransaction.KeepAliveInterval;
        Neo4jTransaction.KeepAliveInterval = TimeSpan.FromMilliseconds(200);
        try
        {
            using var client = server.CreateClient();
            await using var tx = await client.BeginTransactionAsync();
            await tx.RunAsync("CREATE (:ClientKeep)");
            for (var i = 0; i < 100 && tx.KeepAlives < 2; i++)
            {
                await Task.Delay(100);
            }
            Assert.True(tx.KeepAlives >= 2);
            await tx.CommitAsync();
            Assert.Equal([1L], await client.QueryAsync("MATCH (n:ClientKeep) RETURN count(n) AS c", r => r["c"].GetInt64()));
        }
        finally
        {
            Neo4jTransaction.KeepAliveInterval = interval;
        }
    }
}
