using System.Net;
using System.Net.Http.Headers;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// HTTP caching of GET queries: an <c>ETag</c> from the store's data version and <c>Cache-Control</c>; a repeated GET with
/// <c>If-None-Match</c> gets 304 with the same ETag, without running, until a load (a curator's mutation) changes the data.
/// POST answers and failed queries get no ETag.
/// </summary>
public sealed class ETagTests : IAsyncLifetime
{
    private const string Query = "{ cities(first: 3, orderBy: [{ name: ASC }]) { totalCount nodes { name } } }";

    private readonly ApiServer _server = new()
    {
        Graph = Fixtures.InterregFixture.Batch(),
        Settings = new Dictionary<string, string?> { ["GraphQL:CacheControl"] = "public, max-age=30" },
    };

    /// <inheritdoc/>
    public Task InitializeAsync() => _server.InitializeAsync();

    /// <inheritdoc/>
    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_repeated_GET_is_304_with_the_same_ETag_until_a_load_changes_the_data()
    {
        using var first = await GetAsync(null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("public, max-age=30", first.Headers.CacheControl?.ToString());
        var statements = _server.Statements;

        using (var again = await GetAsync(etag))
        {
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Equal(etag, again.Headers.ETag);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        }
        Assert.Equal(statements, _server.Statements); // answered without running

        // Another query string is another answer.
        using (var other = await _server.Client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("{ countries(first: 1) { nodes { name } } }"), UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.NotEqual(etag, other.Headers.ETag);
        }

        // A curator's load changes the data version: the old ETag no longer matches.
        var upsert = await _server.PostAsync("mutation($input: UpsertNodeInput!) { upsertNode(input: $input) { node { id } } }", new
        {
            input = new
            {
                kind = "City",
                id = "city:aaa-etag",
                name = "Aaa ETag",
                properties = new { countryCode = "ES" },
                source = new { study = "study:curator-notes", studyName = "Curator notes", quote = "Aaa ETag" },
            },
        }, key: ApiServer.Key);
        Assert.False(upsert.TryGetProperty("errors", out var errors), errors.ToString());
        using var changed = await GetAsync(etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("Aaa ETag", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var afterChange = await GetAsync(changed.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, afterChange.StatusCode);
    }

    [Fact]
    public async Task POST_answers_and_failed_GET_queries_get_no_ETag()
    {
        using var post = await _server.Client.PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent("""{"query":"{ countries(first: 1) { nodes { name } } }"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Null(post.Headers.ETag);

        using var failed = await _server.Client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("{ noSuchField }"), UriKind.Relative));
        Assert.Null(failed.Headers.ETag);
    }

    private async Task<HttpResponseMessage> GetAsync(EntityTagHeaderValue? ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Query));
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }
        return await _server.Client.SendAsync(request);
    }
}
