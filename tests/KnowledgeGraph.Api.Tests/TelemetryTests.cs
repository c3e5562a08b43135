using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Store;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Traces of a GraphQL request over real HTTP, exported by OpenTelemetry's in-memory exporter: the request span with
/// the operation's name and type, prepare (with the document-cache attribute), execute, one span per root field and one
/// per store statement under it; errors set the status; no variable value and no document text in any attribute.
/// Other tests' servers run in the same process (the sources are process-wide), so each request here carries its own
/// trace id and only that trace is looked at.
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private const string Query = """
        query CityTrace($name: String!) {
          cityByName(name: $name) { name }
          cities(first: 2) { nodes { name } }
        }
        """;

    private readonly SpanLog _spans = new();
    private ApiServer _server = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        _server = new ApiServer
        {
            Settings = new Dictionary<string, string?> { ["Telemetry:Traces"] = "true" },
            ConfigureServices = services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans)),
        };
        await _server.InitializeAsync();
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_request_gives_the_span_tree_with_operation_root_fields_and_statements()
    {
        var trace = await SendAsync(Query, "CityTrace", new { name = "Barcelona" });
        var spans = await TraceAsync(trace, "query CityTrace");

        var request = Single(spans, "query CityTrace");
        Assert.Equal(GraphQLTelemetry.Name, request.Source.Name);
        Assert.Equal("CityTrace", request.GetTagItem(GraphQLTelemetry.OperationNameAttribute));
        Assert.Equal("query", request.GetTagItem(GraphQLTelemetry.OperationTypeAttribute));
        Assert.Equal(2, request.GetTagItem(StoreTelemetry.StatementCountAttribute));
        Assert.NotEqual(ActivityStatusCode.Error, request.Status);
        Assert.Equal(ActivityKind.Server, spans.Single(s => s.SpanId == request.ParentSpanId).Kind);

        var prepare = Single(spans, "graphql.prepare");
        Assert.Equal(request.SpanId, prepare.ParentSpanId);
        Assert.IsType<bool>(prepare.GetTagItem(GraphQLTelemetry.DocumentCachedAttribute));
        var execute = Single(spans, "graphql.execute");
        Assert.Equal(request.SpanId, execute.ParentSpanId);

        foreach (var field in new[] { "cityByName", "cities" })
        {
            var resolve = Single(spans, "graphql.resolve " + field);
            Assert.Equal(execute.SpanId, resolve.ParentSpanId);
            Assert.Equal(field, resolve.GetTagItem(GraphQLTelemetry.FieldNameAttribute));
            var statement = Assert.Single(spans, s => s.ParentSpanId == resolve.SpanId);
            Assert.Equal(StoreTelemetry.Name, statement.Source.Name);
            Assert.Equal(ActivityKind.Client, statement.Kind);
            Assert.Equal("sqlite", statement.GetTagItem(StoreTelemetry.SystemNameAttribute));
            Assert.Equal("sqlite", statement.GetTagItem(StoreTelemetry.SystemAttribute));
            Assert.Matches("^[0-9a-f]{16}$", (string)statement.GetTagItem(StoreTelemetry.StatementHashAttribute)!);
            Assert.IsType<bool>(statement.GetTagItem(StoreTelemetry.PreparedAttribute));
        }

        // Never a variable value, never the document.
        foreach (var span in spans)
        {
            foreach (var (key, value) in span.EnumerateTagObjects())
            {
                var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
                Assert.DoesNotContain("Barcelona", text, StringComparison.Ordinal);
                Assert.DoesNotContain("cityByName(", text, StringComparison.Ordinal);
                Assert.False(key.Contains("document", StringComparison.Ordinal) && key != GraphQLTelemetry.DocumentCachedAttribute, key);
            }
        }
    }

    [Fact]
    public async Task The_second_request_of_a_document_is_a_cache_hit_with_its_statements_prepared_before()
    {
        const string query = "query CacheProbe { countries(first: 1) { nodes { name } } }";
        var first = await TraceAsync(await SendAsync(query, "CacheProbe"), "query CacheProbe");
        var second = await TraceAsync(await SendAsync(query, "CacheProbe"), "query CacheProbe");
        Assert.Equal(false, Single(first, "graphql.prepare").GetTagItem(GraphQLTelemetry.DocumentCachedAttribute));
        Assert.Equal(true, Single(second, "graphql.prepare").GetTagItem(GraphQLTelemetry.DocumentCachedAttribute));
        // The same plan shape gives the same statement hash.
        Assert.Equal(Single(first, "sqlite statement").GetTagItem(StoreTelemetry.StatementHashAttribute),
            Single(second, "sqlite statement").GetTagItem(StoreTelemetry.StatementHashAttribute));
    }

    [Fact]
    public async Task A_validation_error_sets_the_error_status_and_code_on_the_request_and_prepare_spans()
    {
        var trace = await SendAsync("query Broken { noSuchField }", "Broken");
        var spans = await TraceAsync(trace, "GraphQL Operation");
        foreach (var name in new[] { "GraphQL Operation", "graphql.prepare" })
        {
            var span = Single(spans, name);
            Assert.Equal(ActivityStatusCode.Error, span.Status);
            Assert.Equal(ErrorCodes.ValidationFailed, span.GetTagItem(GraphQLTelemetry.ErrorCodeAttribute));
        }
        Assert.DoesNotContain(spans, s => s.DisplayName == "graphql.execute");
    }

    [Fact]
    public async Task A_failing_root_field_marks_its_span_failed_and_the_other_root_field_not()
    {
        // An unknown id is a null answer; a cursor that is not one of ours is a field error at that root field only.
        var trace = await SendAsync("query Partly { good: countries(first: 1) { nodes { name } } bad: countries(first: 1, after: \"not-a-cursor\") { nodes { name } } }", "Partly");
        var spans = await TraceAsync(trace, "query Partly");
        var resolves = spans.Where(s => s.DisplayName == "graphql.resolve countries").ToList();
        Assert.Equal(2, resolves.Count);
        Assert.Single(resolves, s => s.Status == ActivityStatusCode.Error);
        Assert.Single(resolves, s => s.Status != ActivityStatusCode.Error);
        Assert.Equal(ActivityStatusCode.Error, Single(spans, "query Partly").Status);
    }

    /// <summary>Posts a request in a trace of its own and returns the trace id.</summary>
    private async Task<ActivityTraceId> SendAsync(string query, string operationName, object? variables = null)
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, operationName, variables }),
        };
        // The client's own span (HttpClient's propagation sends its trace in traceparent).
        using var client = new Activity("test client").SetParentId(trace, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start();
        using var response = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.TryGetProperty("data", out _) || body.RootElement.TryGetProperty("errors", out _));
        return trace;
    }

    /// <summary>The spans of <paramref name="trace"/> once its server span has ended (the last to end), besides <paramref name="expected"/>.</summary>
    private async Task<List<Activity>> TraceAsync(ActivityTraceId trace, string expected)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var spans = _spans.Snapshot().Where(s => s.TraceId == trace).ToList();
            if (spans.Any(s => s.Kind == ActivityKind.Server) && spans.Any(s => s.DisplayName == expected))
            {
                return spans;
            }
            await Task.Delay(50);
        }
        var all = _spans.Snapshot();
        Assert.Fail($"The trace {trace} never got its server span and {expected}; {all.Count} spans exported: "
            + string.Join(", ", all.TakeLast(10).Select(s => $"{s.DisplayName} ({s.TraceId})")));
        return [];
    }

    private static Activity Single(List<Activity> spans, string name)
    {
        var matching = spans.Where(s => s.DisplayName == name).ToList();
        Assert.True(matching.Count == 1, $"{matching.Count} spans named {name}; spans: {string.Join(", ", spans.Select(s => s.DisplayName))}");
        return matching[0];
    }

    /// <summary>A collection the exporter adds to from any thread while the test reads it.</summary>
    private sealed class SpanLog : ICollection<Activity>
    {
        private readonly List<Activity> _items = [];

        public int Count
        {
            get
            {
                lock (_items)
                {
                    return _items.Count;
                }
            }
        }

        public bool IsReadOnly => false;

        public List<Activity> Snapshot()
        {
            lock (_items)
            {
                return [.. _items];
            }
        }

        public void Add(Activity item)
        {
            lock (_items)
            {
                _items.Add(item);
            }
        }

        public void Clear()
        {
            lock (_items)
            {
                _items.Clear();
            }
        }

        public bool Contains(Activity item) => Snapshot().Contains(item);

        public void CopyTo(Activity[] array, int arrayIndex) => Snapshot().CopyTo(array, arrayIndex);

        public bool Remove(Activity item)
        {
            lock (_items)
            {
                return _items.Remove(item);
            }
        }

        public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
