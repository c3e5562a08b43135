using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests;

/// <summary>A real Kestrel server on 127.0.0.1 (port chosen by the OS) and a client for it.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public Uri GraphQLUri => new(BaseAddress, "/graphql");

    /// <summary>Starts a server; <paramref name="map"/> maps the endpoints (default: the test schema at /graphql with <paramref name="options"/>).</summary>
    public static async Task<TestHost> StartAsync(GraphQLServerOptions? options = null, Action<WebApplication>? map = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var logs = new List<string>();
        builder.Logging.AddProvider(new ListLoggerProvider(logs));
        configure?.Invoke(builder);
        var app = builder.Build();
        if (map is not null)
        {
            map(app);
        }
        else
        {
            app.MapGraphQL("/graphql", TestSchema.Create(), options);
        }

        await app.StartAsync();
        var address = app.Urls.First();
        var host = new TestHost(app, new Uri(address));
        host._logs = logs;
        return host;
    }

    private List<string>? _logs;

    /// <summary>Log lines (warning and above) written by the application so far.</summary>
    public IReadOnlyList<string> Logs
    {
        get
        {
            lock (_logs!)
            {
                return [.. _logs];
            }
        }
    }

    public Task<HttpResponseMessage> PostJsonAsync(string body, string? accept = null, string contentType = "application/json", string path = "/graphql")
    {
        var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType.Length > 0)
        {
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(message);
    }

    public Task<HttpResponseMessage> PostAsync(object request, string? accept = null) =>
        PostJsonAsync(JsonSerializer.Serialize(request), accept);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(message);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel))
                {
                    return;
                }

                lock (lines)
                {
                    lines.Add($"{logLevel}: {formatter(state, exception)}{(exception is null ? "" : " | " + exception.GetType().Name + ": " + exception.Message)}");
                }
            }
        }
    }
}

/// <summary>The schema served in the tests: queries (sync, async, failing), a mutation, a recursive type for depth limits.</summary>
public static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String): String
          slowHello(name: String, delayMs: Int): String
          boom: String
          forbidden: String
          nonNullBoom: String!
          node: Node
          counter: Int
          whoami: String
        }
        type Node { id: Int child: Node }
        type Mutation { increment(by: Int! = 1): Int! }
        """;

    public static Schema Create()
    {
        var schema = SdlSchemaBuilder.Build(Sdl);
        var counter = 0;
        var query = schema.Query!;
        query.GetField("hello")!.Resolver = ctx => new ValueTask<object?>("Hello, " + (ctx.Arguments.TryGetValue("name", out var n) && n is string s ? s : "world") + "!");
        query.GetField("slowHello")!.Resolver = async ctx =>
        {
            var delay = ctx.Arguments.TryGetValue("delayMs", out var d) && d is not null ? Convert.ToInt32(d, System.Globalization.CultureInfo.InvariantCulture) : 10;
            await Task.Delay(delay, ctx.CancellationToken);
            return "Hello, " + (ctx.Arguments.TryGetValue("name", out var n) && n is string s ? s : "world") + "!";
        };
        query.GetField("boom")!.Resolver = _ => throw new InvalidOperationException("secret connection string");
        query.GetField("forbidden")!.Resolver = _ => ValueTask.FromException<object?>(new GraphQLException("Not for you.", "FORBIDDEN"));
        query.GetField("nonNullBoom")!.Resolver = _ => throw new InvalidOperationException("secret");
        query.GetField("node")!.Resolver = _ => new ValueTask<object?>(new Dictionary<string, object?> { ["id"] = 1 });
        query.GetField("counter")!.Resolver = _ => new ValueTask<object?>(Volatile.Read(ref counter));
        query.GetField("whoami")!.Resolver = ctx => new ValueTask<object?>(ctx.UserContext?.GetType().Name);
        ((ObjectType)schema.GetType("Node")!).GetField("child")!.Resolver = ctx =>
            new ValueTask<object?>(new Dictionary<string, object?> { ["id"] = (int)((IReadOnlyDictionary<string, object?>)ctx.Source!)["id"]! + 1 });
        schema.Mutation!.GetField("increment")!.Resolver = ctx =>
            new ValueTask<object?>(Interlocked.Add(ref counter, Convert.ToInt32(ctx.Arguments["by"], System.Globalization.CultureInfo.InvariantCulture)));
        return schema;
    }
}

/// <summary>A response read back: status, media type and the JSON body.</summary>
public sealed record ReadResponse(int Status, string? MediaType, string? Charset, JsonElement Body, string Text, HttpResponseMessage Message)
{
    public static async Task<ReadResponse> From(HttpResponseMessage message)
    {
        var text = await message.Content.ReadAsStringAsync();
        JsonElement body = default;
        if (text.Length > 0)
        {
            try
            {
                body = JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
            }
        }

        return new ReadResponse((int)message.StatusCode, message.Content.Headers.ContentType?.MediaType, message.Content.Headers.ContentType?.CharSet, body, text, message);
    }

    public bool HasData => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("data", out _);

    public JsonElement Data => Body.GetProperty("data");

    public JsonElement FirstError => Body.GetProperty("errors")[0];

    public string? FirstCode => Body.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code) ? code.GetString() : null;
}

public static class HttpResponseExtensions
{
    public static async Task<ReadResponse> ReadAsync(this Task<HttpResponseMessage> message) => await ReadResponse.From(await message);
}
