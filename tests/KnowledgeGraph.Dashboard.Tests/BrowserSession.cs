using KnowledgeGraph.GraphQL.AspNetCore.Tests.GraphiQL;
using KnowledgeGraph.Tests.Shared;
using Microsoft.Playwright;

namespace KnowledgeGraph.Dashboard.Tests;

/// <summary>
/// Debian's chromium, headless, driven by Playwright: launched once per test class. WebGL runs on SwiftShader (no
/// GPU); every request to a host other than the server's is aborted and recorded, and console errors, page errors,
/// failed requests and HTTP errors are collected as problems.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    /// <summary>The browser's flags: those of the GraphiQL tests, plus no QUIC and software WebGL.</summary>
    public static readonly string[] Arguments = [.. Chromium.Arguments, "--disable-quic", "--enable-unsafe-swiftshader"];

    private IPlaywright? _playwright;

    /// <summary>The browser (null until <see cref="InitializeAsync"/>, or when the browser tests are skipped).</summary>
    public IBrowser? Browser { get; private set; }

    /// <summary>Where screenshots and downloads go: TestResults/dashboard under the repository (gitignored).</summary>
    public static string Artifacts
    {
        get
        {
            var folder = TestPaths.InRepo("TestResults", "dashboard");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (DashboardBrowserFactAttribute.Reason is not null)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.ExecutablePath, Headless = true, Args = Arguments });
    }

    /// <summary>A fresh context (1280x800 unless told) with a page that records requests and problems.</summary>
    public async Task<BrowserPage> OpenAsync(Uri server, int width = 1280, int height = 800)
    {
        var context = await Browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true });
        var page = new BrowserPage(context, await context.NewPageAsync(), server);
        await page.InstallAsync();
        return page;
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A page of the dashboard with what it asked for and what went wrong.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page, Uri server) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Requests { get; } = [];

    public List<string> Blocked { get; } = [];

    public List<string> Problems { get; } = [];

    internal async Task InstallAsync()
    {
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            lock (Requests)
            {
                Requests.Add(route.Request.Method + " " + route.Request.Url);
            }

            // blob: and data: URLs (exports, the layout worker) never reach the network.
            if (url.Scheme is "blob" or "data" || (url.Host == server.Host && url.Port == server.Port))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (Blocked)
                {
                    Blocked.Add(route.Request.Url);
                }

                await route.AbortAsync("blockedbyclient");
            }
        });
        Page.Console += (_, message) =>
        {
            if (message.Type is "error")
            {
                Add("console error: " + message.Text);
            }
        };
        Page.PageError += (_, error) => Add("page error: " + error);
        Page.RequestFailed += (_, request) => Add($"request failed: {request.Method} {request.Url} ({request.Failure})");
        Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    private void Add(string problem)
    {
        lock (Problems)
        {
            Problems.Add(problem);
        }
    }

    /// <summary>Opens a dashboard URL (relative to the server) and waits until its data is drawn.</summary>
    public async Task GotoAsync(string relative)
    {
        var response = await Page.GotoAsync(new Uri(server, relative).ToString());
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        await ReadyAsync();
    }

    /// <summary>Waits for the graph to be loaded and, in the network view, for the layout to stop.</summary>
    public async Task ReadyAsync()
    {
        await Assertions.Expect(Page.Locator("body[data-state=ready]")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        if (await Page.Locator("body[data-view=network]").CountAsync() == 1)
        {
            await Assertions.Expect(Page.Locator(".network-view[data-layout=done]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        }
    }

    /// <summary>The number in a data- attribute of an element.</summary>
    public async Task<int> NumberAsync(string selector, string attribute) =>
        int.Parse(await Page.Locator(selector).GetAttributeAsync("data-" + attribute) ?? "-1", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Saves a screenshot under TestResults/dashboard.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(BrowserSession.Artifacts, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path });
        return path;
    }

    /// <summary>No request left the server's origin and nothing went wrong.</summary>
    public void AssertClean()
    {
        Assert.Empty(Blocked);
        Assert.Empty(Problems);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}

/// <summary>A fact that needs chromium (installed on demand when possible) and the dashboard's bundle.</summary>
public sealed class DashboardBrowserFactAttribute : FactAttribute
{
    public DashboardBrowserFactAttribute()
    {
        if (Reason is { } reason)
        {
            Skip = "browser test skipped: " + reason;
        }
    }

    /// <summary>Null when the browser tests can run; otherwise why not.</summary>
    public static string? Reason =>
        !DashboardPage.IsBundled ? "the dashboard was not bundled into this build (node/npm missing when it was built)" : Chromium.SkipReason;
}
