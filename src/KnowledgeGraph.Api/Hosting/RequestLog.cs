using System.Diagnostics;
using System.Diagnostics.Metrics;
using KnowledgeGraph.GraphQL.AspNetCore;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// One structured log line per GraphQL request (category <see cref="Category"/>, level Information): operation type and
/// name, status, outcome, duration, the store statements it sent, the request id and the trace id. Never the document
/// text, never a variable value. It also counts each request's statements (<see cref="StatementTally"/>), puts the count
/// on the request's span and records it in <c>kg.graphql.request.statements</c>.
/// </summary>
public static partial class RequestLog
{
    /// <summary>The log category; set its level to Warning to silence the per-request line.</summary>
    public const string Category = "KnowledgeGraph.Api.Requests";

    /// <summary>The name of the API's own meter.</summary>
    public const string MeterName = "KnowledgeGraph.Api";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<int> StatementsPerRequest = Meter.CreateHistogram(
        "kg.graphql.request.statements", "{statement}", "Store statements per GraphQL request.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [0, 1, 2, 3, 5, 10, 20, 50] });

    /// <summary>Sets the GraphQL endpoint's request hooks to count statements and write the line through <paramref name="loggers"/>.</summary>
    public static void Attach(GraphQLServerOptions options, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        var logger = loggers.CreateLogger(Category);
        options.OnRequestStarting = _ => StatementTally.Begin();
        options.OnRequestCompleted = (http, summary) => Complete(logger, http, summary);
    }

    private static void Complete(ILogger logger, HttpContext http, GraphQLRequestSummary summary)
    {
        var statements = StatementTally.Current?.Statements ?? 0;
        summary.Activity?.SetTag(StoreTelemetry.StatementCountAttribute, statements);
        if (StatementsPerRequest.Enabled)
        {
            StatementsPerRequest.Record(statements, new KeyValuePair<string, object?>(GraphQLTelemetry.OperationTypeAttribute, summary.OperationType));
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            LogRequest(logger, summary.OperationType ?? "-", summary.OperationName ?? "-", summary.StatusCode, summary.Outcome,
                Math.Round(summary.Elapsed.TotalMilliseconds, 2), statements, http.TraceIdentifier, Activity.Current?.TraceId.ToString() ?? "-");
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName}: {StatusCode} {Outcome} in {DurationMs} ms, {Statements} statements (request {RequestId}, trace {TraceId})")]
    private static partial void LogRequest(ILogger logger, string operationType, string operationName, int statusCode, string outcome,
        double durationMs, int statements, string requestId, string traceId);
}
