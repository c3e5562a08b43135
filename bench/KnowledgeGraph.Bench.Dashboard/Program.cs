// bench/dashboard: the dashboard in headless chromium (software WebGL, as in the tests) against a running API.
// Usage: KnowledgeGraph.Bench.Dashboard <base-url> [rounds]
//        KnowledgeGraph.Bench.Dashboard sigma-versions <bench/dashboard/sigma-versions folder> [rounds]
// For each view: navigation to the first drawn frame, bytes transferred, and the time of each GraphQL request as
// the page measured it; for the network at about 5k nodes: frame times while panning and while hovering nodes.
// Prints a markdown table (median over the rounds; a fresh browser context each round, so nothing is cached).
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

string[] flags = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--enable-unsafe-swiftshader"];
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = flags });

if (args.Length > 1 && args[0] == "sigma-versions")
{
    // sigma v3 and v4 alternately on the same random graph, a fresh context each round.
    var page = new Uri(Path.GetFullPath(Path.Combine(args[1], "bench.html")));
    var versionRounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
    var results = new Dictionary<string, List<JsonElement>> { ["3"] = [], ["4"] = [] };
    for (var round = 0; round < versionRounds; round++)
    {
        foreach (var version in new[] { "3", "4" })
        {
            await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(page + "?v=" + version);
            await tab.WaitForFunctionAsync("() => window.benchResult", null, new() { Timeout = 900_000 });
            results[version].Add(await tab.EvaluateAsync<JsonElement>("() => window.benchResult"));
        }
    }

    Console.WriteLine($"Load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
    Console.WriteLine("| sigma | nodes / edges | first frame (ms) | idle (ms) | panning median (p95) | hovering median (p95) |");
    Console.WriteLine("|---|---|---|---|---|---|");
    foreach (var (version, list) in results)
    {
        double Median(Func<JsonElement, double> pick) => list.Select(pick).Order().ElementAt(list.Count / 2);
        Console.WriteLine($"| v{version} | {list[0].GetProperty("nodes").GetInt32():N0} / {list[0].GetProperty("edges").GetInt32():N0} | {Median(r => r.GetProperty("firstFrame").GetDouble()):0} | " +
            $"{Median(r => r.GetProperty("idle").GetProperty("median").GetDouble()):0.0} | {Median(r => r.GetProperty("pan").GetProperty("median").GetDouble()):0.0} ({Median(r => r.GetProperty("pan").GetProperty("p95").GetDouble()):0.0}) | " +
            $"{Median(r => r.GetProperty("hover").GetProperty("median").GetDouble()):0.0} ({Median(r => r.GetProperty("hover").GetProperty("p95").GetDouble()):0.0}) |");
    }

    return;
}

var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5080/");
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;

(string Name, string Query)[] views =
[
    ("network, 300 projects (default)", "/"),
    ("network, 1000 projects", "/?limit=1000"),
    ("network, cities only (collapsed), 1000 projects", "/?limit=1000&collapse=1&kinds=City"),
    ("map, 300 projects", "/?view=map"),
    ("table, 300 projects", "/?view=table"),
    ("question: collaborating cities", "/?view=questions&q=collaborations"),
    ("question: most connected", "/?view=questions&q=most"),
    ("question: city profile (Barcelona)", "/?view=questions&q=profile&a=city%3Ageonames%3A3128760"),
    ("question: path Barcelona-Vilnius", "/?view=questions&q=path&a=city%3Ageonames%3A3128760&b=city%3Ageonames%3A593116"),
];

Console.WriteLine("| view | nodes / relationships | first frame or ready (ms) | bytes transferred | GraphQL requests (ms, bytes) |");
Console.WriteLine("|---|---|---|---|---|");
// "frames" as the third argument: the frame times only (the views' table is skipped).
foreach (var (name, query) in args.Length > 2 && args[2] == "frames" ? [] : views)
{
    var samples = new List<Sample>();
    for (var round = 0; round < rounds; round++)
    {
        samples.Add(await MeasureAsync(browser, new Uri(baseUrl, query), query.Contains("questions", StringComparison.Ordinal)));
    }

    var median = samples.OrderBy(s => s.FirstFrameMs).ElementAt(samples.Count / 2);
    var requests = string.Join("; ", median.Requests.Select(r => $"{r.Label} {r.Ms} ms, {r.Bytes / 1024.0:0} KiB"));
    Console.WriteLine($"| {name} | {median.Nodes:N0} / {median.Edges:N0} | {median.FirstFrameMs:0} | {median.TransferBytes / 1024.0:N0} KiB | {requests} |");
}

// Frame times at the largest graph: panning (camera moves every frame) and hovering (a node's neighbourhood lit
// through the reducers, as when the mouse enters it).
Console.WriteLine();
Console.WriteLine($"Load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
foreach (var limit in new[] { 1000, 300 })
{
    await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
    var page = await context.NewPageAsync();
    await page.GotoAsync(new Uri(baseUrl, $"/?limit={limit}").ToString());
    await page.Locator(".network-view[data-layout=done]").WaitForAsync(new() { Timeout = 600_000 });
    var result = await page.EvaluateAsync<JsonElement>("""
        async () => {
          const view = kgDashboard.views.network;
          const camera = view.renderer.getCamera();
          const frames = async (count, step) => {
            const times = [];
            let last = performance.now();
            for (let i = 0; i < count; i += 1) {
              step(i);
              await new Promise((resolve) => requestAnimationFrame(resolve));
              const now = performance.now();
              times.push(now - last);
              last = now;
            }
            times.sort((a, b) => a - b);
            return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
          };
          const idle = await frames(40, () => {});
          const start = camera.getState();
          const pan = await frames(40, (i) => camera.setState({ ...start, x: start.x + Math.sin(i / 10) * 0.2 }));
          const nodes = kgDashboard.graph.nodes().sort((a, b) => kgDashboard.graph.degree(b) - kgDashboard.graph.degree(a)).slice(0, 40);
          const hover = await frames(nodes.length, (i) => view.hover(nodes[i]));
          view.hover(null);
          // The floor, in the same page and container: a bare sigma (default settings, no reducers, no events of
          // ours) over a copy of the same graph and positions; panning it, and redrawing it every frame (all nodes
          // and edges processed again, what a hover costs without any reducer work).
          const Sigma = view.renderer.constructor;
          view.renderer.kill();
          view.renderer = null;
          const bare = new Sigma(kgDashboard.graph.copy(), view.container, { allowInvalidContainer: true });
          await frames(10, () => {});
          const bareCamera = bare.getCamera();
          const bareStart = bareCamera.getState();
          const barePan = await frames(40, (i) => bareCamera.setState({ ...bareStart, x: bareStart.x + Math.sin(i / 10) * 0.2 }));
          const bareRedraw = await frames(40, () => bare.refresh({ skipIndexation: true }));
          bare.kill();
          return { nodes: kgDashboard.graph.order, edges: kgDashboard.graph.size, large: view.large, idle, pan, hover, barePan, bareRedraw };
        }
        """);
    Console.WriteLine();
    Console.WriteLine($"Frame times, network of {result.GetProperty("nodes").GetInt32():N0} nodes and {result.GetProperty("edges").GetInt32():N0} relationships: " +
        $"panning median {result.GetProperty("pan").GetProperty("median").GetDouble():0.0} ms (p95 {result.GetProperty("pan").GetProperty("p95").GetDouble():0.0}), " +
        $"hovering median {result.GetProperty("hover").GetProperty("median").GetDouble():0.0} ms (p95 {result.GetProperty("hover").GetProperty("p95").GetDouble():0.0}); " +
        $"idle frames (nothing redrawn) median {result.GetProperty("idle").GetProperty("median").GetDouble():0.0} ms; " +
        $"large-graph settings: {result.GetProperty("large").GetBoolean()}. Floor (bare sigma, same graph, same run): panning median {result.GetProperty("barePan").GetProperty("median").GetDouble():0.0} ms, " +
        $"full redraw median {result.GetProperty("bareRedraw").GetProperty("median").GetDouble():0.0} ms; ratios to the floor: panning " +
        $"{result.GetProperty("pan").GetProperty("median").GetDouble() / result.GetProperty("barePan").GetProperty("median").GetDouble():0.00}, hovering " +
        $"{result.GetProperty("hover").GetProperty("median").GetDouble() / result.GetProperty("bareRedraw").GetProperty("median").GetDouble():0.00}.");
}

static async Task<Sample> MeasureAsync(IBrowser browser, Uri url, bool question)
{
    await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
    var page = await context.NewPageAsync();
    await page.GotoAsync(url.ToString());
    await page.Locator("body[data-state=ready]").WaitForAsync(new() { Timeout = 600_000 });
    if (question)
    {
        await page.Locator(".question-result[data-state=ready]").WaitForAsync(new() { Timeout = 120_000 });
    }
    else if (url.Query.Contains("view=", StringComparison.Ordinal) is false)
    {
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('kg-first-frame').length > 0", null, new() { Timeout = 120_000 });
    }

    await page.EvaluateAsync("() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
    var data = await page.EvaluateAsync<JsonElement>("""
        () => {
          const mark = performance.getEntriesByName('kg-first-frame')[0];
          const resources = performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'));
          return {
            firstFrame: mark ? mark.startTime : performance.now(),
            transfer: resources.reduce((sum, r) => sum + (r.transferSize || 0), 0),
            nodes: kgDashboard.graph?.order ?? 0,
            edges: kgDashboard.graph?.size ?? 0,
            requests: kgDashboard.client.log.map((r) => ({ label: r.label, ms: r.ms, bytes: r.bytes })),
          };
        }
        """);
    var requests = data.GetProperty("requests").EnumerateArray()
        .Select(r => new Request(r.GetProperty("label").GetString()!, r.GetProperty("ms").GetInt32(), r.GetProperty("bytes").GetInt64())).ToList();
    return new Sample(data.GetProperty("firstFrame").GetDouble(), data.GetProperty("transfer").GetInt64(), data.GetProperty("nodes").GetInt32(), data.GetProperty("edges").GetInt32(), requests);
}

internal sealed record Request(string Label, int Ms, long Bytes);

internal sealed record Sample(double FirstFrameMs, long TransferBytes, int Nodes, int Edges, List<Request> Requests);
