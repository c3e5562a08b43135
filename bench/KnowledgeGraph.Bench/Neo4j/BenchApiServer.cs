using System.Buffers;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.GraphQL.AspNetCore;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Bench.Neo4j;

/// <summary>
/// The real service (<c>AddKnowledgeGraph</c> + <c>MapKnowledgeGraph</c>) over the store the settings choose, on Kestrel
/// at 127.0.0.1 on a free port. A request is timed two ways: in the server (<see cref="ExecuteAsync"/>: the service's
/// GraphQL executor with the endpoint's options, its resolvers, the store's statement and the JSON response written to a
/// buffer, no HTTP), and as a client sees it (<see cref="PostAsync"/>: a POST to /graphql and the whole response read).
/// </summary>
public sealed class BenchApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GraphQLExecutor _executor;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly HttpClient _http;

    private BenchApiServer(WebApplication app, HttpClient http)
    {
        _app = app;
        _http = http;
        var options = app.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        _executor = new GraphQLExecutor(app.Services.GetRequiredService<KnowledgeGraph.GraphQL.Types.Schema>(), options.ToExecutionOptions());
        if (app.Services.GetRequiredService<StoreHolder>().Store is Neo4jBackend backend)
        {
            var observer = backend.Store.Client.StatementObserver;
            backend.Store.Client.StatementObserver = statement =>
            {
                observer?.Invoke(statement);
                lock (_statements)
                {
                    _statements.Add(statement);
                    if (_statements.Count > 100)
                    {
                        _statements.RemoveAt(0);
                    }
                }
            };
        }
    }

    /// <summary>The statements the Neo4j back-end sent since the last call (empty for SQLite).</summary>
    public IReadOnlyList<CypherStatement> TakeStatements()
    {
        lock (_statements)
        {
            var taken = _statements.ToList();
            _statements.Clear();
            return taken;
        }
    }

    private readonly List<CypherStatement> _statements = [];

    /// <summary>The back-end's name, for the table.</summary>
    public required string Name { get; init; }

    /// <summary>Starts the service with <paramref name="settings"/> (Store:Provider, Store:Path, Neo4j:Uri, ...) and waits until its store is ready.</summary>
    public static async Task<BenchApiServer> StartAsync(string name, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddKnowledgeGraph();
        var app = builder.Build();
        app.MapKnowledgeGraph();
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            using var response = await http.GetAsync(new Uri("/health", UriKind.Relative)).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                break;
            }
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if (body.Contains("\"failed\"", StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                await app.DisposeAsync().ConfigureAwait(false);
                http.Dispose();
                throw new InvalidOperationException($"the {name} API did not become ready: {body}");
            }
            await Task.Delay(200).ConfigureAwait(false);
        }
        return new BenchApiServer(app, http) { Name = name };
    }

    /// <summary>Executes <paramref name="query"/> in the server and writes its response; returns the response's length in bytes.</summary>
    public async Task<int> ExecuteAsync(string query)
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = query }).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = ResultJsonWriter.Encoder, SkipValidation = true }))
        {
            result.WriteTo(writer);
        }
        return _buffer.WrittenCount;
    }

    /// <summary>The response of the last <see cref="ExecuteAsync"/>, as a JSON document.</summary>
    public JsonDocument LastResponse() => JsonDocument.Parse(_buffer.WrittenMemory);

    /// <summary>POSTs <paramref name="query"/> to /graphql and reads the whole response; returns its length in bytes.</summary>
    public async Task<int> PostAsync(string query)
    {
        using var response = await _http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query }).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return response.IsSuccessStatusCode ? bytes.Length : throw new InvalidOperationException($"{Name}: HTTP {(int)response.StatusCode}");
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
