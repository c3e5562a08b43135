using System.Net;
using System.Text.Json;
using KnowledgeGraph.Store.Backends;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// /health/live, /health/ready and /health: liveness, store readiness, and the store's private details (path, start-up
/// note, error text) only for a caller with the API key or on the management port.
/// </summary>
[Collection(ReadServerCollection.Name)]
public sealed class HealthTests(ApiServer server)
{
    [Fact]
    public async Task Ready_store_is_200_with_json_without_private_details_for_anonymous_callers()
    {
        using var health = await Health.GetAsync(server.Client);
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("application/json", health.MediaType);
        var root = health.Body.RootElement;
        Assert.Equal("ready", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("live").GetBoolean());
        Assert.Equal("ready", root.GetProperty("store").GetProperty("status").GetString());
        Assert.Equal("Sqlite", root.GetProperty("store").GetProperty("provider").GetString());
        Health.AssertNoDetails(health, server.StorePath);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_the_key_health_shows_the_store_path_and_start_up_note(bool bearer)
    {
        using var health = await Health.GetAsync(server.Client, ApiServer.Key, bearer);
        Assert.Equal(HttpStatusCode.OK, health.Status);
        var store = health.Body.RootElement.GetProperty("store");
        Assert.Equal(server.StorePath, store.GetProperty("path").GetString());
        Assert.Contains("seeded", store.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, store.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task A_wrong_key_gets_no_private_details()
    {
        using var health = await Health.GetAsync(server.Client, "not-the-key");
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Health.AssertNoDetails(health, server.StorePath);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Live_and_ready_are_200_Healthy_when_the_store_is_ready(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>Readiness while the store loads, and the management port.</summary>
public sealed class HealthLifecycleTests
{
    [Fact]
    public async Task Readiness_flips_from_503_to_200_when_the_seed_load_finishes_while_live_stays_200()
    {
        var gated = new GatedStoreProvider();
        var server = new ApiServer
        {
            WaitForReady = false,
            ConfigureServices = services => services.AddSingleton(new StoreProviders(gated)),
        };
        await server.InitializeAsync();
        try
        {
            Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(server, "/health/live"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await StatusOfAsync(server, "/health/ready"));
            using (var loading = await Health.GetAsync(server.Client))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.Status);
                Assert.Equal("loading", loading.Body.RootElement.GetProperty("status").GetString());
            }
            Assert.False(File.Exists(server.StorePath));

            gated.Open();
            await WaitForAsync(server, "/health/ready");

            Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(server, "/health/live"));
            using var ready = await Health.GetAsync(server.Client, ApiServer.Key);
            Assert.Equal(HttpStatusCode.OK, ready.Status);
            Assert.Contains("seeded", ready.Body.RootElement.GetProperty("store").GetProperty("note").GetString(), StringComparison.Ordinal);
            await server.DataAsync("{ cities(first: 1) { nodes { id } } }");
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_management_port_shows_the_details_without_the_key_and_the_public_port_does_not()
    {
        var port = ApiServer.FreePort();
        var server = new ApiServer { Graph = Fixtures.InterregFixture.Batch(), ManagementPort = port };
        await server.InitializeAsync();
        try
        {
            Assert.NotEqual(port, server.BaseAddress.Port);
            using (var anonymous = await Health.GetAsync(server.Client))
            {
                Health.AssertNoDetails(anonymous, server.StorePath);
            }
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var management = await Health.GetAsync(client);
            Assert.Equal(HttpStatusCode.OK, management.Status);
            Assert.Equal(server.StorePath, management.Body.RootElement.GetProperty("store").GetProperty("path").GetString());
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task<HttpStatusCode> StatusOfAsync(ApiServer server, string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>Polls <paramref name="path"/> until 200 (failing after a minute: the load is stuck, not slow).</summary>
    private static async Task WaitForAsync(ApiServer server, string path)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await StatusOfAsync(server, path) == HttpStatusCode.OK)
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"{path} never became 200.");
    }
}

/// <summary>A /health answer: its status code, media type and JSON body.</summary>
internal sealed record Health(HttpStatusCode Status, string? MediaType, JsonDocument Body) : IDisposable
{
    /// <summary>Gets /health, with the key (as X-Api-Key, or as a bearer token) when given.</summary>
    public static async Task<Health> GetAsync(HttpClient client, string? key = null, bool bearer = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        if (key is not null)
        {
            if (bearer)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            }
            else
            {
                request.Headers.Add("X-Api-Key", key);
            }
        }
        using var response = await client.SendAsync(request);
        return new Health(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Asserts the body has no path, note or error, and does not mention <paramref name="storePath"/>.</summary>
    public static void AssertNoDetails(Health health, string storePath)
    {
        var store = health.Body.RootElement.GetProperty("store");
        Assert.False(store.TryGetProperty("path", out _));
        Assert.False(store.TryGetProperty("note", out _));
        Assert.False(store.TryGetProperty("error", out _));
        Assert.DoesNotContain(storePath, health.Body.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public void Dispose() => Body.Dispose();
}
