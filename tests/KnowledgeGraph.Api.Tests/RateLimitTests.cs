using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Rate limits per client (<c>RateLimit:*</c>): past its bucket a client gets 429 with <c>Retry-After</c> and a
/// GraphQL-shaped error, and is served again once the bucket refills; the client with the curators' key has a bucket of
/// its own; health is never limited. Nothing here measures time: the test waits as long as the server says.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string Query = "{ countries(first: 1) { nodes { name } } }";

    private readonly ApiServer _server = new()
    {
        Graph = Fixtures.InterregFixture.Batch(),
        Settings = new Dictionary<string, string?>
        {
            ["RateLimit:Enabled"] = "true",
            ["RateLimit:TokenLimit"] = "3",
            ["RateLimit:TokensPerPeriod"] = "3",
            // Long enough that the bucket cannot refill between a few quick requests, even on a busy machine.
            ["RateLimit:ReplenishmentPeriod"] = "00:00:05",
        },
    };

    /// <inheritdoc/>
    public Task InitializeAsync() => _server.InitializeAsync();

    /// <inheritdoc/>
    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Past_its_bucket_a_client_gets_429_with_Retry_After_and_a_GraphQL_error_then_recovers()
    {
        var (status, retryAfter, body) = await SendUntilLimitedAsync(key: null);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.InRange(retryAfter, 1, 5);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(retryAfter, error.GetProperty("extensions").GetProperty("retryAfter").GetInt32());
        Assert.Contains($"{retryAfter} s", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out _));

        // Health is not limited.
        using (var health = await _server.Client.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        // The curators' key is another client with its own bucket.
        var (keyed, _) = await SendAsync(ApiServer.Key);
        Assert.Equal(HttpStatusCode.OK, keyed);

        // After the time the server gave, the anonymous client is served again.
        await Task.Delay(TimeSpan.FromSeconds(retryAfter));
        HttpStatusCode again = HttpStatusCode.TooManyRequests;
        for (var attempt = 0; attempt < 20 && again == HttpStatusCode.TooManyRequests; attempt++)
        {
            (again, var wait) = await SendAsync(key: null);
            if (again == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(TimeSpan.FromSeconds(wait));
            }
        }
        Assert.Equal(HttpStatusCode.OK, again);
    }

    private async Task<(HttpStatusCode Status, int RetryAfter, JsonElement Body)> SendUntilLimitedAsync(string? key)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var request = Request(key);
            using var response = await _server.Client.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
                using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                return (response.StatusCode, retryAfter, document.RootElement.Clone());
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Fail("20 quick requests were never limited by a bucket of 3.");
        return default;
    }

    private async Task<(HttpStatusCode Status, int RetryAfter)> SendAsync(string? key)
    {
        using var request = Request(key);
        using var response = await _server.Client.SendAsync(request);
        return (response.StatusCode, (int)(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0));
    }

    private static HttpRequestMessage Request(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return request;
    }
}
