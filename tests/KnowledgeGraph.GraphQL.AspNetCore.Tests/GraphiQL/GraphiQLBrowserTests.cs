using KnowledgeGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests.GraphiQL;

/// <summary>
/// GraphiQL in a real browser (Debian's chromium, headless, driven by Playwright) against a real Kestrel server.
/// Every request to a host other than 127.0.0.1 is aborted, so the page can only work from the endpoint's own
/// bundle. A screenshot is written to the test output folder (graphiql.png).
/// </summary>
public sealed class GraphiQLBrowserTests(ITestOutputHelper output)
{
    private const string ApiKeyHeader = "X-Api-Key";

    private static Schema BrowserSchema()
    {
        var schema = SdlSchemaBuilder.Build("type Query { hello(name: String): String apiKey: String }");
        var query = schema.Query!;
        query.GetField("hello")!.Resolver = ctx =>
            new ValueTask<object?>("Hello, " + (ctx.Arguments.TryGetValue("name", out var n) && n is string s ? s : "world") + "!");
        query.GetField("apiKey")!.Resolver = ctx =>
            new ValueTask<object?>(ctx.UserContext is HttpContext http && http.Request.Headers.TryGetValue(ApiKeyHeader, out var key) ? key.ToString() : null);
        return schema;
    }

    [ChromiumFact]
    public async Task GraphiQL_runs_a_query_offline_and_sends_the_headers_editors_headers()
    {
        await using var host = await TestHost.StartAsync(map: app =>
            app.MapGraphQL("/graphql", BrowserSchema(), new GraphQLServerOptions().UseGraphiQL(new GraphiQLPage { Title = "Knowledge graph GraphiQL" })));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });

        var problems = new List<string>();
        var requests = new List<string>();
        var blocked = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            lock (requests)
            {
                requests.Add(route.Request.Method + " " + route.Request.Url);
            }

            if (url.Host == "127.0.0.1")
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (blocked)
                {
                    blocked.Add(route.Request.Url);
                }

                await route.AbortAsync("blockedbyclient");
            }
        });

        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error")
            {
                lock (problems)
                {
                    problems.Add("console error: " + message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add("page error: " + error);
            }
        };
        page.RequestFailed += (_, request) =>
        {
            lock (problems)
            {
                problems.Add($"request failed: {request.Method} {request.Url} ({request.Failure})");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (problems)
                {
                    problems.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
                }
            }
        };

        var visit = await page.GotoAsync(host.GraphQLUri.ToString(), new() { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(visit);
        Assert.Equal(200, visit.Status);
        Assert.Equal("Knowledge graph GraphiQL", await page.TitleAsync());
        Assert.Equal(GraphiQLPage.ContentSecurityPolicy, await visit.HeaderValueAsync("content-security-policy"));

        // The editor appears (and introspection has loaded the schema: the docs know Query.hello).
        var queryEditor = page.Locator(".graphiql-query-editor .CodeMirror");
        await Assertions.Expect(queryEditor).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".graphiql-execute-button")).ToBeVisibleAsync();

        // Type the query as a person would (the editor closes braces itself: its text is checked below).
        await queryEditor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.TypeAsync("{ hello", new() { Delay = 20 });
        await page.Keyboard.PressAsync("Escape");
        var typed = await page.EvaluateAsync<string>("() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue()");
        output.WriteLine("query editor: " + typed);
        Assert.Equal("{hello}", System.Text.RegularExpressions.Regex.Replace(typed, "\\s+", ""));

        await page.Locator(".graphiql-execute-button").ClickAsync();
        var result = page.Locator(".graphiql-response .result-window");
        await Assertions.Expect(result).ToContainTextAsync("\"hello\": \"Hello, world!\"", new() { Timeout = 15_000 });

        var screenshot = Path.Combine(AppContext.BaseDirectory, "graphiql.png");
        await page.ScreenshotAsync(new() { Path = screenshot });
        output.WriteLine("screenshot: " + screenshot);

        // The headers editor: a curator's API key goes with the request.
        await page.Locator(".graphiql-editor-tools button[data-name=headers]").ClickAsync();
        var headersEditor = page.Locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror");
        await Assertions.Expect(headersEditor).ToBeVisibleAsync();
        await headersEditor.EvaluateAsync("(el, text) => el.CodeMirror.setValue(text)", $"{{ \"{ApiKeyHeader}\": \"curator-key\" }}");
        await queryEditor.EvaluateAsync("el => el.CodeMirror.setValue('{ apiKey }')");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await Assertions.Expect(result).ToContainTextAsync("\"apiKey\": \"curator-key\"", new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "graphiql-headers.png") });

        // A dialog (it injects a <style> element: the reason for style-src 'unsafe-inline').
        await page.Locator("button[aria-label='Open settings dialog']").ClickAsync();
        await Assertions.Expect(page.Locator(".graphiql-dialog")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".graphiql-dialog")).ToHaveCountAsync(0);

        foreach (var request in requests)
        {
            output.WriteLine(request);
        }

        Assert.Empty(blocked);
        Assert.Empty(problems);
        Assert.All(requests, r => Assert.StartsWith(r.Split(' ')[0] + " " + host.BaseAddress.GetLeftPart(UriPartial.Authority), r, StringComparison.Ordinal));
        Assert.Contains(requests, r => r.StartsWith("POST ", StringComparison.Ordinal) && r.EndsWith("/graphql", StringComparison.Ordinal));
    }
}
