using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Api.Hosting;

namespace KnowledgeGraph.Api.Tests;

/// <summary>Browsers visiting /graphql get GraphiQL; its script is served beside the endpoint.</summary>
[Collection(ReadServerCollection.Name)]
public sealed class GraphiQLTests(ApiServer server)
{
    [Fact]
    public async Task Browser_visit_gets_the_GraphiQL_page_and_its_script()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var page = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<title>" + KnowledgeGraphApplicationExtensions.GraphiQLTitle + "</title>", html, StringComparison.Ordinal);
        Assert.Contains("/graphql/graphiql.js", html, StringComparison.Ordinal);
        Assert.Contains("cityByName", html, StringComparison.Ordinal);

        using var script = await server.Client.GetAsync(new Uri("/graphql/graphiql.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 10_000);
    }

    [Fact]
    public async Task Default_query_runs_on_the_seed_graph()
    {
        var data = await server.DataAsync(KnowledgeGraphApplicationExtensions.GraphiQLDefaultQuery);
        Assert.Equal("Barcelona", data.GetProperty("cityByName").GetProperty("name").GetString());
        Assert.True(data.GetProperty("cityByName").GetProperty("events").GetProperty("totalCount").GetInt32() > 0);
    }
}
