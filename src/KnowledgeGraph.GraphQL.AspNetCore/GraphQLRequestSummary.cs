using System.Diagnostics;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>
/// What one GraphQL request was and how it ended, for logs and metrics: never the document text nor the variables. The
/// handler keeps it in the request's features (<c>HttpContext.Features.Get&lt;GraphQLRequestSummary&gt;()</c>) and
/// passes it to <see cref="GraphQLServerOptions.OnRequestCompleted"/>.
/// </summary>
public sealed class GraphQLRequestSummary
{
    /// <summary>The operation's name, or null (anonymous, or none selected).</summary>
    public string? OperationName { get; internal set; }

    /// <summary>The operation's type (<c>query</c>, <c>mutation</c>), or null when none was selected.</summary>
    public string? OperationType { get; internal set; }

    /// <summary>Whether the parsed document came from the executor's cache; null when the request did not get that far.</summary>
    public bool? DocumentCached { get; internal set; }

    /// <summary>Whether execution started (the response has <c>data</c>).</summary>
    public bool HasData { get; internal set; }

    /// <summary>How many errors the response carries.</summary>
    public int ErrorCount { get; internal set; }

    /// <summary>The <c>extensions.code</c> of the response's first error, or null.</summary>
    public string? ErrorCode { get; internal set; }

    /// <summary>Whether a response was written (false when the client went away first); a 304 is an answer without errors.</summary>
    public bool Answered { get; internal set; }

    /// <summary>The HTTP status of the response.</summary>
    public int StatusCode { get; internal set; }

    /// <summary>The time from the start of the handler to the response written.</summary>
    public TimeSpan Elapsed { get; internal set; }

    /// <summary>
    /// The request's span (<c>{type} {name}</c> of <see cref="GraphQLTelemetry.Source"/>), still open while
    /// <see cref="GraphQLServerOptions.OnRequestCompleted"/> runs so attributes can be added; null when nobody listens.
    /// </summary>
    public Activity? Activity { get; internal set; }

    /// <summary>
    /// The outcome as metrics give it (<see cref="GraphQLTelemetry.OutcomeAttribute"/>): <c>ok</c>, <c>partial</c> (data with
    /// errors), the code of the error that stopped the request, or <c>aborted</c> when the client went away.
    /// </summary>
    public string Outcome => !Answered ? "aborted" : ErrorCount == 0 ? "ok" : HasData ? "partial" : ErrorCode ?? "error";

    internal void Record(ExecutionResult result)
    {
        Answered = true;
        HasData = result.HasData;
        ErrorCount = result.Errors.Count;
        ErrorCode = result.Errors.Count > 0 ? result.Errors[0].Code : null;
        if (GraphQLTelemetry.Errors.Enabled)
        {
            foreach (var error in result.Errors)
            {
                GraphQLTelemetry.Errors.Add(1, new KeyValuePair<string, object?>(GraphQLTelemetry.ErrorCodeAttribute, error.Code ?? "UNKNOWN"));
            }
        }
    }
}
