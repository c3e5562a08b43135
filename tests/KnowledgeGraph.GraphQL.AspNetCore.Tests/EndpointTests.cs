using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests;

public sealed class ServerFixture : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>The endpoint with default options, over real HTTP.</summary>
public sealed class EndpointTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    private TestHost Host => fixture.Host;

    // ---- media types

    [Theory]
    [InlineData(Json, Json)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("text/html, application/json;q=0.1", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("*/*;q=0.8, application/json;q=0", GraphQLResponse)]
    public async Task Post_negotiates_the_response_media_type(string? accept, string expected)
    {
        var response = await Host.PostAsync(new { query = "{ hello }" }, accept).ReadAsync();
        Assert.Equal(200, response.Status);
        Assert.Equal(expected, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal("Hello, world!", response.Data.GetProperty("hello").GetString());
        Assert.False(response.Body.TryGetProperty("errors", out _));
        Assert.Equal(Encoding.UTF8.GetByteCount(response.Text), response.Message.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json;q=0")]
    public async Task Unacceptable_Accept_gives_406(string accept)
    {
        var response = await Host.PostAsync(new { query = "{ hello }" }, accept).ReadAsync();
        Assert.Equal(406, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.FirstCode);
    }

    // ---- GET

    [Fact]
    public async Task Get_runs_queries_with_variables_and_operation_name()
    {
        var query = Uri.EscapeDataString("query A { hello } query B($n: String) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n":"GET"}""");
        var response = await Host.GetAsync($"/graphql?query={query}&operationName=B&variables={variables}&extensions=%7B%7D", GraphQLResponse).ReadAsync();
        Assert.Equal(200, response.Status);
        Assert.Equal(GraphQLResponse, response.MediaType);
        Assert.Equal("Hello, GET!", response.Data.GetProperty("hello").GetString());
        Assert.Contains("Accept", response.Message.Headers.Vary);
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task Get_refuses_mutations_with_405_and_Allow_POST(string accept)
    {
        var before = await Host.PostAsync(new { query = "{ counter }" }).ReadAsync();
        var response = await Host.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { increment }"), accept).ReadAsync();
        Assert.Equal(405, response.Status);
        Assert.Equal(["POST"], response.Message.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstCode);
        var after = await Host.PostAsync(new { query = "{ counter }" }).ReadAsync();
        Assert.Equal(before.Data.GetProperty("counter").GetInt32(), after.Data.GetProperty("counter").GetInt32());
    }

    [Theory]
    [InlineData("/graphql?query={hello}&variables=not-json")]
    [InlineData("/graphql?query={hello}&variables=%5B1%5D")]
    [InlineData("/graphql?query={hello}&variables=%22s%22")]
    [InlineData("/graphql?query={hello}&extensions=3")]
    [InlineData("/graphql?query={hello}&query={hello}")]
    [InlineData("/graphql")]
    [InlineData("/graphql?operationName=A")]
    public async Task Get_with_bad_parameters_gives_400(string url)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            var response = await Host.GetAsync(url, accept).ReadAsync();
            Assert.Equal(400, response.Status);
            Assert.Equal("BAD_REQUEST", response.FirstCode);
            Assert.False(response.HasData);
        }
    }

    [Fact]
    public async Task Browser_visit_without_html_handler_is_a_missing_query()
    {
        var response = await Host.GetAsync("/graphql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").ReadAsync();
        Assert.Equal(400, response.Status);
        Assert.Equal(Json, response.MediaType);
        var htmlOnly = await Host.GetAsync("/graphql", "text/html").ReadAsync();
        Assert.Equal(406, htmlOnly.Status);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_give_405_with_Allow(string method)
    {
        using var message = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, Json) };
        var response = await ReadResponse.From(await Host.Client.SendAsync(message));
        Assert.Equal(405, response.Status);
        Assert.Equal(["GET", "POST"], response.Message.Content.Headers.Allow.Order());
    }

    // ---- POST request shape

    [Theory]
    [InlineData("")]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Unsupported_content_type_gives_415(string contentType)
    {
        var response = await Host.PostJsonAsync("""{"query":"{ hello }"}""", GraphQLResponse, contentType).ReadAsync();
        Assert.Equal(415, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.FirstCode);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json;charset=\"utf-8\"")]
    [InlineData("Application/JSON")]
    public async Task Utf8_content_types_are_accepted(string contentType)
    {
        var response = await Host.PostJsonAsync("""{"query":"{ hello(name: \"Zoë 🏃\") }"}""", GraphQLResponse, contentType).ReadAsync();
        Assert.Equal(200, response.Status);
        Assert.Equal("Hello, Zoë 🏃!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Body_with_a_utf8_byte_order_mark_is_read()
    {
        using var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"query":"{ hello }"}""")]);
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        var response = await ReadResponse.From(await Host.Client.PostAsync("/graphql", content));
        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"not a JSON")]
    [InlineData("[]")]
    [InlineData("\"query\"")]
    [InlineData("{}")]
    [InlineData("""{"qeury":"{ hello }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":0}""")]
    [InlineData("""{"query":false}""")]
    [InlineData("""{"query":["array"]}""")]
    [InlineData("""{"query":"{ hello }","operationName":{}}""")]
    [InlineData("""{"query":"{ hello }","operationName":0}""")]
    [InlineData("""{"query":"{ hello }","operationName":false}""")]
    [InlineData("""{"query":"{ hello }","operationName":["a"]}""")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""")]
    [InlineData("""{"query":"{ hello }","variables":0}""")]
    [InlineData("""{"query":"{ hello }","variables":false}""")]
    [InlineData("""{"query":"{ hello }","variables":["array"]}""")]
    [InlineData("""{"query":"{ hello }","extensions":"string"}""")]
    [InlineData("""{"query":"{ hello }","extensions":0}""")]
    [InlineData("""{"query":"{ hello }","extensions":false}""")]
    [InlineData("""{"query":"{ hello }","extensions":["array"]}""")]
    public async Task Malformed_requests_give_400_with_either_media_type(string body)
    {
        foreach (var accept in new[] { GraphQLResponse, Json, null })
        {
            var response = await Host.PostJsonAsync(body, accept).ReadAsync();
            Assert.Equal(400, response.Status);
            Assert.Equal("BAD_REQUEST", response.FirstCode);
            Assert.False(response.HasData);
        }
    }

    [Theory]
    [InlineData("""{"qu\u0065ry":"{ hello }"}""")]
    [InlineData("""{"unknown":{"deep":[1,{"a":[]}]},"query":"{ hello }","other":null}""")]
    [InlineData("""{"variables":{"n":"x"},"operationName":"Q","query":"query Q($n: String) { hello(name: $n) }"}""")]
    [InlineData(" \r\n {\"query\" : \"{ hello }\" } \n")]
    public async Task Well_formed_bodies_in_any_order_and_spelling_are_read(string body)
    {
        var response = await Host.PostJsonAsync(body, GraphQLResponse).ReadAsync();
        Assert.Equal(200, response.Status);
        Assert.StartsWith("Hello, ", response.Data.GetProperty("hello").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"query":"{ hello }"} x""")]
    [InlineData("""{"query":"{ hello }"}{}""")]
    [InlineData("""{"query":"{ hello }",}""")]
    [InlineData("""[{"query":"{ hello }"}]""")]
    [InlineData("   ")]
    [InlineData("""{"query":"{ hello }","variables":{"a":1},"variables":[]}""")]
    public async Task Bodies_with_trailing_content_or_bad_shapes_are_bad_requests(string body)
    {
        var response = await Host.PostJsonAsync(body, GraphQLResponse).ReadAsync();
        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstCode);
    }

    [Fact]
    public async Task Invalid_utf8_in_the_body_is_a_bad_request()
    {
        using var content = new ByteArrayContent([.. "{\"query\":\"{ hello(name: \\\""u8, 0xC3, 0x28, .. "\\\") }\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        var response = await ReadResponse.From(await Host.Client.PostAsync("/graphql", content));
        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task Too_deeply_nested_json_body_is_a_bad_request()
    {
        var body = """{"query":"{ hello }","extensions":""" + new string('[', 200) + new string(']', 200) + "}";
        var response = await Host.PostJsonAsync(body, GraphQLResponse).ReadAsync();
        Assert.Equal(400, response.Status);
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Null_optional_parameters_are_allowed(string parameter)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            var response = await Host.PostJsonAsync($$"""{"query":"{ hello }","{{parameter}}":null}""", accept).ReadAsync();
            Assert.Equal(200, response.Status);
            Assert.False(response.Body.TryGetProperty("errors", out _));
        }
    }

    [Fact]
    public async Task Variables_operation_name_and_extensions_are_used()
    {
        var response = await Host.PostAsync(new
        {
            query = "query A { hello } query B($name: String, $delay: Int) { slowHello(name: $name, delayMs: $delay) }",
            operationName = "B",
            variables = new { name = "async", delay = 5 },
            extensions = new { persistedQuery = new { version = 1 } },
        }, GraphQLResponse).ReadAsync();
        Assert.Equal(200, response.Status);
        Assert.Equal("Hello, async!", response.Data.GetProperty("slowHello").GetString());
    }

    // ---- GraphQL errors: status by media type

    [Theory]
    [InlineData("{", "GRAPHQL_PARSE_FAILED")]
    [InlineData("", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ 8f31403dfe404bccbb0e835f2629c6a7 }", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ nope }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("query A { hello } query B { hello }", "OPERATION_RESOLUTION_FAILURE")]
    [InlineData("subscription { hello }", "OPERATION_NOT_ALLOWED")]
    public async Task Request_errors_are_400_with_graphql_response_json_and_200_with_json(string query, string code)
    {
        var strict = await Host.PostAsync(new { query }, GraphQLResponse).ReadAsync();
        Assert.Equal(400, strict.Status);
        Assert.Equal(GraphQLResponse, strict.MediaType);
        Assert.False(strict.HasData);
        Assert.Equal(code, strict.FirstCode);

        var legacy = await Host.PostAsync(new { query }, Json).ReadAsync();
        Assert.Equal(200, legacy.Status);
        Assert.Equal(Json, legacy.MediaType);
        Assert.False(legacy.HasData);
        Assert.Equal(code, legacy.FirstCode);
    }

    [Fact]
    public async Task Variable_coercion_failure_is_a_request_error()
    {
        var body = new { query = "query($name: String!) { hello(name: $name) }", variables = new { name = (string?)null } };
        var strict = await Host.PostAsync(body, GraphQLResponse).ReadAsync();
        Assert.Equal(400, strict.Status);
        Assert.Equal("BAD_USER_INPUT", strict.FirstCode);
        Assert.False(strict.HasData);
        var legacy = await Host.PostAsync(body, Json).ReadAsync();
        Assert.Equal(200, legacy.Status);
        Assert.Equal("BAD_USER_INPUT", legacy.FirstCode);
    }

    [Fact]
    public async Task Unknown_operation_name_is_a_request_error()
    {
        var response = await Host.PostAsync(new { query = "query A { hello }", operationName = "B" }, GraphQLResponse).ReadAsync();
        Assert.Equal(400, response.Status);
        Assert.Equal("OPERATION_RESOLUTION_FAILURE", response.FirstCode);
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task Resolver_errors_are_200_with_data_and_keep_codes_without_internals(string accept)
    {
        var response = await Host.PostAsync(new { query = "{ hello boom forbidden }" }, accept).ReadAsync();
        Assert.Equal(200, response.Status);
        Assert.Equal("Hello, world!", response.Data.GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("boom").ValueKind);
        var errors = response.Body.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("path")[0].GetString()!);
        Assert.Equal("INTERNAL_SERVER_ERROR", errors["boom"].GetProperty("extensions").GetProperty("code").GetString());
        var correlationId = errors["boom"].GetProperty("extensions").GetProperty("correlationId").GetString();
        Assert.Equal("FORBIDDEN", errors["forbidden"].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Not for you.", errors["forbidden"].GetProperty("message").GetString());
        Assert.DoesNotContain("secret", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", response.Text, StringComparison.Ordinal);
        Assert.Contains(Host.Logs, line => line.Contains(correlationId!, StringComparison.Ordinal) && line.Contains("Query.boom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failing_non_null_root_field_gives_null_data_and_200()
    {
        var response = await Host.PostAsync(new { query = "{ nonNullBoom }" }, GraphQLResponse).ReadAsync();
        Assert.Equal(200, response.Status);
        Assert.True(response.HasData);
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
        Assert.Equal("INTERNAL_SERVER_ERROR", response.FirstCode);
    }

    // ---- execution

    [Fact]
    public async Task Mutations_run_over_post_serially()
    {
        var response = await Host.PostAsync(new { query = "mutation { a: increment(by: 2) b: increment(by: 3) }" }, GraphQLResponse).ReadAsync();
        Assert.Equal(200, response.Status);
        Assert.Equal(response.Data.GetProperty("a").GetInt32() + 3, response.Data.GetProperty("b").GetInt32());
    }

    [Fact]
    public async Task Concurrent_requests_with_async_resolvers_are_independent()
    {
        var tasks = Enumerable.Range(0, 32).Select(i => Host.PostAsync(new { query = "query($n: String) { slowHello(name: $n, delayMs: 20) }", variables = new { n = "c" + i } }, GraphQLResponse).ReadAsync()).ToArray();
        var responses = await Task.WhenAll(tasks);
        for (int i = 0; i < responses.Length; i++)
        {
            Assert.Equal(200, responses[i].Status);
            Assert.Equal($"Hello, c{i}!", responses[i].Data.GetProperty("slowHello").GetString());
        }
    }

    [Fact]
    public async Task Introspection_is_on_by_default_and_user_context_is_the_http_context()
    {
        var response = await Host.PostAsync(new { query = """{ __type(name: "Query") { name } whoami }""" }, GraphQLResponse).ReadAsync();
        Assert.Equal(200, response.Status);
        Assert.Equal("Query", response.Data.GetProperty("__type").GetProperty("name").GetString());
        Assert.Equal("DefaultHttpContext", response.Data.GetProperty("whoami").GetString());
    }

    [Fact]
    public async Task Body_over_the_default_limit_gives_413()
    {
        var big = """{"query":"{ hello }","extensions":{"pad":" """ + new string('x', 1024 * 1024 + 10) + "\"}}";
        var response = await Host.PostJsonAsync(big, GraphQLResponse).ReadAsync();
        Assert.Equal(413, response.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", response.FirstCode);
    }

    [Fact]
    public async Task Unknown_paths_are_not_served()
    {
        var response = await Host.PostJsonAsync("""{"query":"{ hello }"}""", path: "/other");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
