using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests.GraphiQL;

public sealed class GraphiQLServerFixture : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await TestHost.StartAsync(new GraphQLServerOptions().UseGraphiQL(new GraphiQLPage { Title = "Test <GraphiQL> & co", DefaultQuery = "{ hello(name: \"\\\"x\\\" <y>\") }" }));

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>The GraphiQL page and its assets over real HTTP (<c>UseGraphiQL</c> on the test schema at /graphql).</summary>
public sealed class GraphiQLHttpTests(GraphiQLServerFixture fixture) : IClassFixture<GraphiQLServerFixture>
{
    public const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private TestHost Host => fixture.Host;

    [GraphiQLBundledFact]
    public async Task A_browser_visit_gets_the_page_with_a_CSP_that_allows_no_other_origin()
    {
        using var response = await Host.GetAsync("/graphql", BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(GraphiQLPage.ContentSecurityPolicy, csp);
        Assert.StartsWith("default-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("*", csp, StringComparison.Ordinal);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl?.NoCache);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Test &lt;GraphiQL&gt; &amp; co</title>", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<script src=\"/graphql/graphiql\\.js\\?v=[0-9a-f]{16}\"></script>"), html);
        Assert.Matches(new Regex("<link rel=\"stylesheet\" href=\"/graphql/graphiql\\.css\\?v=[0-9a-f]{16}\">"), html);
        Assert.Contains("data-default-query=\"{ hello(name: &quot;\\&quot;x\\&quot; &lt;y&gt;&quot;) }\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//", html, StringComparison.Ordinal);
        // No inline script: script-src 'self' would block it.
        Assert.Single(Regex.Matches(html, "<script"));
    }

    [GraphiQLBundledFact]
    public async Task The_page_under_a_trailing_slash_links_the_same_assets()
    {
        var html = await (await Host.GetAsync("/graphql/", BrowserAccept)).Content.ReadAsStringAsync();
        Assert.Contains("src=\"/graphql/graphiql.js?v=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task API_clients_never_get_the_page()
    {
        var get = await Host.GetAsync("/graphql", "application/json").ReadAsync();
        Assert.Equal(400, get.Status);
        Assert.Equal("application/json", get.MediaType);

        var noAccept = await Host.GetAsync("/graphql").ReadAsync();
        Assert.Equal(400, noAccept.Status);
        Assert.Equal("application/json", noAccept.MediaType);

        var browserWithQuery = await Host.GetAsync("/graphql?query={hello}", BrowserAccept).ReadAsync();
        Assert.Equal(200, browserWithQuery.Status);
        Assert.Equal("application/json", browserWithQuery.MediaType);
        Assert.Equal("Hello, world!", browserWithQuery.Data.GetProperty("hello").GetString());

        var post = await Host.PostAsync(new { query = "{ hello }" }, BrowserAccept).ReadAsync();
        Assert.Equal(200, post.Status);
        Assert.Equal("Hello, world!", post.Data.GetProperty("hello").GetString());

        var head = await Host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/graphql") { Headers = { { "Accept", BrowserAccept } } });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, head.StatusCode);
    }

    [GraphiQLBundledTheory]
    [InlineData("/graphql/graphiql.js", "text/javascript")]
    [InlineData("/graphql/graphiql.css", "text/css")]
    public async Task Assets_are_served_with_their_type_a_long_cache_and_an_ETag(string path, string mediaType)
    {
        using var response = await Host.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length > 10_000, $"{path}: {body.Length} bytes");
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Empty(response.Content.Headers.ContentEncoding);

        var revalidate = new HttpRequestMessage(HttpMethod.Get, path);
        revalidate.Headers.IfNoneMatch.Add(etag);
        using var notModified = await Host.Client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var gzipped = new HttpRequestMessage(HttpMethod.Get, path);
        gzipped.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
        using var compressed = await Host.Client.SendAsync(gzipped);
        Assert.Equal("gzip", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        var packed = await compressed.Content.ReadAsByteArrayAsync();
        // The stylesheet's fonts are base64 data: URLs, which compress less.
        Assert.True(packed.Length < body.Length * 0.8, $"gzip {packed.Length} of {body.Length}");
        using var unzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var unpacked = new MemoryStream();
        await unzip.CopyToAsync(unpacked);
        Assert.Equal(body, unpacked.ToArray());
    }

    [GraphiQLBundledFact]
    public async Task The_pages_links_name_the_current_content()
    {
        var html = await (await Host.GetAsync("/graphql", BrowserAccept)).Content.ReadAsStringAsync();
        var version = Regex.Match(html, "graphiql\\.js\\?v=([0-9a-f]+)").Groups[1].Value;
        using var script = await Host.GetAsync("/graphql/graphiql.js?v=" + version);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.StartsWith("\"" + version, script.Headers.ETag!.Tag, StringComparison.Ordinal);
    }

    [GraphiQLBundledFact]
    public void The_bundle_names_no_CDN_or_other_host_it_would_load_from()
    {
        foreach (var asset in new[] { GraphiQLAssets.Script!, GraphiQLAssets.Style! })
        {
            var text = System.Text.Encoding.UTF8.GetString(asset.Content);
            foreach (var host in new[] { "unpkg.com", "jsdelivr", "cdnjs", "googleapis", "gstatic", "esm.sh", "skypack" })
            {
                Assert.DoesNotContain(host, text, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain("new Worker(", text, StringComparison.Ordinal);
            Assert.DoesNotContain("importScripts", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@import", text, StringComparison.Ordinal);
        }

        // The stylesheet's fonts and images are data: URLs.
        var css = System.Text.Encoding.UTF8.GetString(GraphiQLAssets.Style!.Content);
        foreach (Match url in Regex.Matches(css, "url\\(\\s*[\"']?([^\"')]{0,16})"))
        {
            Assert.StartsWith("data:", url.Groups[1].Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_UseGraphiQL_there_is_no_page_and_no_assets()
    {
        await using var host = await TestHost.StartAsync();
        var page = await host.GetAsync("/graphql", BrowserAccept).ReadAsync();
        Assert.Equal(400, page.Status);
        Assert.Equal("application/json", page.MediaType);
        using var script = await host.GetAsync("/graphql/graphiql.js");
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }

    [GraphiQLBundledFact]
    public async Task Options_from_AddGraphQL_map_the_assets_beside_any_pattern()
    {
        await using var host = await TestHost.StartAsync(
            configure: builder => builder.Services.AddGraphQL(o => o.UseGraphiQL()).AddSingleton(TestSchema.Create()),
            map: app => app.MapGraphQL("/api/graph/"));
        using var page = await host.GetAsync("/api/graph", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<title>GraphiQL</title>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/api/graph/graphiql.js?v=", html, StringComparison.Ordinal);
        using var style = await host.GetAsync("/api/graph/graphiql.css");
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Without_the_bundle_the_page_says_so_and_loads_nothing()
    {
        var html = new GraphiQLPage { Title = "KG" }.Render("/graphql", bundled: false);
        Assert.Contains("<title>KG</title>", html, StringComparison.Ordinal);
        Assert.Contains("GraphiQL was not bundled", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link rel=\"stylesheet\"", html, StringComparison.Ordinal);
    }
}

/// <summary>A fact that needs the GraphiQL bundle in the assembly (built when node/npm were present).</summary>
public sealed class GraphiQLBundledFactAttribute : FactAttribute
{
    public GraphiQLBundledFactAttribute()
    {
        if (!GraphiQLPage.IsBundled)
        {
            Skip = "GraphiQL was not bundled into this build (node/npm missing when it was built)";
        }
    }
}

/// <summary>A theory that needs the GraphiQL bundle in the assembly.</summary>
public sealed class GraphiQLBundledTheoryAttribute : TheoryAttribute
{
    public GraphiQLBundledTheoryAttribute()
    {
        if (!GraphiQLPage.IsBundled)
        {
            Skip = "GraphiQL was not bundled into this build (node/npm missing when it was built)";
        }
    }
}
