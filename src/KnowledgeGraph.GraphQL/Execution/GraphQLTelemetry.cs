using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The engine's traces and metrics through .NET's own <see cref="ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>
/// (no package): a host subscribes by name (<see cref="Name"/>), for example with OpenTelemetry's <c>AddSource</c> and
/// <c>AddMeter</c>. Nothing is recorded while nobody listens. Attribute names follow the OpenTelemetry semantic
/// conventions for GraphQL where they have one (<c>graphql.operation.name</c>, <c>graphql.operation.type</c>); the
/// document text and variable values are never recorded.
/// <list type="bullet">
/// <item>Spans: <c>graphql.prepare</c> (parse, validate, operation selection and limits; <c>graphql.document.cached</c>),
/// <c>graphql.execute</c>, and one <c>graphql.resolve {field}</c> per root field, parent of whatever its resolver
/// starts (the store's statements). The HTTP transport adds the request span around them.</item>
/// <item>Metrics: <c>graphql.document_cache.lookups</c> by <c>graphql.document.cached</c> (the hit ratio), and the
/// request instruments the transport records (<see cref="RequestDuration"/>, <see cref="ActiveRequests"/>,
/// <see cref="Errors"/>, <see cref="Rejected"/>).</item>
/// </list>
/// </summary>
public static class GraphQLTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "KnowledgeGraph.GraphQL";

    /// <summary>The operation's name (absent for an anonymous operation).</summary>
    public const string OperationNameAttribute = "graphql.operation.name";

    /// <summary>The operation's type: <c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public const string OperationTypeAttribute = "graphql.operation.type";

    /// <summary>Whether the parsed and validated document came from the executor's cache.</summary>
    public const string DocumentCachedAttribute = "graphql.document.cached";

    /// <summary>A root field's name (not its alias).</summary>
    public const string FieldNameAttribute = "graphql.field.name";

    /// <summary>The <c>extensions.code</c> of the first error of a response, or of an error counted by <see cref="Errors"/>.</summary>
    public const string ErrorCodeAttribute = "graphql.error.code";

    /// <summary>How many errors a response carries.</summary>
    public const string ErrorCountAttribute = "graphql.error.count";

    /// <summary>A request's outcome in metrics: <c>ok</c>, <c>partial</c> (data with errors) or the code of the error that stopped it.</summary>
    public const string OutcomeAttribute = "graphql.outcome";

    /// <summary>The source of the engine's and the transport's spans.</summary>
    public static ActivitySource Source { get; } = new(Name, typeof(GraphQLTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>The meter of the engine's and the transport's instruments.</summary>
    public static Meter Meter { get; } = new(Name, typeof(GraphQLTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Document look-ups in the executor's cache, by <see cref="DocumentCachedAttribute"/>.</summary>
    public static Counter<long> DocumentLookups { get; } = Meter.CreateCounter<long>(
        "graphql.document_cache.lookups", "{lookup}", "Look-ups of parsed and validated documents in the executor's cache, by hit (true) or miss (false).");

    /// <summary>Request duration in seconds by <see cref="OperationNameAttribute"/>, <see cref="OperationTypeAttribute"/> and <see cref="OutcomeAttribute"/>.</summary>
    public static Histogram<double> RequestDuration { get; } = Meter.CreateHistogram(
        "graphql.server.request.duration", "s", "Duration of GraphQL requests, from the body read to the response written.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    /// <summary>GraphQL requests being handled now.</summary>
    public static UpDownCounter<long> ActiveRequests { get; } = Meter.CreateUpDownCounter<long>(
        "graphql.server.active_requests", "{request}", "GraphQL requests being handled now.");

    /// <summary>Errors in responses, by <see cref="ErrorCodeAttribute"/>.</summary>
    public static Counter<long> Errors { get; } = Meter.CreateCounter<long>(
        "graphql.server.errors", "{error}", "Errors in GraphQL responses, by extensions.code.");

    /// <summary>
    /// Requests refused before execution (a limit, a parse or validation error, a bad HTTP request), by
    /// <see cref="ErrorCodeAttribute"/> as the reason.
    /// </summary>
    public static Counter<long> Rejected { get; } = Meter.CreateCounter<long>(
        "graphql.server.rejected", "{request}", "GraphQL requests refused before execution, by reason (the error code).");

    /// <summary>The span name the OpenTelemetry conventions give a GraphQL operation: <c>{type} {name}</c>, or the type alone.</summary>
    public static string SpanName(string? operationType, string? operationName) =>
        operationType is null ? "GraphQL Operation" : string.IsNullOrEmpty(operationName) ? operationType : operationType + " " + operationName;

    /// <summary>The lower-case name of an operation type, as the conventions write it.</summary>
    public static string TypeName(Language.OperationType type) => type switch
    {
        Language.OperationType.Mutation => "mutation",
        Language.OperationType.Subscription => "subscription",
        _ => "query",
    };

    /// <summary>Marks <paramref name="activity"/> as failed with <paramref name="code"/> as the description.</summary>
    public static void Fail(Activity? activity, string? code)
    {
        if (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, code);
            if (code is not null)
            {
                activity.SetTag(ErrorCodeAttribute, code);
            }
        }
    }
}
