using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Dashboard.Tests;

/// <summary>
/// The real service as Program.cs composes it (<c>AddKnowledgeGraph</c>, <c>MapKnowledgeGraph</c>,
/// <c>MapDashboard</c>) on Kestrel at 127.0.0.1 (port 0), over a temp store seeded from graph-seed/ or, when
/// <see cref="StorePath"/> is given, over that store.
/// </summary>
public class DashboardServer : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private WebApplication? _app;

    /// <summary>An existing store to serve instead of a fresh seeded one.</summary>
    public string? StorePath { get; init; }

    /// <summary>The base address, such as http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client of the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <inheritdoc/>
    public virtual async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _folder.Path, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Path"] = StorePath ?? _folder.File("graph.db"),
            ["Seed:Path"] = TestPaths.GraphSeed,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddKnowledgeGraph();
        _app = builder.Build();
        _app.MapKnowledgeGraph();
        _app.MapDashboard();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            using var response = await Client.GetAsync(new Uri("health", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The service did not become ready: " + await response.Content.ReadAsStringAsync());
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Posts a query that must succeed and returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("graphql", UriKind.Relative), new { query, variables });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var body = document.RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), "errors: " + errors.ToString());
        return body.GetProperty("data").Clone();
    }

    /// <inheritdoc/>
    public virtual async Task DisposeAsync()
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

/// <summary>One seeded server and one browser shared by the dashboard's tests.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardServer>, ICollectionFixture<BrowserSession>
{
    /// <summary>The collection name.</summary>
    public const string Name = "dashboard server";
}
