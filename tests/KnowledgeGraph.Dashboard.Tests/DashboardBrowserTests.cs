using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowledgeGraph.Dashboard.Tests;

/// <summary>
/// The dashboard in a real browser (Debian's chromium, headless, software WebGL) against the real service over the
/// seed graph. Screenshots of every view go to TestResults/dashboard/.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardBrowserTests(DashboardServer server, BrowserSession browser, ITestOutputHelper output)
{
    [DashboardBrowserFact]
    public async Task The_page_loads_offline_and_draws_as_many_nodes_as_the_API_counts_and_a_filter_changes_them()
    {
        await using var page = await browser.OpenAsync(server.BaseAddress);
        await page.GotoAsync("/");
        var expected = await ExpectedGraph.CountAsync(server);
        Assert.Equal(expected.Nodes, await page.NumberAsync(".sigma-container", "nodes"));
        Assert.Equal(expected.Relationships, await page.NumberAsync(".sigma-container", "edges"));
        Assert.True(expected.Nodes > 10, "the seed graph draws more than a handful of nodes");
        // The canvas holds a picture (WebGL works): some pixels are not white.
        Assert.True(await page.Page.EvaluateAsync<bool>("() => !!document.querySelector('.sigma-container canvas.sigma-nodes')"));
        await page.ScreenshotAsync("network");

        // A theme with some but not all projects: the view follows the API's count for it.
        var theme = await ExpectedGraph.ThemeWithSomeProjectsAsync(server);
        await page.Page.SelectOptionAsync("#theme", theme);
        await page.ReadyAsync();
        var filtered = await ExpectedGraph.CountAsync(server, theme);
        output.WriteLine($"all: {expected}; theme {theme}: {filtered}");
        Assert.NotEqual(expected.Nodes, filtered.Nodes);
        await Assertions.Expect(page.Page.Locator(".sigma-container")).ToHaveAttributeAsync("data-nodes", filtered.Nodes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(filtered.Relationships, await page.NumberAsync(".sigma-container", "edges"));
        Assert.Contains("theme=" + Uri.EscapeDataString(theme), page.Page.Url, StringComparison.Ordinal);
        page.AssertClean();
        Assert.All(page.Requests, r => Assert.Contains(server.BaseAddress.GetLeftPart(UriPartial.Authority), r, StringComparison.Ordinal));
    }

    [DashboardBrowserFact]
    public async Task Country_network_kinds_and_collapse_are_applied_by_the_API_and_drawn_as_it_counts()
    {
        const string count = """
            query($country: ID, $network: ID, $kinds: [NodeKind!], $collapse: Boolean) {
              subgraph(country: $country, network: $network, kinds: $kinds, collapse: $collapse) { projects nodes { id } edges { type } }
            }
            """;
        async Task<(int Projects, int Nodes, int Edges)> CountAsync(object variables)
        {
            var sub = (await server.DataAsync(count, variables)).GetProperty("subgraph");
            return (sub.GetProperty("projects").GetInt32(), sub.GetProperty("nodes").GetArrayLength(), sub.GetProperty("edges").GetArrayLength());
        }
        var all = await CountAsync(new { });
        // A country and a network that keep some but not all projects (found through the API, not restated).
        var options = await server.DataAsync("{ countries { nodes { id isoCode } } networks { nodes { id } } }");
        (string Id, string Iso)? country = null;
        foreach (var c in options.GetProperty("countries").GetProperty("nodes").EnumerateArray())
        {
            var n = await CountAsync(new { country = c.GetProperty("id").GetString() });
            if (n.Projects > 0 && n.Projects < all.Projects && c.GetProperty("isoCode").GetString() is { } iso)
            {
                country = (c.GetProperty("id").GetString()!, iso);
                break;
            }
        }
        Assert.True(country is not null, "no country keeps some but not all projects of the seed graph");
        // The seed graph's projects may have no partner in any network: the network's count, whatever it is, is drawn.
        var network = options.GetProperty("networks").GetProperty("nodes")[0].GetProperty("id").GetString()!;

        await using var page = await browser.OpenAsync(server.BaseAddress);
        async Task DrawsAsync(string url, (int Projects, int Nodes, int Edges) expected)
        {
            await page.GotoAsync(url);
            Assert.Equal(expected.Nodes, await page.NumberAsync(".sigma-container", "nodes"));
            Assert.Equal(expected.Edges, await page.NumberAsync(".sigma-container", "edges"));
            Assert.Equal(expected.Projects, await page.NumberAsync(".coverage", "projects-loaded"));
        }
        var byCountry = await CountAsync(new { country = country.Value.Id });
        Assert.NotEqual(all.Nodes, byCountry.Nodes);
        await DrawsAsync($"/?country={country.Value.Iso}", byCountry);
        var byNetwork = await CountAsync(new { network });
        await DrawsAsync($"/?network={Uri.EscapeDataString(network)}", byNetwork);
        await DrawsAsync($"/?country={country.Value.Iso}&network={Uri.EscapeDataString(network)}", await CountAsync(new { country = country.Value.Id, network }));
        var cities = await CountAsync(new { kinds = new[] { "Project", "City" }, collapse = true });
        Assert.NotEqual(all.Nodes, cities.Nodes);
        await DrawsAsync("/?kinds=Project,City&collapse=1", cities);
        await page.ScreenshotAsync("network-cities-collapsed");
        // The graph came in one request, whatever the filters.
        Assert.Equal(1, await page.Page.EvaluateAsync<int>("() => kgDashboard.dataLog.length"));
        page.AssertClean();
    }

    [DashboardBrowserFact]
    public async Task Clicking_an_edge_shows_the_quote_of_its_source()
    {
        await using var page = await browser.OpenAsync(server.BaseAddress);
        await page.GotoAsync("/");
        // A partnership whose source quotes a document, as the API tells it.
        var keys = await page.Page.EvaluateAsync<string[]>("() => kgDashboard.graph.filterEdges((e, a) => a.relationship === 'PARTNER_IN')");
        string? key = null;
        string? quote = null;
        foreach (var candidate in keys)
        {
            var parts = candidate.Split('|');
            var data = await server.DataAsync("query($p: ID!, $x: ID!) { node(id: $p) { ... on Project { partners(where: { id: { eq: $x } }) { edges { sources { quote } } } } } }", new { p = parts[2], x = parts[1] });
            quote = data.GetProperty("node").GetProperty("partners").GetProperty("edges").EnumerateArray()
                .SelectMany(e => e.GetProperty("sources").EnumerateArray()).Select(s => s.GetProperty("quote").GetString()).FirstOrDefault(q => !string.IsNullOrEmpty(q));
            if (quote is not null)
            {
                key = candidate;
                break;
            }
        }

        Assert.NotNull(key);
        // Zoom onto the middle of the edge, then click the middle of the view: the click lands on the edge.
        await page.Page.EvaluateAsync("""
            (key) => {
              const view = kgDashboard.views.network;
              const [s, t] = kgDashboard.graph.extremities(key);
              const a = view.renderer.getNodeDisplayData(s), b = view.renderer.getNodeDisplayData(t);
              view.renderer.getCamera().setState({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio: 0.01 });
            }
            """, key);
        await page.Page.WaitForTimeoutAsync(300);
        var box = (await page.Page.Locator(".sigma-container").BoundingBoxAsync())!;
        await page.Page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        var panel = page.Page.Locator("#evidence[data-state=ready]");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-sel", key, new() { Timeout = 15_000 });
        await Assertions.Expect(panel.Locator(".quote").First).ToBeVisibleAsync();
        var quotes = await panel.Locator(".quote").AllTextContentsAsync();
        Assert.Contains(quote, quotes);
        await page.ScreenshotAsync("evidence-edge");
        page.AssertClean();
    }

    [DashboardBrowserFact]
    public async Task The_path_view_shows_the_source_of_every_hop()
    {
        var ids = await server.DataAsync("{ a: cityByName(name: \"Barcelona\") { id } b: cityByName(name: \"Leeds\") { id } }");
        var from = ids.GetProperty("a").GetProperty("id").GetString()!;
        var to = ids.GetProperty("b").GetProperty("id").GetString()!;
        var answer = await server.DataAsync("query($a: ID!, $b: ID!) { connections(from: $a, to: $b, maxHops: 4, first: 3) { length paths { relationships { type } } } }", new { a = from, b = to });
        var length = answer.GetProperty("connections").GetProperty("length").GetInt32();
        var paths = answer.GetProperty("connections").GetProperty("paths").GetArrayLength();

        await using var page = await browser.OpenAsync(server.BaseAddress);
        await page.GotoAsync($"/?view=questions&q=path&a={Uri.EscapeDataString(from)}&b={Uri.EscapeDataString(to)}");
        var result = page.Page.Locator(".question-result[data-state=ready]");
        await Assertions.Expect(result).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        var hops = result.Locator("li.hop");
        Assert.Equal(length * paths, await hops.CountAsync());
        for (var i = 0; i < await hops.CountAsync(); i++)
        {
            Assert.True(await hops.Nth(i).Locator("li.source").CountAsync() > 0, $"hop {i} shows a source");
        }

        await page.ScreenshotAsync("questions-path");
        page.AssertClean();
    }

    [DashboardBrowserFact]
    public async Task The_URL_holds_the_view_state_and_back_and_forward_restore_it()
    {
        await using var page = await browser.OpenAsync(server.BaseAddress);
        await page.GotoAsync("/");
        var theme = await ExpectedGraph.ThemeWithSomeProjectsAsync(server);
        await page.Page.SelectOptionAsync("#theme", theme);
        await page.ReadyAsync();
        await page.Page.Locator("nav.tabs a[data-view=table]").ClickAsync();
        await Assertions.Expect(page.Page.Locator("body[data-view=table]")).ToHaveCountAsync(1);
        var row = page.Page.Locator("table[data-table=nodes] tbody tr").First;
        var id = await row.GetAttributeAsync("data-id");
        await row.Locator("button").ClickAsync();
        await Assertions.Expect(page.Page.Locator("#evidence[data-state=ready]")).ToHaveAttributeAsync("data-sel", id!);
        var nodes = await page.NumberAsync(".table-view", "nodes");
        var url = page.Page.Url;
        output.WriteLine(url);

        // The same URL in a fresh browser gives the same view.
        await using (var again = await browser.OpenAsync(server.BaseAddress))
        {
            await again.GotoAsync(url);
            Assert.Equal(theme, await again.Page.Locator("#theme").InputValueAsync());
            await Assertions.Expect(again.Page.Locator("body[data-view=table]")).ToHaveCountAsync(1);
            await Assertions.Expect(again.Page.Locator("#evidence[data-state=ready]")).ToHaveAttributeAsync("data-sel", id!);
            Assert.Equal(nodes, await again.NumberAsync(".table-view", "nodes"));
            again.AssertClean();
        }

        // Back: the selection goes, then the view; forward brings the view back.
        await page.Page.GoBackAsync();
        await Assertions.Expect(page.Page.Locator("#evidence")).ToBeHiddenAsync();
        await page.Page.GoBackAsync();
        await Assertions.Expect(page.Page.Locator("body[data-view=network]")).ToHaveCountAsync(1);
        Assert.Equal(theme, await page.Page.Locator("#theme").InputValueAsync());
        await page.Page.GoForwardAsync();
        await Assertions.Expect(page.Page.Locator("body[data-view=table]")).ToHaveCountAsync(1);
        page.AssertClean();
    }

    [DashboardBrowserFact]
    public async Task Exports_download_and_parse()
    {
        await using var page = await browser.OpenAsync(server.BaseAddress);
        await page.GotoAsync("/");
        var nodes = await page.NumberAsync(".sigma-container", "nodes");
        var edges = await page.NumberAsync(".sigma-container", "edges");

        var gexf = XDocument.Parse(await DownloadTextAsync(page, "gexf"));
        XNamespace ns = "http://gexf.net/1.3";
        Assert.Equal(ns + "gexf", gexf.Root!.Name);
        Assert.Equal(nodes, gexf.Descendants(ns + "node").Count());
        Assert.Equal(edges, gexf.Descendants(ns + "edge").Count());

        var csv = (await DownloadTextAsync(page, "csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("record,id,", csv[0], StringComparison.Ordinal);
        Assert.Equal(nodes, csv.Count(l => l.StartsWith("node,", StringComparison.Ordinal)));
        Assert.Equal(edges, csv.Count(l => l.StartsWith("relationship,", StringComparison.Ordinal)));

        using var bundle = JsonDocument.Parse(await DownloadTextAsync(page, "json"));
        Assert.Equal("network", bundle.RootElement.GetProperty("state").GetProperty("view").GetString());
        Assert.Contains(bundle.RootElement.GetProperty("graphql").GetProperty("requests").EnumerateArray(), r => r.GetProperty("query").GetString()!.Contains("subgraph(", StringComparison.Ordinal));
        Assert.True(bundle.RootElement.GetProperty("sources").GetArrayLength() > 0);

        var png = await DownloadBytesAsync(page, "png");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        var svg = XDocument.Parse(await DownloadTextAsync(page, "svg"));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Equal(nodes, svg.Descendants().Count(e => e.Name.LocalName == "circle"));

        // The map's own exports.
        await page.Page.Locator("nav.tabs a[data-view=map]").ClickAsync();
        await Assertions.Expect(page.Page.Locator("svg.map path.countries")).ToHaveCountAsync(1);
        var mapSvg = XDocument.Parse(await DownloadTextAsync(page, "svg"));
        Assert.Contains(mapSvg.Descendants(), e => e.Name.LocalName == "path" && (string?)e.Attribute("class") == "countries");
        Assert.Equal(await page.NumberAsync("svg.map", "cities"), mapSvg.Descendants().Count(e => e.Name.LocalName == "circle"));
        page.AssertClean();
    }

    [DashboardBrowserFact]
    public async Task The_keyboard_reaches_a_node_and_opens_its_panel()
    {
        await using var page = await browser.OpenAsync(server.BaseAddress);
        await page.GotoAsync("/");
        var reached = false;
        for (var i = 0; i < 60 && !reached; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            reached = await page.Page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('sigma-container') ?? false");
        }

        Assert.True(reached, "Tab reaches the network");
        var start = await page.Page.Locator(".sigma-container").GetAttributeAsync("data-cursor");
        await page.Page.Keyboard.PressAsync("ArrowRight");
        var cursor = await page.Page.Locator(".sigma-container").GetAttributeAsync("data-cursor");
        Assert.NotEqual(start, cursor);
        Assert.True(await page.Page.EvaluateAsync<bool>("([a, b]) => kgDashboard.graph.areNeighbors(a, b)", new[] { start, cursor }));
        await page.Page.Keyboard.PressAsync("Enter");
        var panel = page.Page.Locator("#evidence[data-state=ready]");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-sel", cursor!);
        var label = await page.Page.EvaluateAsync<string>("(id) => kgDashboard.graph.getNodeAttribute(id, 'label')", cursor);
        await Assertions.Expect(panel.Locator(".node-title")).ToHaveTextAsync(label);
        await page.ScreenshotAsync("keyboard-node");
        await page.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Page.Locator("#evidence")).ToBeHiddenAsync();
        page.AssertClean();
    }

    [DashboardBrowserFact]
    public async Task Every_view_renders_and_is_saved_as_a_screenshot()
    {
        await using var page = await browser.OpenAsync(server.BaseAddress);
        await page.GotoAsync("/?view=map");
        Assert.Equal((await ExpectedGraph.CountAsync(server)).MappedCities, await page.NumberAsync("svg.map", "cities"));
        await page.ScreenshotAsync("map");
        await page.Page.Locator("nav.tabs a[data-view=table]").ClickAsync();
        Assert.Equal(await page.NumberAsync("#coverage", "nodes"), await page.NumberAsync(".table-view", "nodes"));
        await page.ScreenshotAsync("table");
        foreach (var question in new[] { "collaborations", "most" })
        {
            await page.GotoAsync($"/?view=questions&q={question}");
            await Assertions.Expect(page.Page.Locator(".question-result[data-state=ready] table")).Not.ToHaveCountAsync(0, new() { Timeout = 30_000 });
            await page.ScreenshotAsync("questions-" + question);
        }

        await page.Page.Locator("nav.tabs a[data-view=query]").ClickAsync();
        await Assertions.Expect(page.Page.Locator(".query-entry")).Not.ToHaveCountAsync(0);
        await page.ScreenshotAsync("query");

        // A tablet's width.
        await using var tablet = await browser.OpenAsync(server.BaseAddress, 800, 1100);
        await tablet.GotoAsync("/");
        await tablet.ScreenshotAsync("network-tablet");
        page.AssertClean();
        tablet.AssertClean();
    }

    [DashboardBrowserFact]
    public async Task The_query_tab_shows_the_views_query_and_opens_it_in_GraphiQL()
    {
        await using var page = await browser.OpenAsync(server.BaseAddress);
        await page.GotoAsync("/?view=query");
        var entry = page.Page.Locator(".query-entry").First;
        var query = await entry.Locator("pre.query-text").TextContentAsync();
        Assert.Contains("subgraph(", query, StringComparison.Ordinal);
        var graphiql = await page.Page.Context.RunAndWaitForPageAsync(() => entry.Locator("a", new() { HasText = "Open in GraphiQL" }).ClickAsync());
        var editor = graphiql.Locator(".graphiql-query-editor .CodeMirror");
        await Assertions.Expect(editor).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var text = await graphiql.EvaluateAsync<string>("() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue()");
        Assert.Equal(query, text);
        page.AssertClean();
    }

    private static async Task<byte[]> DownloadBytesAsync(BrowserPage page, string format)
    {
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.Locator($"button[data-export={format}]").ClickAsync());
        var path = Path.Combine(BrowserSession.Artifacts, "export-" + download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return await File.ReadAllBytesAsync(path);
    }

    private static async Task<string> DownloadTextAsync(BrowserPage page, string format) =>
        System.Text.Encoding.UTF8.GetString(await DownloadBytesAsync(page, format));
}
