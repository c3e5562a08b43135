using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The time limit holds end to end (issue 20): a request past <c>GraphQL:Timeout</c> gets the timeout error because
/// its store statement was interrupted, not after it ended; a client that leaves stops its statement too; the read
/// connections are free again for the next requests. Nothing here measures time: the executor counts the statements
/// it interrupted.
/// </summary>
public sealed class TimeLimitTests
{
    /// <summary>
    /// Cities whose events are held in cities whose events are held in cities ... (three rounds) with a name that no
    /// city has: every city checks about 90³ paths, which takes SQLite seconds on the graph of
    /// <see cref="EventsGraph"/> (on the 2-core machine of 2026-12-07), against a limit of 0.3 s.
    /// </summary>
    private const string Slow = """
        { cities(where: { events: { some: { heldIn: { some: {
            events: { some: { heldIn: { some: {
              events: { some: { heldIn: { some: { name: { contains: "no such city" } } } } } } } } } } } } } }) { totalCount } }
        """;

    private const string Limit = "00:00:00.300";

    private const string Ordinary = "{ cities(first: 3, orderBy: [{ name: ASC }]) { nodes { name } } }";

    // Guards against a hang (an interruption that never comes), not a measure of speed.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_request_past_its_time_limit_gets_the_timeout_error_because_its_statement_was_interrupted()
    {
        await WithServerAsync(Limit, async server =>
        {
            var before = server.Interrupted;

            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Slow }) };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            using var response = await server.Client.SendAsync(request);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.False(body.RootElement.TryGetProperty("data", out _));
            Assert.Equal("TIMEOUT", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(1, server.Interrupted - before);
            await AnswersNormallyAsync(server);
        });
    }

    [Fact]
    public async Task Requests_past_their_limit_on_every_read_connection_free_them_all()
    {
        await WithServerAsync(Limit, async server =>
        {
            var before = server.Interrupted;

            // More slow requests than read connections: those that ran were interrupted, those that waited gave up.
            var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => server.PostAsync(Slow)));

            Assert.All(answers, a => Assert.Equal("TIMEOUT", a.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()));
            Assert.InRange(server.Interrupted - before, 1, 6);
            await AnswersNormallyAsync(server);
        });
    }

    [Fact]
    public async Task A_client_that_leaves_mid_request_stops_its_statement()
    {
        // A limit far beyond the test, so only the client leaving can stop the statement.
        await WithServerAsync("01:00:00", async server =>
        {
            var statements = server.Statements;
            var before = server.Interrupted;

            using var leaving = new CancellationTokenSource();
            using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
            var request = client.PostAsJsonAsync("/graphql", new { query = Slow }, leaving.Token);
            await UntilAsync(() => server.Statements > statements, "the slow statement did not start");
            leaving.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

            await UntilAsync(() => server.Interrupted > before, "the statement of the client that left was not interrupted");
            Assert.Equal(1, server.Interrupted - before);
            await AnswersNormallyAsync(server);
        });
    }

    /// <summary>The ordinary request is answered, and every read connection is back in the pool.</summary>
    private static async Task AnswersNormallyAsync(ApiServer server)
    {
        var data = await server.DataAsync(Ordinary);
        Assert.Equal(3, data.GetProperty("cities").GetProperty("nodes").GetArrayLength());
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => server.DataAsync(Ordinary)));
        Assert.All(answers, a => Assert.Equal(data.ToString(), a.ToString()));
        await UntilAsync(() => server.ReadConnections.Idle == server.ReadConnections.Open, "a read connection did not come back to the pool");
    }

    private static async Task UntilAsync(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow + HangGuard;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(10);
        }
    }

    /// <summary>Runs <paramref name="test"/> on a service over <see cref="EventsGraph"/> with the time limit <paramref name="timeout"/>.</summary>
    private static async Task WithServerAsync(string timeout, Func<ApiServer, Task> test)
    {
        var server = new Server(timeout);
        try
        {
            await server.InitializeAsync();
            await test(server);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>
    /// 150 cities and 1,500 events, each held in three cities (30 events per city): small to load, and dense enough
    /// for the nested filter of <see cref="Slow"/> to be genuinely slow.
    /// </summary>
    private static GraphBatch EventsGraph()
    {
        const int Cities = 150, Events = 1500;
        var study = "study:events-grid";
        Source Row(string row) => new(study, Certainty.Stated) { Dataset = "events-grid.csv", Row = row };
        var nodes = new List<NodeAssertion>
        {
            new("Study", study, "Generated events") { Sources = [Row("0")], Claims = [new PropertyClaim("studyType", "dataset", Row("0"))] },
        };
        for (var c = 0; c < Cities; c++)
        {
            nodes.Add(new("City", $"city:grid-{c}", $"Grid City {c}") { Sources = [Row($"c{c}")] });
        }
        var rels = new List<RelationshipAssertion>();
        for (var e = 0; e < Events; e++)
        {
            nodes.Add(new("Event", $"event:grid-{e}", $"Grid Event {e}") { Sources = [Row($"e{e}")] });
            foreach (var c in new[] { e % Cities, (e * 7 + 1) % Cities, (e * 13 + 2) % Cities }.Distinct())
            {
                rels.Add(new("HELD_IN", $"event:grid-{e}", $"city:grid-{c}") { Sources = [Row($"h{e}-{c}")] });
            }
        }
        return new GraphBatch("events-grid", nodes, rels);
    }

    private sealed class Server : ApiServer
    {
        public Server(string timeout)
        {
            Graph = EventsGraph();
            Settings = new Dictionary<string, string?> { ["GraphQL:Timeout"] = timeout, ["Store:ReadConnections"] = "2" };
        }
    }
}
