using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests;

/// <summary>Limits and hooks of <see cref="GraphQLServerOptions"/>, each on its own server.</summary>
public sealed class OptionsTests
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Fact]
    public async Task Request_body_limit_gives_413_with_and_without_content_length()
    {
        await using var host = await TestHost.StartAsync(new GraphQLServerOptions { MaxRequestBodySize = 200 });
        var small = await host.PostAsync(new { query = "{ hello }" }, GraphQLResponse).ReadAsync();
        Assert.Equal(200, small.Status);

        var body = """{"query":"{ hello }","extensions":{"pad":" """ + new string('x', 400) + "\"}}";
        var sized = await host.PostJsonAsync(body, GraphQLResponse).ReadAsync();
        Assert.Equal(413, sized.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", sized.FirstCode);

        // Chunked: no Content-Length, the limit applies while reading.
        using var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        message.Headers.TransferEncodingChunked = true;
        var chunked = await ReadResponse.From(await host.Client.SendAsync(message));
        Assert.Equal(413, chunked.Status);
    }

    [Theory]
    [InlineData("{ node { child { child { child { id } } } } }", "QUERY_TOO_DEEP")]
    [InlineData("{ a: hello b: hello c: hello d: hello e: hello f: hello }", "QUERY_TOO_COMPLEX")]
    [InlineData("{ hello                                                                                                   }", "QUERY_TOO_LARGE")]
    [InlineData("{ __schema { queryType { name } } }", "INTROSPECTION_DISABLED")]
    public async Task Engine_limits_come_from_the_options(string query, string code)
    {
        await using var host = await TestHost.StartAsync(new GraphQLServerOptions
        {
            MaxDepth = 3,
            MaxFieldCount = 5,
            MaxDocumentLength = 100,
            EnableIntrospection = false,
        });
        var strict = await host.PostAsync(new { query }, GraphQLResponse).ReadAsync();
        Assert.Equal(400, strict.Status);
        Assert.Equal(code, strict.FirstCode);
        Assert.False(strict.HasData);
        var legacy = await host.PostAsync(new { query }, Json).ReadAsync();
        Assert.Equal(200, legacy.Status);
        Assert.Equal(code, legacy.FirstCode);

        var fine = await host.PostAsync(new { query = "{ __typename node { child { id } } }" }, GraphQLResponse).ReadAsync();
        Assert.Equal(200, fine.Status);
    }

    [Fact]
    public async Task Timeout_is_503_with_graphql_response_json()
    {
        await using var host = await TestHost.StartAsync(new GraphQLServerOptions { Timeout = TimeSpan.FromMilliseconds(100) });
        var strict = await host.PostAsync(new { query = "{ slowHello(delayMs: 5000) }" }, GraphQLResponse).ReadAsync();
        Assert.Equal(503, strict.Status);
        Assert.Equal("TIMEOUT", strict.FirstCode);
        var legacy = await host.PostAsync(new { query = "{ slowHello(delayMs: 5000) }" }, Json).ReadAsync();
        Assert.Equal(200, legacy.Status);
        Assert.Equal("TIMEOUT", legacy.FirstCode);
    }

    [Fact]
    public async Task Default_media_type_can_be_graphql_response_json()
    {
        await using var host = await TestHost.StartAsync(new GraphQLServerOptions { DefaultResponseMediaType = GraphQLResponseMediaType.GraphQLResponseJson });
        Assert.Equal(GraphQLResponse, (await host.PostAsync(new { query = "{ hello }" }).ReadAsync()).MediaType);
        Assert.Equal(GraphQLResponse, (await host.PostAsync(new { query = "{ hello }" }, "*/*").ReadAsync()).MediaType);
        Assert.Equal(Json, (await host.PostAsync(new { query = "{ hello }" }, Json).ReadAsync()).MediaType);
        var parseError = await host.PostAsync(new { query = "{" }).ReadAsync();
        Assert.Equal(400, parseError.Status);
    }

    [Fact]
    public async Task Get_can_be_disabled()
    {
        await using var host = await TestHost.StartAsync(new GraphQLServerOptions { EnableGet = false });
        var response = await host.GetAsync("/graphql?query={hello}", GraphQLResponse).ReadAsync();
        Assert.Equal(405, response.Status);
        Assert.Equal(["POST"], response.Message.Content.Headers.Allow);
        Assert.Equal(200, (await host.PostAsync(new { query = "{ hello }" }).ReadAsync()).Status);
    }

    [Fact]
    public async Task Html_handler_serves_browser_visits_only()
    {
        const string browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        await using var host = await TestHost.StartAsync(new GraphQLServerOptions
        {
            HtmlHandler = async context =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync("<!doctype html><title>GraphiQL</title>");
            },
        });
        var page = await host.GetAsync("/graphql", browser);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GraphiQL", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var withQuery = await host.GetAsync("/graphql?query={hello}", browser).ReadAsync();
        Assert.Equal(200, withQuery.Status);
        Assert.Equal(Json, withQuery.MediaType);

        var api = await host.GetAsync("/graphql", Json).ReadAsync();
        Assert.Equal(400, api.Status);

        var post = await host.PostAsync(new { query = "{ hello }" }, browser).ReadAsync();
        Assert.Equal(200, post.Status);
    }

    [Fact]
    public async Task Options_bind_from_configuration_through_AddGraphQL()
    {
        await using var host = await TestHost.StartAsync(
            map: app => app.MapGraphQL("/graphql", TestSchema.Create()),
            configure: builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["GraphQL:MaxDepth"] = "2",
                    ["GraphQL:EnableIntrospection"] = "false",
                    ["GraphQL:MaxRequestBodySize"] = "300",
                    ["GraphQL:Timeout"] = "00:00:05",
                    ["GraphQL:DefaultResponseMediaType"] = "GraphQLResponseJson",
                    ["GraphQL:EnableGet"] = "false",
                });
                builder.Services.AddGraphQL(builder.Configuration.GetSection(GraphQLServerOptions.SectionName), o => o.MaxFieldCount = 50);
            });
        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLServerOptions>>().Value;
        Assert.Equal(2, options.MaxDepth);
        Assert.Equal(50, options.MaxFieldCount);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);

        var deep = await host.PostAsync(new { query = "{ node { child { id } } }" }).ReadAsync();
        Assert.Equal(400, deep.Status);
        Assert.Equal(GraphQLResponse, deep.MediaType);
        Assert.Equal("QUERY_TOO_DEEP", deep.FirstCode);
        Assert.Equal("INTROSPECTION_DISABLED", (await host.PostAsync(new { query = """{ __type(name: "Query") { name } }""" }).ReadAsync()).FirstCode);
        Assert.Equal(413, (await host.PostJsonAsync("""{"query":"{ hello }","extensions":{"pad":" """ + new string('x', 400) + "\"}}").ReadAsync()).Status);
        Assert.Equal(405, (await host.GetAsync("/graphql?query={hello}").ReadAsync()).Status);
    }

    [Fact]
    public async Task Schema_factory_runs_once_and_schema_can_come_from_services()
    {
        var calls = 0;
        await using var host = await TestHost.StartAsync(
            map: app =>
            {
                app.MapGraphQL("/factory", _ =>
                {
                    Interlocked.Increment(ref calls);
                    return TestSchema.Create();
                });
                app.MapGraphQL("/di");
            },
            configure: builder => builder.Services.AddSingleton(TestSchema.Create()));
        Assert.Equal(0, calls);
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.PostJsonAsync("""{"query":"{ hello }"}""", path: "/factory").ReadAsync()));
        Assert.All(responses, r => Assert.Equal(200, r.Status));
        Assert.Equal(1, calls);
        Assert.Equal(200, (await host.PostJsonAsync("""{"query":"{ hello }"}""", path: "/di").ReadAsync()).Status);
    }

    [Fact]
    public async Task User_context_factory_and_execution_hook_are_used()
    {
        await using var host = await TestHost.StartAsync(new GraphQLServerOptions
        {
            UserContextFactory = context => new Uri("http://user.example/" + context.Request.Headers["X-User"]),
            ConfigureExecution = o => o with { AllowedOperations = new HashSet<OperationType> { OperationType.Query } },
        });
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ whoami }"}""", Encoding.UTF8, Json) };
        message.Headers.Add("X-User", "ada");
        var who = await ReadResponse.From(await host.Client.SendAsync(message));
        Assert.Equal("Uri", who.Data.GetProperty("whoami").GetString());

        var mutation = await host.PostAsync(new { query = "mutation { increment }" }, GraphQLResponse).ReadAsync();
        Assert.Equal(400, mutation.Status);
        Assert.Equal(ErrorCodes.OperationNotAllowed, mutation.FirstCode);
    }

    [Fact]
    public void Server_options_map_to_engine_options()
    {
        var options = new GraphQLServerOptions { MaxDepth = 7, MaxFieldCount = 8, MaxAliasCount = 9, MaxDocumentLength = 10, Timeout = TimeSpan.Zero, EnableIntrospection = false, MaxErrors = 3, DocumentCacheSize = 0 };
        var engine = options.ToExecutionOptions();
        Assert.Equal((7, 8, 9, 10, (TimeSpan?)null, false, 3, 0), (engine.MaxDepth, engine.MaxFieldCount, engine.MaxAliasCount, engine.MaxDocumentLength, engine.Timeout, engine.EnableIntrospection, engine.MaxErrors, engine.DocumentCacheSize));
        var defaults = new GraphQLServerOptions().ToExecutionOptions();
        Assert.Equal(TimeSpan.FromSeconds(10), defaults.Timeout);
        Assert.True(defaults.MaxDepth > 0 && defaults.MaxFieldCount > 0 && defaults.MaxDocumentLength > 0);
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
