using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>
/// Serves one GraphQL endpoint over HTTP (GraphQL-over-HTTP): GET (queries) and POST (<c>application/json</c>),
/// content negotiation between <c>application/graphql-response+json</c> and <c>application/json</c>, and the
/// status codes of each. Thread-safe; one per endpoint.
/// </summary>
public sealed class GraphQLHttpHandler
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly Lazy<GraphQLExecutor> _executor;
    private readonly GraphQLServerOptions _options;
    private readonly ILogger _logger;
    private readonly JsonDocumentOptions _jsonOptions;
    private readonly PersistedQueries _persisted;

    /// <summary>Creates a handler whose executor is built on first use from <paramref name="executorFactory"/>.</summary>
    public GraphQLHttpHandler(Func<GraphQLExecutor> executorFactory, GraphQLServerOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(executorFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _executor = new Lazy<GraphQLExecutor>(executorFactory, LazyThreadSafetyMode.ExecutionAndPublication);
        _options = options;
        _logger = logger;
        _jsonOptions = new JsonDocumentOptions { MaxDepth = options.MaxJsonDepth > 0 ? options.MaxJsonDepth : 64 };
        _persisted = new PersistedQueries(options);
    }

    /// <summary>The options.</summary>
    public GraphQLServerOptions Options => _options;

    /// <summary>The executor (created on first use).</summary>
    public GraphQLExecutor Executor => _executor.Value;

    /// <summary>
    /// Handles one HTTP request: a browser visit gets <see cref="GraphQLServerOptions.HtmlHandler"/>; a GraphQL request
    /// runs in its span and is measured (<see cref="GraphQLTelemetry"/>), between
    /// <see cref="GraphQLServerOptions.OnRequestStarting"/> and <see cref="GraphQLServerOptions.OnRequestCompleted"/>.
    /// </summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (_options.HtmlHandler is { } html && _options.EnableGet && HttpMethods.IsGet(request.Method)
            && !request.Query.ContainsKey("query") && MediaTypes.AcceptsHtml(request.Headers.Accept))
        {
            await html(context).ConfigureAwait(false);
            return;
        }

        var start = Stopwatch.GetTimestamp();
        var summary = new GraphQLRequestSummary();
        context.Features.Set(summary);
        using var activity = GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.SpanName(null, null));
        summary.Activity = activity;
        var counted = GraphQLTelemetry.ActiveRequests.Enabled;
        if (counted)
        {
            GraphQLTelemetry.ActiveRequests.Add(1);
        }

        try
        {
            _options.OnRequestStarting?.Invoke(context);
            await HandleGraphQLAsync(context, summary).ConfigureAwait(false);
        }
        finally
        {
            if (counted)
            {
                GraphQLTelemetry.ActiveRequests.Add(-1);
            }

            summary.Elapsed = Stopwatch.GetElapsedTime(start);
            summary.StatusCode = context.Response.StatusCode;
            Complete(context, summary);
        }
    }

    /// <summary>Records the finished request: its span's name and attributes, the metrics, and the completion hook.</summary>
    private void Complete(HttpContext context, GraphQLRequestSummary summary)
    {
        var outcome = summary.Outcome;
        if (summary.Activity is { } activity)
        {
            activity.DisplayName = GraphQLTelemetry.SpanName(summary.OperationType, summary.OperationName);
            if (summary.OperationType is { } type)
            {
                activity.SetTag(GraphQLTelemetry.OperationTypeAttribute, type);
            }

            if (summary.OperationName is { } name)
            {
                activity.SetTag(GraphQLTelemetry.OperationNameAttribute, name);
            }

            if (summary.ErrorCount > 0)
            {
                activity.SetTag(GraphQLTelemetry.ErrorCountAttribute, summary.ErrorCount);
                GraphQLTelemetry.Fail(activity, summary.ErrorCode);
            }
        }

        if (GraphQLTelemetry.RequestDuration.Enabled)
        {
            var tags = new TagList { { GraphQLTelemetry.OutcomeAttribute, outcome } };
            if (summary.OperationType is { } type)
            {
                tags.Add(GraphQLTelemetry.OperationTypeAttribute, type);
            }

            if (summary.OperationName is { } name)
            {
                tags.Add(GraphQLTelemetry.OperationNameAttribute, name);
            }

            GraphQLTelemetry.RequestDuration.Record(summary.Elapsed.TotalSeconds, tags);
        }

        if (summary.Answered && !summary.HasData && summary.ErrorCount > 0 && GraphQLTelemetry.Rejected.Enabled)
        {
            GraphQLTelemetry.Rejected.Add(1, new KeyValuePair<string, object?>(GraphQLTelemetry.ErrorCodeAttribute, summary.ErrorCode ?? "UNKNOWN"));
        }

        if (_options.OnRequestCompleted is { } completed)
        {
            try
            {
                completed(context, summary);
            }
            catch (Exception e)
            {
                // An observer must not break the request; its failure is logged.
                _logger.LogError(e, "The GraphQL request observer failed.");
            }
        }
    }

    private async Task HandleGraphQLAsync(HttpContext context, GraphQLRequestSummary summary)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var isPost = !isGet && HttpMethods.IsPost(request.Method);
        if (!isPost && !(isGet && _options.EnableGet))
        {
            context.Response.Headers.Allow = _options.EnableGet ? "GET, POST" : "POST";
            await WriteFailureAsync(context, GraphQLResponseMediaType.Json, StatusCodes.Status405MethodNotAllowed,
                _options.EnableGet ? "GraphQL requests use GET or POST." : "GraphQL requests use POST.", GraphQLHttpErrorCodes.MethodNotAllowed).ConfigureAwait(false);
            return;
        }

        var accept = request.Headers.Accept;
        if (MediaTypes.Negotiate(accept, _options.DefaultResponseMediaType) is not { } mediaType)
        {
            await WriteFailureAsync(context, GraphQLResponseMediaType.Json, StatusCodes.Status406NotAcceptable,
                "The Accept header must allow application/graphql-response+json or application/json.", GraphQLHttpErrorCodes.NotAcceptable).ConfigureAwait(false);
            return;
        }

        if (isGet)
        {
            context.Response.Headers.Vary = "Accept";
        }

        try
        {
            var (graphQLRequest, failure) = isGet ? ReadGet(request.Query) : await ReadPostAsync(context).ConfigureAwait(false);
            if (failure is { } f)
            {
                await WriteFailureAsync(context, mediaType, f.Status, f.Message, f.Code).ConfigureAwait(false);
                return;
            }

            var etag = isGet ? ETagFor(context, mediaType) : null;
            if (etag is not null && IsCurrent(request.Headers.IfNoneMatch, etag))
            {
                var headers = context.Response.Headers;
                headers.ETag = etag;
                headers.CacheControl = _options.CacheControl;
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                summary.Answered = true;
                return;
            }

            var (document, refused) = _persisted.Resolve(graphQLRequest!.Query, graphQLRequest.Extensions);
            if (refused is not null)
            {
                await WriteResultAsync(context, mediaType, StatusFor(refused, mediaType), refused).ConfigureAwait(false);
                return;
            }

            if (document is null)
            {
                await WriteFailureAsync(context, mediaType, StatusCodes.Status400BadRequest,
                    isGet ? "The request has no \"query\" parameter." : "The request has no \"query\" string.", GraphQLHttpErrorCodes.BadRequest).ConfigureAwait(false);
                return;
            }

            var executor = _executor.Value;
            var prepared = executor.Prepare(new GraphQLRequest
            {
                Query = document,
                OperationName = graphQLRequest.OperationName,
                Variables = graphQLRequest.Variables,
                Extensions = graphQLRequest.Extensions,
                Services = context.RequestServices,
                UserContext = _options.UserContextFactory is { } userContext ? userContext(context) : context,
            });
            summary.DocumentCached = prepared.DocumentCached;
            summary.OperationName = prepared.Operation?.Name?.Value ?? graphQLRequest.OperationName ?? SoleOperationName(prepared.Document);
            summary.OperationType = prepared.OperationType is { } operationType ? GraphQLTelemetry.TypeName(operationType) : null;

            if (isGet && prepared.OperationType is { } type && type != OperationType.Query)
            {
                context.Response.Headers.Allow = "POST";
                await WriteFailureAsync(context, mediaType, StatusCodes.Status405MethodNotAllowed,
                    $"Only queries can be sent with GET; send {(type == OperationType.Mutation ? "mutations" : "subscriptions")} with POST.", GraphQLHttpErrorCodes.MethodNotAllowed).ConfigureAwait(false);
                return;
            }

            var result = prepared.IsValid
                ? await executor.ExecuteAsync(prepared, context.RequestAborted).ConfigureAwait(false)
                : prepared.ToErrorResult();
            if (etag is not null && result.HasData && result.Errors.Count == 0)
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = _options.CacheControl;
            }

            await WriteResultAsync(context, mediaType, StatusFor(result, mediaType), result).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody to answer.
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel refused the body (larger than the limit, malformed chunks).
            var tooLarge = e.StatusCode == StatusCodes.Status413PayloadTooLarge;
            await WriteFailureAsync(context, mediaType, e.StatusCode,
                tooLarge ? TooLargeMessage() : "The request body could not be read.", tooLarge ? GraphQLHttpErrorCodes.PayloadTooLarge : GraphQLHttpErrorCodes.BadRequest).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "GraphQL request to {Path} failed unexpectedly.", request.Path.Value);
            if (!context.Response.HasStarted)
            {
                context.Response.Headers.Remove("Allow");
                await WriteFailureAsync(context, mediaType, StatusCodes.Status500InternalServerError, "Unexpected error.", ErrorCodes.InternalServerError).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The status of a GraphQL response: with <c>application/json</c> always 200; with
    /// <c>application/graphql-response+json</c> 200 when execution started (<c>data</c> present), 503 for a
    /// timeout and 400 for other request errors (parse, validation, operation selection, variables, limits).
    /// </summary>
    public static int StatusFor(ExecutionResult result, GraphQLResponseMediaType mediaType)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (mediaType == GraphQLResponseMediaType.Json || result.HasData)
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors.Count > 0 && result.Errors[0].Code == ErrorCodes.Timeout
            ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status400BadRequest;
    }

    /// <summary>
    /// The ETag of a GET's answer: a hash of the data version, the media type and the query string (query, operation,
    /// variables, extensions as sent), or null when no data version is configured.
    /// </summary>
    private string? ETagFor(HttpContext context, GraphQLResponseMediaType mediaType)
    {
        if (_options.DataVersion?.Invoke(context) is not { } version)
        {
            return null;
        }

        var key = string.Concat(version, "\n", mediaType == GraphQLResponseMediaType.Json ? "json" : "graphql-response", "\n", context.Request.QueryString.Value);
        return "\"" + PersistedQueries.Hash(key)[..32] + "\"";
    }

    /// <summary>Whether <c>If-None-Match</c> names <paramref name="etag"/> (or any, <c>*</c>); weak tags compare equal to strong.</summary>
    private static bool IsCurrent(StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tag = part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part;
                if (tag == "*" || string.Equals(tag, etag, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The name of the document's only operation (for a request refused before an operation was selected).</summary>
    private static string? SoleOperationName(DocumentNode? document)
    {
        string? name = null;
        var operations = 0;
        foreach (var definition in document?.Definitions ?? [])
        {
            if (definition is OperationDefinitionNode operation)
            {
                operations++;
                name = operation.Name?.Value;
            }
        }

        return operations == 1 ? name : null;
    }

    private string TooLargeMessage() => $"The request body is larger than {_options.MaxRequestBodySize} bytes.";

    private (GraphQLRequest? Request, Failure? Failure) ReadGet(IQueryCollection query)
    {
        if (!Single(query, "query", out var text) || !Single(query, "operationName", out var operationName)
            || !Single(query, "variables", out var variablesText) || !Single(query, "extensions", out var extensionsText))
        {
            return (null, BadRequest("Each of query, operationName, variables and extensions may be given once."));
        }

        if (!TryParseMap(variablesText, "variables", out var variables, out var failure)
            || !TryParseMap(extensionsText, "extensions", out var extensions, out failure))
        {
            return (null, failure);
        }

        return (new GraphQLRequest
        {
            Query = text,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables,
            Extensions = extensions,
        }, null);
    }

    private static bool Single(IQueryCollection query, string name, out string? value)
    {
        var values = query[name];
        value = values.Count == 1 ? values[0] : null;
        return values.Count <= 1;
    }

    private bool TryParseMap(string? text, string name, out IReadOnlyDictionary<string, object?>? map, out Failure? failure)
    {
        map = null;
        failure = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text, _jsonOptions);
            if (document.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                failure = BadRequest($"\"{name}\" must be a JSON object.");
                return false;
            }

            map = GraphQLRequest.VariablesFromJson(document.RootElement);
            return true;
        }
        catch (JsonException)
        {
            failure = BadRequest($"\"{name}\" is not valid JSON.");
            return false;
        }
    }

    private async Task<(GraphQLRequest? Request, Failure? Failure)> ReadPostAsync(HttpContext context)
    {
        var request = context.Request;
        if (MediaTypes.CheckRequestContentType(request.ContentType) is { } unsupported)
        {
            return (null, new Failure(StatusCodes.Status415UnsupportedMediaType, unsupported, GraphQLHttpErrorCodes.UnsupportedMediaType));
        }

        var limit = _options.MaxRequestBodySize;
        if (limit > 0)
        {
            if (request.ContentLength > limit)
            {
                return (null, new Failure(StatusCodes.Status413PayloadTooLarge, TooLargeMessage(), GraphQLHttpErrorCodes.PayloadTooLarge));
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
            {
                sizeFeature.MaxRequestBodySize = limit;
            }
        }

        var reader = request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
            if (limit > 0 && read.Buffer.Length > limit)
            {
                reader.AdvanceTo(read.Buffer.End);
                return (null, new Failure(StatusCodes.Status413PayloadTooLarge, TooLargeMessage(), GraphQLHttpErrorCodes.PayloadTooLarge));
            }

            if (read.IsCompleted)
            {
                break;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        try
        {
            return ParseBody(read.Buffer);
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    private (GraphQLRequest? Request, Failure? Failure) ParseBody(ReadOnlySequence<byte> body)
    {
        if (body.FirstSpan.StartsWith(Utf8Bom))
        {
            body = body.Slice(3);
        }

        if (body.IsEmpty)
        {
            return (null, BadRequest("The request body is empty; send a JSON object with a \"query\"."));
        }

        try
        {
            // One pass over the body: strings are copied out, variables and extensions become small documents.
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = _jsonOptions.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return reader.Read() ? throw new JsonException() : (null, BadRequest("The request body must be a JSON object."));
            }

            string? query = null;
            string? operationName = null;
            IReadOnlyDictionary<string, object?>? variables = null;
            IReadOnlyDictionary<string, object?>? extensions = null;
            Failure? failure = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // ValueTextEquals compares the unescaped name ("qu\u0065ry" is "query").
                var parameter = reader.ValueTextEquals("query"u8) ? 1 : reader.ValueTextEquals("operationName"u8) ? 2
                    : reader.ValueTextEquals("variables"u8) ? 3 : reader.ValueTextEquals("extensions"u8) ? 4 : 0;
                reader.Read();
                switch (parameter)
                {
                    case 1:
                        failure = Keep(failure, ReadString(ref reader, "query", out query));
                        break;
                    case 2:
                        failure = Keep(failure, ReadString(ref reader, "operationName", out operationName));
                        break;
                    case 3:
                        failure = Keep(failure, ReadMap(ref reader, "variables", out variables));
                        break;
                    case 4:
                        failure = Keep(failure, ReadMap(ref reader, "extensions", out extensions));
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (reader.Read())
            {
                throw new JsonException("Trailing content.");
            }

            if (failure is not null)
            {
                return (null, failure);
            }

            return (new GraphQLRequest { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions }, null);
        }
        catch (JsonException)
        {
            return (null, BadRequest("The request body is not valid JSON."));
        }
        catch (InvalidOperationException)
        {
            // Strings that are not valid UTF-8.
            return (null, BadRequest("The request body is not valid UTF-8 JSON."));
        }
    }

    private static Failure? Keep(Failure? first, Failure? next) => first ?? next;

    private static Failure? ReadString(ref Utf8JsonReader reader, string parameter, out string? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return null;
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                return BadRequest($"\"{parameter}\" must be a string.");
        }
    }

    private static Failure? ReadMap(ref Utf8JsonReader reader, string parameter, out IReadOnlyDictionary<string, object?>? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var element = JsonElement.ParseValue(ref reader);
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = property.Value;
                }

                value = map;
                return null;
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                return BadRequest($"\"{parameter}\" must be a JSON object.");
        }
    }

    private static Failure BadRequest(string message) => new(StatusCodes.Status400BadRequest, message, GraphQLHttpErrorCodes.BadRequest);

    private static Task WriteFailureAsync(HttpContext context, GraphQLResponseMediaType mediaType, int status, string message, string code) =>
        WriteResultAsync(context, mediaType, status, ExecutionResult.FromError(message, code));

    private static Task WriteResultAsync(HttpContext context, GraphQLResponseMediaType mediaType, int status, ExecutionResult result)
    {
        context.Features.Get<GraphQLRequestSummary>()?.Record(result);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = MediaTypes.ContentType(mediaType);

        // Serialise into a per-thread buffer (so Content-Length is known), then copy into the response pipe:
        // nothing here awaits until the copy is done, so the buffer is free again for the next response.
        var buffer = t_buffer ??= new PooledBufferWriter();
        var writer = t_writer;
        if (writer is null)
        {
            writer = t_writer = new Utf8JsonWriter(buffer, WriterOptions);
        }
        else
        {
            writer.Reset(buffer);
        }

        try
        {
            result.WriteTo(writer);
            writer.Flush();
            response.ContentLength = buffer.WrittenCount;
            var body = response.BodyWriter;
            body.Write(buffer.WrittenMemory.Span);
            var flush = body.FlushAsync(context.RequestAborted);
            return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
        }
        finally
        {
            writer.Reset(Stream.Null);
            buffer.Clear(MaxRetainedBuffer);
        }
    }

    [ThreadStatic]
    private static PooledBufferWriter? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Per-thread response buffers larger than this are returned to the pool after use.</summary>
    private const int MaxRetainedBuffer = 256 * 1024;

    private readonly record struct Failure(int Status, string Message, string Code);
}
