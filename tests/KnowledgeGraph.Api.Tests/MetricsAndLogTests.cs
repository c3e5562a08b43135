using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The Prometheus scrape endpoint on the management port (not on the public one) with the GraphQL, store and runtime
/// metrics in a well-formed exposition (checked line by line here, and by <c>promtool check metrics</c> when it is
/// installed), and the one structured log line per request without variable values.
/// </summary>
public sealed partial class MetricsAndLogTests : IAsyncLifetime
{
    private readonly LogSink _logs = new();
    private readonly int _managementPort = ApiServer.FreePort();
    private ApiServer _server = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        _server = new ApiServer
        {
            ManagementPort = _managementPort,
            Settings = new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" },
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(_logs),
        };
        await _server.InitializeAsync();
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Metrics_are_scraped_on_the_management_port_only_in_the_exposition_format()
    {
        await _server.PostAsync("query MetricsProbe($name: String!) { cityByName(name: $name) { name } }", new { name = "Barcelona" });
        await _server.PostAsync("query MetricsRejected { noSuchField }");

        using var management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_managementPort}") };
        var text = await ScrapeUntilAsync(management, "MetricsRejected");
        Assert.Matches(new Regex("""graphql_server_request_duration_seconds_count\{[^}]*graphql_operation_name="MetricsProbe"[^}]*graphql_outcome="ok"[^}]*\} [1-9]"""), text);
        Assert.Matches(new Regex("""graphql_server_request_duration_seconds_bucket\{[^}]*graphql_operation_name="MetricsRejected"[^}]*graphql_outcome="GRAPHQL_VALIDATION_FAILED"""), text);
        Assert.Matches(new Regex("""graphql_server_rejected_total\{[^}]*graphql_error_code="GRAPHQL_VALIDATION_FAILED"[^}]*\} [1-9]"""), text);
        Assert.Matches(new Regex("""graphql_server_errors_total\{[^}]*graphql_error_code="GRAPHQL_VALIDATION_FAILED"[^}]*\} [1-9]"""), text);
        Assert.Matches(new Regex("""graphql_document_cache_lookups_total\{[^}]*graphql_document_cached="false"[^}]*\} [1-9]"""), text);
        Assert.Matches(new Regex("""db_client_operation_duration_seconds_count\{[^}]*db_system_name="sqlite"[^}]*\} [1-9]"""), text);
        Assert.Matches(new Regex("""kg_graphql_request_statements_sum\{[^}]*\} [1-9]"""), text);
        Assert.Contains("graphql_server_active_requests", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Barcelona", text, StringComparison.Ordinal);
        AssertExposition(text);
        await AssertPromtoolAcceptsAsync(text);

        using var publicScrape = await _server.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, publicScrape.StatusCode);
    }

    [Fact]
    public async Task Each_request_writes_one_information_line_with_operation_status_duration_statements_and_ids()
    {
        var body = await _server.PostAsync("query LogProbe($name: String!) { cityByName(name: $name) { name } countries(first: 1) { nodes { name } } }", new { name = "Barcelona" });
        Assert.False(body.TryGetProperty("errors", out _));
        var line = await LineAsync("LogProbe");
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("query", line.State["OperationType"]);
        Assert.Equal(200, line.State["StatusCode"]);
        Assert.Equal("ok", line.State["Outcome"]);
        Assert.Equal(2, line.State["Statements"]);
        Assert.IsType<double>(line.State["DurationMs"]);
        Assert.False(string.IsNullOrEmpty((string?)line.State["RequestId"]));
        Assert.DoesNotContain("Barcelona", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cityByName", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(line.State.Values, v => v is string s && s.Contains("Barcelona", StringComparison.Ordinal));

        await _server.PostAsync("query LogRejected { noSuchField }");
        var rejected = await LineAsync("LogRejected");
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", rejected.State["Outcome"]);
        Assert.Equal(0, rejected.State["Statements"]);
    }

    private async Task<LogLine> LineAsync(string operationName)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var lines = _logs.Snapshot().Where(l => l.Category == "KnowledgeGraph.Api.Requests" && Equals(l.State.GetValueOrDefault("OperationName"), operationName)).ToList();
            if (lines.Count > 0)
            {
                return Assert.Single(lines);
            }
            await Task.Delay(50);
        }
        Assert.Fail($"No request line for {operationName}.");
        return null!;
    }

    /// <summary>Scrapes until the exposition mentions <paramref name="marker"/> (the request's metrics are recorded once it is answered).</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient client, string marker)
    {
        var text = "";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            text = await response.Content.ReadAsStringAsync();
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                return text;
            }
            await Task.Delay(200);
        }
        Assert.Fail("The scrape never showed " + marker + ":\n" + text);
        return text;
    }

    /// <summary>
    /// Checks the Prometheus text format: comments are HELP or TYPE (or EOF), every sample belongs to a family typed before
    /// it, labels are <c>name="value"</c> with escapes, values are numbers.
    /// </summary>
    private static void AssertExposition(string text)
    {
        var families = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line == "# EOF")
            {
                continue;
            }
            if (line.StartsWith('#'))
            {
                var comment = CommentLine().Match(line);
                Assert.True(comment.Success, "Bad comment line: " + line);
                if (comment.Groups[1].Value == "TYPE")
                {
                    Assert.Contains(comment.Groups[3].Value, new[] { "counter", "gauge", "histogram", "summary", "untyped" });
                    Assert.True(families.TryAdd(comment.Groups[2].Value, comment.Groups[3].Value), "Family typed twice: " + line);
                }
                continue;
            }
            var sample = SampleLine().Match(line);
            Assert.True(sample.Success, "Bad sample line: " + line);
            var name = sample.Groups[1].Value;
            var family = families.Keys.FirstOrDefault(f => name == f || (name.StartsWith(f, StringComparison.Ordinal) && name[f.Length..] is "_bucket" or "_sum" or "_count" or "_total" or "_created"));
            Assert.True(family is not null, "Sample of an untyped family: " + line);
            var value = sample.Groups[3].Value;
            Assert.True(value is "+Inf" or "-Inf" or "NaN" || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _), "Bad value: " + line);
            samples++;
        }
        Assert.True(samples > 10, $"Only {samples} samples.");
    }

    /// <summary>Runs <c>promtool check metrics</c> on the exposition when promtool is installed (Debian's <c>prometheus</c> package).</summary>
    private static async Task AssertPromtoolAcceptsAsync(string text)
    {
        var promtool = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "promtool")).FirstOrDefault(File.Exists);
        if (promtool is null)
        {
            return;
        }
        using var process = Process.Start(new ProcessStartInfo(promtool, "check metrics")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        await process.StandardInput.WriteAsync(text);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // promtool's lint also prints naming advice (exit 3); 1 is a parse error.
        Assert.True(process.ExitCode != 1, "promtool check metrics failed: " + output);
    }

    [GeneratedRegex("""^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) ?(.*)$""")]
    private static partial Regex CommentLine();

    [GeneratedRegex("""^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (\S+)( -?\d+)?$""")]
    private static partial Regex SampleLine();

    /// <summary>One log entry with its structured values.</summary>
    private sealed record LogLine(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> State);

    /// <summary>A logger provider that keeps every entry with its structured values.</summary>
    private sealed class LogSink : ILoggerProvider
    {
        private readonly List<LogLine> _lines = [];

        public List<LogLine> Snapshot()
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(LogSink sink, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                    : [];
                lock (sink._lines)
                {
                    sink._lines.Add(new LogLine(category, logLevel, formatter(state, exception), values));
                }
            }
        }
    }
}
