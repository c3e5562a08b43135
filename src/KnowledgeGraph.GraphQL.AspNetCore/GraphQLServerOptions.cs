using KnowledgeGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>The response media types of GraphQL over HTTP.</summary>
public enum GraphQLResponseMediaType
{
    /// <summary><c>application/json</c>: every well-formed GraphQL response is 200 (legacy clients).</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: request errors are 4xx, 200 only when execution started.</summary>
    GraphQLResponseJson,
}

/// <summary>
/// Options of a GraphQL endpoint (<see cref="GraphQLEndpointExtensions.MapGraphQL(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string, KnowledgeGraph.GraphQL.Types.Schema, GraphQLServerOptions?)"/>).
/// The scalar properties bind from configuration (e.g. a <c>"GraphQL"</c> section through
/// <see cref="GraphQLServiceCollectionExtensions.AddGraphQL(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration?, Action{GraphQLServerOptions}?)"/>);
/// the delegates are set in code. Defaults suit a public endpoint; a value of 0 disables a limit.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The configuration section read by <c>AddGraphQL(configuration)</c> when given the root configuration.</summary>
    public const string SectionName = "GraphQL";

    /// <summary>Largest accepted POST body in bytes; larger bodies get 413. Default 1 MiB.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Deepest nesting of the JSON request body (and of GET <c>variables</c>/<c>extensions</c>); deeper gets 400. Default 64.</summary>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>Longest document in characters (<see cref="ExecutionOptions.MaxDocumentLength"/>). Default 100 000.</summary>
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>Deepest selection, fragments expanded, root field = 1 (<see cref="ExecutionOptions.MaxDepth"/>). Default 32.</summary>
    public int MaxDepth { get; set; } = 32;

    /// <summary>Most field selections, fragments expanded: the cost estimate (<see cref="ExecutionOptions.MaxFieldCount"/>). Default 5 000.</summary>
    public int MaxFieldCount { get; set; } = 5_000;

    /// <summary>Most aliased selections (<see cref="ExecutionOptions.MaxAliasCount"/>). Default 500.</summary>
    public int MaxAliasCount { get; set; } = 500;

    /// <summary>Execution time limit (<see cref="ExecutionOptions.Timeout"/>); null or zero for none. Default 10 s.</summary>
    public TimeSpan? Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether <c>__schema</c>/<c>__type</c> are allowed (<see cref="ExecutionOptions.EnableIntrospection"/>). Default true.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Most errors reported per response (<see cref="ExecutionOptions.MaxErrors"/>). Default 100.</summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>Parsed and validated documents cached by query text (<see cref="ExecutionOptions.DocumentCacheSize"/>). Default 256.</summary>
    public int DocumentCacheSize { get; set; } = 256;

    /// <summary>Whether queries may be sent with GET (mutations never are: 405). Default true.</summary>
    public bool EnableGet { get; set; } = true;

    /// <summary>
    /// The <c>Cache-Control</c> of a successful GET query's answer when <see cref="DataVersion"/> is set. Default
    /// <c>no-cache</c>: caches keep the answer but ask each time, and get <c>304 Not Modified</c> while the data is the same;
    /// e.g. <c>public, max-age=60</c> lets a CDN answer for a minute without asking.
    /// </summary>
    public string CacheControl { get; set; } = "no-cache";

    /// <summary>
    /// Code only: the version of the data the answers come from (it must change whenever the data does). When set, a
    /// successful GET query gets an <c>ETag</c> (a hash of the version, the negotiated media type and the request's query
    /// string) and <see cref="CacheControl"/>, and a GET whose <c>If-None-Match</c> names the current ETag gets
    /// <c>304 Not Modified</c> without running. POST answers are never cached.
    /// </summary>
    public Func<HttpContext, string?>? DataVersion { get; set; }

    /// <summary>
    /// Whether a request may send the SHA-256 of a document instead of its text (Apollo's automatic persisted queries:
    /// the hash alone, then on <c>PERSISTED_QUERY_NOT_FOUND</c> the text with its hash, which registers it). Default true.
    /// </summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>Documents registered by automatic persisted queries that are kept (the set starts again when full). Default 1 000.</summary>
    public int PersistedQueryCacheSize { get; set; } = 1_000;

    /// <summary>
    /// A folder of registered documents (every <c>*.graphql</c> file, under the SHA-256 of its text), which clients may
    /// send by hash. None by default.
    /// </summary>
    public string? PersistedDocumentsPath { get; set; }

    /// <summary>
    /// Allow-list mode: only the documents of <see cref="PersistedDocumentsPath"/> run (by hash or in full); any other
    /// gets <c>PERSISTED_QUERY_NOT_ALLOWED</c>. Default false.
    /// </summary>
    public bool PersistedQueriesOnly { get; set; }

    /// <summary>
    /// The media type used when the client accepts anything (no <c>Accept</c> header, <c>*/*</c>,
    /// <c>application/*</c>). Default <see cref="GraphQLResponseMediaType.Json"/>, which every client understands;
    /// clients that list <c>application/graphql-response+json</c> get it.
    /// </summary>
    public GraphQLResponseMediaType DefaultResponseMediaType { get; set; } = GraphQLResponseMediaType.Json;

    /// <summary>
    /// Called for a browser visit (GET, <c>Accept</c> lists <c>text/html</c>, no <c>query</c> parameter), e.g. to
    /// serve GraphiQL. When null such requests are handled as GraphQL requests (400 for the missing query, or
    /// 406 when the browser accepts no JSON type).
    /// </summary>
    public RequestDelegate? HtmlHandler { get; set; }

    /// <summary>
    /// Serves GraphiQL to browsers: sets <see cref="HtmlHandler"/> to <paramref name="page"/> (default: a
    /// <see cref="GraphiQLPage"/> with its defaults), and <c>MapGraphQL</c> then also maps
    /// <c>{pattern}/graphiql.js</c> and <c>{pattern}/graphiql.css</c>, the bundle embedded at build time.
    /// </summary>
    /// <returns>These options.</returns>
    public GraphQLServerOptions UseGraphiQL(GraphiQLPage? page = null)
    {
        HtmlHandler = (page ?? new GraphiQLPage()).HandleAsync;
        return this;
    }

    /// <summary>The GraphiQL page that <see cref="HtmlHandler"/> serves, if it is one.</summary>
    internal GraphiQLPage? GraphiQL => HtmlHandler?.Target as GraphiQLPage;

    /// <summary>The <see cref="GraphQLRequest.UserContext"/> of a request; null sets it to the <see cref="HttpContext"/>.</summary>
    public Func<HttpContext, object?>? UserContextFactory { get; set; }

    /// <summary>
    /// Called at the start of each GraphQL request (not for browser visits), before the body is read, in the request's
    /// execution context: a value it puts in an <see cref="AsyncLocal{T}"/> is seen by the resolvers.
    /// </summary>
    public Action<HttpContext>? OnRequestStarting { get; set; }

    /// <summary>
    /// Called once each GraphQL request is answered (or its client went away), with what it was and how it ended; its
    /// span (<see cref="GraphQLRequestSummary.Activity"/>) is still open. For logs and metrics of the host; an exception
    /// it throws is logged, not answered.
    /// </summary>
    public Action<HttpContext, GraphQLRequestSummary>? OnRequestCompleted { get; set; }

    /// <summary>Last word on the engine options built from the properties above (e.g. validation rules, allowed operations).</summary>
    public Func<ExecutionOptions, ExecutionOptions>? ConfigureExecution { get; set; }

    /// <summary>The engine options these settings describe. Unexpected resolver errors go to <paramref name="onResolverError"/> unless <see cref="ConfigureExecution"/> says otherwise.</summary>
    public ExecutionOptions ToExecutionOptions(Action<ResolverErrorInfo>? onResolverError = null)
    {
        var options = ExecutionOptions.Default with
        {
            MaxDocumentLength = Math.Max(0, MaxDocumentLength),
            MaxDepth = Math.Max(0, MaxDepth),
            MaxFieldCount = Math.Max(0, MaxFieldCount),
            MaxAliasCount = Math.Max(0, MaxAliasCount),
            Timeout = Timeout is { } t && t > TimeSpan.Zero ? t : null,
            EnableIntrospection = EnableIntrospection,
            MaxErrors = Math.Max(0, MaxErrors),
            DocumentCacheSize = Math.Max(0, DocumentCacheSize),
            OnResolverError = onResolverError,
        };
        return ConfigureExecution is { } configure ? configure(options) : options;
    }
}
