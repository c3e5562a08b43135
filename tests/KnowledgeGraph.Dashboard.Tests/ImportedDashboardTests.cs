using KnowledgeGraph.Import;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Tests.Shared;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowledgeGraph.Dashboard.Tests;

/// <summary>
/// The service over all of ../shared/data imported into a temp store (as <c>kg-seed import all</c> does), for the
/// dashboard on the real graph. Absent data: nothing is started and the tests skip.
/// </summary>
public sealed class ImportedDashboardServer : DashboardServer
{
    private readonly TempFolder _store = new();

    public ImportedDashboardServer()
    {
        StorePath = _store.File("imported.db");
    }

    /// <summary>The real data folder beside the repository, or null.</summary>
    public static string? SharedData
    {
        get
        {
            var data = Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "data"));
            return Directory.Exists(data) ? data : null;
        }
    }

    public override async Task InitializeAsync()
    {
        if (SharedData is not { } data || DashboardBrowserFactAttribute.Reason is not null)
        {
            return;
        }

        var plan = ImportPlan.Prepare("all", data);
        await using (var store = SqliteGraphStore.Open(StorePath!))
        {
            await store.LoadAsync(plan.Batches);
        }

        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        if (Client is not null)
        {
            await base.DisposeAsync();
        }

        _store.Dispose();
    }
}

/// <summary>A browser fact over the imported data; skipped, saying so, when ../shared/data is absent.</summary>
public sealed class ImportedDashboardFactAttribute : FactAttribute
{
    public ImportedDashboardFactAttribute()
    {
        if (DashboardBrowserFactAttribute.Reason is { } reason)
        {
            Skip = "browser test skipped: " + reason;
        }
        else if (ImportedDashboardServer.SharedData is null)
        {
            Skip = "needs ../shared/data (the real open datasets beside the repository); skipped because the folder is absent";
        }
    }
}

/// <summary>The dashboard on the imported open data: the network and the map draw what the API counts.</summary>
public sealed class ImportedDashboardTests(ImportedDashboardServer server, BrowserSession browser, ITestOutputHelper output) : IClassFixture<ImportedDashboardServer>, IClassFixture<BrowserSession>
{
    [ImportedDashboardFact]
    public async Task The_imported_graph_is_drawn_in_the_network_and_on_the_map()
    {
        await using var page = await browser.OpenAsync(server.BaseAddress);
        await page.GotoAsync("/");
        var expected = await ExpectedGraph.CountAsync(server);
        output.WriteLine($"imported, 300 projects: {expected}");
        Assert.Equal(expected.Nodes, await page.NumberAsync(".sigma-container", "nodes"));
        Assert.Equal(expected.Relationships, await page.NumberAsync(".sigma-container", "edges"));
        Assert.True(expected.Nodes > 1000, "the imported graph draws thousands of nodes");
        await page.ScreenshotAsync("imported-network");

        await page.Page.Locator("nav.tabs a[data-view=map]").ClickAsync();
        await Assertions.Expect(page.Page.Locator("svg.map circle.city")).Not.ToHaveCountAsync(0);
        Assert.Equal(expected.MappedCities, await page.NumberAsync("svg.map", "cities"));
        Assert.True(await page.NumberAsync("svg.map", "arcs") > 0);

        // Selecting a city on the map selects it in the network too (one selection, in the URL).
        var city = page.Page.Locator("svg.map circle.city").Last;
        var id = await city.GetAttributeAsync("data-id");
        await city.DispatchEventAsync("click");
        await Assertions.Expect(page.Page.Locator("#evidence[data-state=ready]")).ToHaveAttributeAsync("data-sel", id!);
        Assert.Contains("sel=" + Uri.EscapeDataString(id!), page.Page.Url, StringComparison.Ordinal);
        Assert.True(await page.NumberAsync("svg.map", "focus-cities") > 0);
        await page.ScreenshotAsync("imported-map");
        await page.Page.Locator("nav.tabs a[data-view=network]").ClickAsync();
        await page.ReadyAsync();
        Assert.True(await page.Page.EvaluateAsync<bool>("(id) => kgDashboard.views.network.focusSet?.has(id) ?? false", id));
        page.AssertClean();
    }

    [ImportedDashboardFact]
    public async Task A_pair_of_collaborating_cities_shows_the_partnerships_behind_it()
    {
        await using var page = await browser.OpenAsync(server.BaseAddress);
        await page.GotoAsync("/?view=questions&q=collaborations");
        var pair = page.Page.Locator(".question-result[data-state=ready] button.pair").First;
        await Assertions.Expect(pair).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var shared = int.Parse((await pair.TextContentAsync())!, System.Globalization.CultureInfo.InvariantCulture);
        await pair.ClickAsync();
        var panel = page.Page.Locator("#evidence[data-state=ready]");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-sel", new System.Text.RegularExpressions.Regex("^SHARED_PROJECTS\\|"), new() { Timeout = 30_000 });
        // All the pair's shared projects are counted, not only those among the loaded projects.
        await Assertions.Expect(panel).ToContainTextAsync($"{shared} shared project");
        // Both cities take part (directly or through organisations) in every shared project shown, each with sources.
        var relationships = panel.Locator("section.relationship");
        Assert.True(await relationships.CountAsync() >= 2, "at least one partnership per city");
        for (var i = 0; i < await relationships.CountAsync(); i++)
        {
            Assert.True(await relationships.Nth(i).Locator("li.source").CountAsync() > 0, $"partnership {i} shows its sources");
        }

        await page.ScreenshotAsync("imported-pair-evidence");
        page.AssertClean();
    }
}
