using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The real service on Kestrel at 127.0.0.1 (port 0) over a temp store seeded from graph-seed/ (or loaded with
/// <see cref="Graph"/>), built with the same <c>AddServiceDefaults</c>/<c>AddKnowledgeGraph</c> and
/// <c>MapServiceDefaults</c>/<c>MapKnowledgeGraph</c> as Program.cs.
/// </summary>
public class ApiServer : IAsyncLifetime
{
    /// <summary>The API key the server is configured with.</summary>
    public const string Key = "test-key-0123456789";

    private readonly TempFolder _folder = new();
    private WebApplication? _app;

    /// <summary>The configured key; null starts the service without one (mutations disabled).</summary>
    public string? ConfiguredKey { get; init; } = Key;

    /// <summary>
    /// Facts loaded into the store before the service starts (so it does not seed it from graph-seed/); null seeds as in
    /// production.
    /// </summary>
    public GraphBatch? Graph { get; init; }

    /// <summary>More configuration (such as <c>Store:Provider</c> or <c>GraphQL:Timeout</c>), over the test's own.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>More service registrations, made after the service's own (a later registration wins).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>A second port the server listens on, configured as <c>Api:ManagementPort</c>; null for none.</summary>
    public int? ManagementPort { get; init; }

    /// <summary>Whether start-up waits for <c>/health</c> to say ready (and fails when the store fails).</summary>
    public bool WaitForReady { get; init; } = true;

    /// <summary>The base address, such as http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client of the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The store file.</summary>
    public string StorePath => _folder.File("graph.db");

    /// <summary>The open store the service holds (any back-end), for tests that read it directly.</summary>
    public KnowledgeGraph.Store.Backends.IGraphBackend Backend => _app!.Services.GetRequiredService<StoreHolder>().Store;

    /// <summary>Statements the store has run for queries and analytics so far (the back-end-neutral counter).</summary>
    public long Statements => _app!.Services.GetRequiredService<StoreHolder>().Store.Statements.StatementsExecuted;

    /// <summary>Statements the store's query executor stopped because their request's time ran out or its client left.</summary>
    public long Interrupted => ((SqliteGraphStore)_app!.Services.GetRequiredService<StoreHolder>().Store).Queries.StatementsInterrupted;

    /// <summary>Read connections of the store's query executor opened and not running a statement now.</summary>
    public (int Open, int Idle) ReadConnections
    {
        get
        {
            var queries = ((SqliteGraphStore)_app!.Services.GetRequiredService<StoreHolder>().Store).Queries;
            return (queries.OpenConnections, queries.IdleConnections);
        }
    }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (Graph is not null)
        {
            await using var store = SqliteGraphStore.Open(StorePath, CityNetworksModel.Instance);
            await store.LoadAsync([Graph]);
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _folder.Path, EnvironmentName = "Testing" });
        var settings = new Dictionary<string, string?>
        {
            ["Store:Path"] = StorePath,
            ["Seed:Path"] = TestPaths.GraphSeed,
            ["Api:Key"] = ConfiguredKey,
        };
        if (ManagementPort is { } managementPort)
        {
            settings["Api:ManagementPort"] = managementPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(ManagementPort is { } port ? ["http://127.0.0.1:0", $"http://127.0.0.1:{port}"] : ["http://127.0.0.1:0"]);
        builder.AddServiceDefaults();
        builder.AddKnowledgeGraph();
        ConfigureServices?.Invoke(builder.Services);
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapKnowledgeGraph();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => ManagementPort is not { } port || !a.EndsWith($":{port}", StringComparison.Ordinal));
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (WaitForReady)
        {
            await WaitReadyAsync(Client);
        }
    }

    /// <summary>A TCP port free on 127.0.0.1 now (for a second listening address such as the management port).</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls /health until 200 (or fails after a minute).</summary>
    public static async Task WaitReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
                var body = await response.Content.ReadAsStringAsync();
                if (body.Contains("\"failed\"", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("The store failed: " + body);
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The service did not become ready.");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Posts a GraphQL request and returns the whole response body.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? key = null, bool bearer = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (key is not null)
        {
            if (bearer)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            }
            else
            {
                request.Headers.Add("X-Api-Key", key);
            }
        }
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Posts a query that must succeed and returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var body = await PostAsync(query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), "errors: " + errors.ToString());
        return body.GetProperty("data");
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _folder.Dispose();
    }
}

/// <summary>One seeded server shared by the read-only tests.</summary>
[CollectionDefinition(Name)]
public sealed class ReadServerCollection : ICollectionFixture<ApiServer>
{
    /// <summary>The collection name.</summary>
    public const string Name = "read server";
}

/// <summary>The service over <see cref="Fixtures.InterregFixture"/>, shared by the research-question tests.</summary>
public sealed class InterregServer : ApiServer
{
    /// <summary>Creates the server over the fixture.</summary>
    public InterregServer()
    {
        Graph = Fixtures.InterregFixture.Batch();
    }

    /// <summary>
    /// Runs <c>{ selection }</c>, checks it succeeded with one store statement for the question, plus one look-up when
    /// its arguments give a scope node (theme, programme, network or country other than the question's subject), and
    /// returns <c>data.field</c>.
    /// </summary>
    public async Task<JsonElement> FieldAsync(string field, string selection)
    {
        var before = Statements;
        var data = await DataAsync("{ " + selection + " }");
        var open = selection.IndexOf('(', StringComparison.Ordinal);
        var arguments = open < 0 || open > selection.IndexOf('{', StringComparison.Ordinal) ? "" : selection[open..selection.IndexOf(')', open)];
        var subject = field switch { "programmeProjects" => "programme", "countryPartners" => "country", _ => "" };
        var scoped = new[] { "theme", "programme", "network", "country" }
            .Any(name => name != subject && System.Text.RegularExpressions.Regex.IsMatch(arguments, $@"\b{name}\s*:"));
        Assert.Equal(scoped ? 2 : 1, Statements - before);
        return data.GetProperty(field);
    }
}

/// <summary>One server over the Interreg-shaped fixture shared by the read-only research-question tests.</summary>
[CollectionDefinition(Name)]
public sealed class InterregServerCollection : ICollectionFixture<InterregServer>
{
    /// <summary>The collection name.</summary>
    public const string Name = "interreg server";
}
