using System.Net;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The service holds its store through the neutral port: <c>Store:Provider</c> picks the back-end, a provider it lacks is
/// a clear start-up failure, and a store that stops answering is reported by <c>/health</c> (its error text only with the key), makes <c>/health/ready</c> 503, and is reported as <c>STORE_ERROR</c>.
/// </summary>
public sealed class StorePortTests
{
    [Fact]
    public async Task An_unknown_provider_fails_start_up_saying_which_providers_exist()
    {
        var server = new ApiServer
        {
            Settings = new Dictionary<string, string?> { ["Store:Provider"] = "Cassandra" },
            WaitForReady = false,
        };
        await server.InitializeAsync();
        try
        {
            await UnknownProviderAsync(server);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task UnknownProviderAsync(ApiServer server)
    {
        using (var anonymous = await Health.GetAsync(server.Client))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, anonymous.Status);
            Assert.Equal("failed", anonymous.Body.RootElement.GetProperty("status").GetString());
            Health.AssertNoDetails(anonymous, server.StorePath);
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadyAsync(server));

        using var health = await Health.GetAsync(server.Client, ApiServer.Key);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
        var store = health.Body.RootElement.GetProperty("store");
        Assert.Equal("failed", store.GetProperty("status").GetString());
        Assert.Equal("Cassandra", store.GetProperty("provider").GetString());
        Assert.Equal("Store:Provider is 'Cassandra', which is not a store provider of this program; known: Sqlite, Neo4j.", store.GetProperty("error").GetString());

        var body = await server.PostAsync("{ cities(first: 1) { nodes { id } } }");
        var error = body.GetProperty("errors")[0];
        Assert.Equal("STORE_NOT_READY", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("known: Sqlite, Neo4j", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(server.StorePath));
    }

    [Fact]
    public async Task A_store_that_stops_answering_is_unavailable_and_queries_get_STORE_ERROR()
    {
        var server = new ApiServer { Graph = Fixtures.InterregFixture.Batch() };
        await server.InitializeAsync();
        try
        {
            await StopsAnsweringAsync(server);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task StopsAnsweringAsync(ApiServer server)
    {
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(server));
        using (var ready = await Health.GetAsync(server.Client, ApiServer.Key))
        {
            Assert.Equal(HttpStatusCode.OK, ready.Status);
            Assert.Equal("Sqlite", ready.Body.RootElement.GetProperty("store").GetProperty("provider").GetString());
            Assert.Equal(server.StorePath, ready.Body.RootElement.GetProperty("store").GetProperty("path").GetString());
        }

        // The file under the open store stops being a database (no query has opened a read connection yet).
        var length = new FileInfo(server.StorePath).Length;
        await File.WriteAllBytesAsync(server.StorePath, new byte[length]);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadyAsync(server));
        using (var anonymous = await Health.GetAsync(server.Client))
        {
            Assert.Equal("unavailable", anonymous.Body.RootElement.GetProperty("status").GetString());
            Health.AssertNoDetails(anonymous, server.StorePath);
        }
        using var health = await Health.GetAsync(server.Client, ApiServer.Key);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
        Assert.Equal("unavailable", health.Body.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(health.Body.RootElement.GetProperty("store").GetProperty("error").GetString()));

        var body = await server.PostAsync("{ cities(first: 1) { nodes { id } } }");
        var error = body.GetProperty("errors")[0];
        Assert.Equal("STORE_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("The store failed: ", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.StorePath, body.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> ReadyAsync(ApiServer server)
    {
        using var response = await server.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return response.StatusCode;
    }
}
