using System.Net;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

/// <summary>/health reports liveness and store readiness.</summary>
[Collection(ReadServerCollection.Name)]
public sealed class HealthTests(ApiServer server)
{
    [Fact]
    public async Task Ready_store_is_200_with_json()
    {
        using var response = await server.Client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("live").GetBoolean());
        Assert.Contains("seeded", body.RootElement.GetProperty("store").GetProperty("note").GetString(), StringComparison.Ordinal);
    }
}
