using System.Net;
using System.Text.Json;
using KnowledgeGraph.Api.Tests;
using KnowledgeGraph.Store.Neo4j.Tests.Faults;
using KnowledgeGraph.Store.Neo4j.Tests.Live;

namespace KnowledgeGraph.Store.Neo4j.Tests.Api;

/// <summary>
/// Neo4j going away under a running API and coming back: the API is configured for Neo4j at the address of a
/// <see cref="TcpRelay"/> in front of the live server (its own port, so the shared fixture is not disturbed); stopping
/// the relay makes that Neo4j unreachable for the API (connections refused and cut), starting it again brings it back.
/// While it is away every request is a GraphQL <c>STORE_ERROR</c> naming Neo4j, and once the circuit breaker has
/// opened they fail at once saying so; <c>/health</c> and <c>/health/ready</c> answer 503 <c>unavailable</c>; when it
/// is back the service recovers by itself (the breaker closes), without a restart, and nothing was written meanwhile.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class OutageTests(LiveNeo4j server)
{
    private const string Query = "{ cities(first: 3, orderBy: [{ name: ASC }]) { totalCount nodes { id name } } }";

    private const string Mutation = """
        mutation { upsertNode(input: { kind: Theme, id: "theme:outage", name: "Outage", source: { study: "study:outage", studyName: "Outage notes", quote: "outage" } }) { changes { kind } } }
        """;

    private static (string Code, string Message) Error(JsonElement body)
    {
        Assert.True(body.TryGetProperty("errors", out var errors), "expected an error: " + body);
        return (errors[0].GetProperty("extensions").GetProperty("code").GetString()!, errors[0].GetProperty("message").GetString()!);
    }

    private static async Task<(HttpStatusCode Code, string Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Neo4jFact]
    public async Task While_Neo4j_is_away_requests_fail_fast_with_a_store_error_health_says_so_and_the_api_recovers_by_itself()
    {
        var target = server.Options.HttpUri;
        if (target.Scheme != Uri.UriSchemeHttp)
        {
            return; // the relay speaks plain TCP to a local server; an https server (Aura) is not relayed
        }
        await server.ClearAsync();
        using var relay = new TcpRelay(target);
        relay.Start();
        var api = Neo4jApi.Create(server, relay.Address, new Dictionary<string, string?>
        {
            // Short waits keep the test short; the behaviour is the defaults' (docs/neo4j.md, "Retries").
            ["Neo4j:RetryDelay"] = "00:00:00.050",
            ["Neo4j:BreakDuration"] = "00:00:01",
        });
        try
        {
            await api.InitializeAsync();
            var before = (await api.DataAsync(Query)).ToString();
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(api.Client, "/health/ready")).Code);

            relay.Stop();
            var open = false;
            for (var i = 0; i < 30 && !open; i++)
            {
                var body = await api.PostAsync(Query);
                var (code, message) = Error(body);
                Assert.Equal("STORE_ERROR", code);
                Assert.Contains("Neo4j", message, StringComparison.Ordinal);
                Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
                open = message.Contains("circuit breaker is open", StringComparison.Ordinal);
            }
            Assert.True(open, "the circuit breaker never opened while Neo4j was away");
            var (mutationCode, _) = Error(await api.PostAsync(Mutation, key: ApiServer.Key));
            Assert.Equal("STORE_ERROR", mutationCode);

            var (healthCode, health) = await GetAsync(api.Client, "/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, healthCode);
            Assert.Equal("unavailable", JsonElement.Parse(health).GetProperty("status").GetString());
            var (readyCode, ready) = await GetAsync(api.Client, "/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, readyCode);
            Assert.Contains("Unhealthy", ready, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(api.Client, "/health/live")).Code);

            relay.Start();
            // The same service, not restarted: it is ready again once a call gets through the half-open breaker.
            await ApiServer.WaitReadyAsync(api.Client);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(api.Client, "/health/ready")).Code);
            Assert.Equal(before, (await api.DataAsync(Query)).ToString());
            var themes = await api.DataAsync("""{ theme(id: "theme:outage") { id } }""");
            Assert.Equal(JsonValueKind.Null, themes.GetProperty("theme").ValueKind); // the mutation while away wrote nothing
        }
        finally
        {
            relay.Start(); // let the service stop cleanly
            await api.DisposeAsync();
        }
    }
}
