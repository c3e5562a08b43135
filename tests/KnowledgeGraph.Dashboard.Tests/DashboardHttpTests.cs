namespace KnowledgeGraph.Dashboard.Tests;

/// <summary>The page and its files over HTTP: the dashboard at /, GraphiQL still at /graphql.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardHttpTests(DashboardServer server)
{
    [Fact]
    public async Task The_root_serves_the_dashboard_with_a_strict_policy_and_graphiql_stays_at_graphql()
    {
        using var response = await server.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DashboardPage.ContentSecurityPolicy, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-graphql=\"/graphql\"", html, StringComparison.Ordinal);

        using var graphiql = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        graphiql.Headers.Accept.ParseAdd("text/html");
        using var graphiqlResponse = await server.Client.SendAsync(graphiql);
        Assert.Contains("graphiql", await graphiqlResponse.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_bundle_is_served_with_its_hash_cached_and_revalidated()
    {
        Assert.True(DashboardPage.IsBundled, "the dashboard was not bundled (node/npm missing at build time)");
        var html = await server.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/dashboard\\.js\\?v=[0-9a-f]+)\"").Groups[1].Value;
        Assert.NotEmpty(script);
        using var response = await server.Client.GetAsync(new Uri(script, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, script);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await server.Client.SendAsync(again);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public void Without_the_bundle_the_page_says_so_and_points_to_graphql()
    {
        var html = new DashboardPage { GraphQLPath = "/graphql" }.Render("", bundled: false);
        Assert.Contains("was not bundled", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/graphql\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }
}
