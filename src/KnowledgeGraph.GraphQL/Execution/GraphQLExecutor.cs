using System.Collections.Concurrent;
using System.Diagnostics;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Values;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Executes requests against one schema (spec 6). Thread-safe; create one per schema and reuse it
/// (it caches parsed and validated documents by query text).
/// <code>
/// var executor = new GraphQLExecutor(schema, ExecutionOptions.Default with { MaxDepth = 20 });
/// var prepared = executor.Prepare(request);            // parse + validate + select operation + limits
/// if (prepared.OperationType == OperationType.Mutation &amp;&amp; isGet) { /* 405 */ }
/// var result = await executor.ExecuteAsync(prepared, cancellationToken);
/// await result.WriteToAsync(response.Body);
/// </code>
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>Creates an executor.</summary>
    public GraphQLExecutor(Schema schema, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The options.</summary>
    public ExecutionOptions Options { get; }

    /// <summary>
    /// Parses (bounded by <see cref="ExecutionOptions.MaxDocumentLength"/> and the parser limits), validates,
    /// selects the operation (spec 6.1 "GetOperation") and checks the depth, cost and introspection limits.
    /// Never throws for bad input: problems are in <see cref="PreparedRequest.Errors"/>.
    /// </summary>
    public PreparedRequest Prepare(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = GraphQLTelemetry.Source.StartActivity("graphql.prepare");
        var prepared = PrepareCore(request);
        if (activity is not null)
        {
            if (prepared.DocumentCached is { } cached)
            {
                activity.SetTag(GraphQLTelemetry.DocumentCachedAttribute, cached);
            }

            if (prepared.OperationType is { } type)
            {
                activity.SetTag(GraphQLTelemetry.OperationTypeAttribute, GraphQLTelemetry.TypeName(type));
            }

            if (prepared.Operation?.Name?.Value is { } name)
            {
                activity.SetTag(GraphQLTelemetry.OperationNameAttribute, name);
            }

            if (prepared.Errors.Count > 0)
            {
                GraphQLTelemetry.Fail(activity, prepared.Errors[0].Code);
            }
        }

        return prepared;
    }

    private PreparedRequest PrepareCore(GraphQLRequest request)
    {
        var query = request.Query;
        if (string.IsNullOrWhiteSpace(query))
        {
            return Fail(request, null, "Must provide query string.", ErrorCodes.ParseFailed);
        }

        if (Options.MaxDocumentLength > 0 && query.Length > Options.MaxDocumentLength)
        {
            return Fail(request, null, $"The document is too large ({query.Length} characters; the limit is {Options.MaxDocumentLength}).", ErrorCodes.QueryTooLarge);
        }

        var cached = _documents.TryGetValue(query, out var document);
        if (GraphQLTelemetry.DocumentLookups.Enabled)
        {
            GraphQLTelemetry.DocumentLookups.Add(1, new KeyValuePair<string, object?>(GraphQLTelemetry.DocumentCachedAttribute, cached));
        }

        if (!cached)
        {
            DocumentNode parsed;
            try
            {
                parsed = Parser.Parse(new Source(query), Options.ParserOptions);
            }
            catch (GraphQLSyntaxException e)
            {
                return new PreparedRequest(request, null, null, [new GraphQLError(e.Message, [e.Location], null, Code(ErrorCodes.ParseFailed))]) { DocumentCached = false };
            }

            var errors = DocumentValidator.Validate(Schema, parsed, Options.ValidationRules, Options.MaxErrors > 0 ? Options.MaxErrors : int.MaxValue);
            document = new PreparedDocument(parsed, WithCode(errors, ErrorCodes.ValidationFailed));
            if (Options.DocumentCacheSize > 0)
            {
                if (_documents.Count >= Options.DocumentCacheSize)
                {
                    _documents.Clear();
                }

                _documents.TryAdd(query, document);
            }
        }

        if (document!.ValidationErrors.Count > 0)
        {
            return new PreparedRequest(request, document, null, document.ValidationErrors) { DocumentCached = cached };
        }

        var selected = SelectOperation(request, document);
        selected.DocumentCached = cached;
        return selected;
    }

    private PreparedRequest SelectOperation(GraphQLRequest request, PreparedDocument document)
    {

        // GetOperation (spec 6.1).
        OperationDefinitionNode? operation = null;
        if (request.OperationName is null)
        {
            if (document.Operations.Count == 1)
            {
                operation = document.Operations[0];
            }
            else
            {
                return Fail(request, document, document.Operations.Count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.", ErrorCodes.OperationResolutionFailure);
            }
        }
        else
        {
            foreach (var candidate in document.Operations)
            {
                if (candidate.Name?.Value == request.OperationName)
                {
                    operation = candidate;
                    break;
                }
            }

            if (operation is null)
            {
                return Fail(request, document, $"Unknown operation named \"{request.OperationName}\".", ErrorCodes.OperationResolutionFailure);
            }
        }

        var type = operation.Operation;
        if (type == OperationType.Subscription)
        {
            return Fail(request, document, "Subscriptions are not supported.", ErrorCodes.OperationNotAllowed, operation);
        }

        if (Options.AllowedOperations is { } allowed && !allowed.Contains(type))
        {
            return Fail(request, document, $"{Name(type)} operations are not allowed here.", ErrorCodes.OperationNotAllowed, operation);
        }

        if (Schema.GetRootType(type) is null)
        {
            return Fail(request, document, $"Schema is not configured to execute {Name(type).ToLowerInvariant()} operation.", ErrorCodes.ValidationFailed, operation);
        }

        var stats = document.Stats.GetOrAdd(operation, static (op, fragments) => OperationLimits.Measure(op, fragments), document.Fragments);
        if (Options.MaxDepth > 0 && stats.Depth > Options.MaxDepth)
        {
            return Fail(request, document, $"The operation is too deep ({stats.Depth} levels; the limit is {Options.MaxDepth}).", ErrorCodes.QueryTooDeep, operation);
        }

        if (Options.MaxFieldCount > 0 && stats.Fields > Options.MaxFieldCount)
        {
            return Fail(request, document, $"The operation is too complex ({stats.Fields} field selections; the limit is {Options.MaxFieldCount}).", ErrorCodes.QueryTooComplex, operation);
        }

        if (Options.MaxAliasCount > 0 && stats.Aliases > Options.MaxAliasCount)
        {
            return Fail(request, document, $"The operation uses too many aliases ({stats.Aliases}; the limit is {Options.MaxAliasCount}).", ErrorCodes.QueryTooComplex, operation);
        }

        if (!Options.EnableIntrospection && stats.Introspection)
        {
            return Fail(request, document, "Introspection is disabled.", ErrorCodes.IntrospectionDisabled, operation);
        }

        return new PreparedRequest(request, document, operation, []);
    }

    /// <summary>Prepares and executes a request.</summary>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(Prepare(request), cancellationToken);

    /// <summary>
    /// Executes a prepared request: coerces variables (spec 6.1.2), then runs the operation. Request
    /// errors give a result without data. Cancellation by <paramref name="cancellationToken"/> throws
    /// <see cref="OperationCanceledException"/>; exceeding <see cref="ExecutionOptions.Timeout"/> gives a
    /// <see cref="ErrorCodes.Timeout"/> error (no data).
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(PreparedRequest prepared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (!prepared.IsValid)
        {
            return prepared.ToErrorResult();
        }

        using var activity = GraphQLTelemetry.Source.StartActivity("graphql.execute");
        var result = await ExecuteCoreAsync(prepared, cancellationToken).ConfigureAwait(false);
        if (activity is not null && result.Errors.Count > 0)
        {
            activity.SetTag(GraphQLTelemetry.ErrorCountAttribute, result.Errors.Count);
            GraphQLTelemetry.Fail(activity, result.Errors[0].Code);
        }

        return result;
    }

    private async Task<ExecutionResult> ExecuteCoreAsync(PreparedRequest prepared, CancellationToken cancellationToken)
    {
        var operation = prepared.Operation!;
        var coercion = VariableCoercion.Coerce(Schema, operation.VariableDefinitions, prepared.Request.Variables);
        if (!coercion.IsValid)
        {
            return ExecutionResult.FromErrors(WithCode(Limit(coercion.Errors), ErrorCodes.BadUserInput));
        }

        var rootType = Schema.GetRootType(operation.Operation)!;
        CancellationTokenSource? timeout = null;
        var token = cancellationToken;
        if (Options.Timeout is { } limit)
        {
            timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            token = timeout.Token;
        }

        try
        {
            var state = new ExecutionState(Schema, Options, prepared.PreparedDocument!, operation, coercion.Value!, prepared.Request, token);
            var pump = new ExecutionPump();
            ResultMap? data;
            try
            {
                var run = pump.RunAsync(() => state.ExecuteOperationAsync(rootType), state.DataLoaders, token);
                data = run.IsCompletedSuccessfully ? run.Result : await run.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && token.IsCancellationRequested)
            {
                return ExecutionResult.FromError("The operation timed out.", ErrorCodes.Timeout);
            }

            GraphQLError[] errors;
            lock (state.Errors)
            {
                errors = [.. state.Errors];
            }

            return ExecutionResult.FromData(data, errors);
        }
        finally
        {
            timeout?.Dispose();
        }
    }

    /// <summary>One-shot execution without document caching across calls.</summary>
    public static Task<ExecutionResult> ExecuteAsync(Schema schema, GraphQLRequest request, ExecutionOptions? options = null, CancellationToken cancellationToken = default) =>
        new GraphQLExecutor(schema, options).ExecuteAsync(request, cancellationToken);

    private IReadOnlyList<GraphQLError> Limit(IReadOnlyList<GraphQLError> errors) =>
        Options.MaxErrors > 0 && errors.Count > Options.MaxErrors ? [.. errors.Take(Options.MaxErrors)] : errors;

    private static string Name(OperationType type) => type switch
    {
        OperationType.Mutation => "Mutation",
        OperationType.Subscription => "Subscription",
        _ => "Query",
    };

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    private static GraphQLError[] WithCode(IReadOnlyList<GraphQLError> errors, string code)
    {
        var result = new GraphQLError[errors.Count];
        for (int i = 0; i < errors.Count; i++)
        {
            var e = errors[i];
            result[i] = e.Extensions is not null ? e : new GraphQLError(e.Message, e.Locations, e.Path, Code(code));
        }

        return result;
    }

    private static PreparedRequest Fail(GraphQLRequest request, PreparedDocument? document, string message, string code, OperationDefinitionNode? operation = null) =>
        new(request, document, operation, [new GraphQLError(message, operation is null ? [] : [operation.Location.StartLocation], null, Code(code))]);
}

/// <summary>Static entry point: <c>DocumentExecutor.ExecuteAsync(schema, request, options, ct)</c>.</summary>
public static class DocumentExecutor
{
    /// <summary>Prepares and executes <paramref name="request"/> against <paramref name="schema"/>.</summary>
    public static Task<ExecutionResult> ExecuteAsync(Schema schema, GraphQLRequest request, ExecutionOptions? options = null, CancellationToken cancellationToken = default) =>
        GraphQLExecutor.ExecuteAsync(schema, request, options, cancellationToken);
}
