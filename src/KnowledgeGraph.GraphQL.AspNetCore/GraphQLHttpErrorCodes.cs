namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>
/// <c>errors[].extensions.code</c> of responses the HTTP layer gives before the engine is reached (the engine's
/// codes are in <see cref="Execution.ErrorCodes"/>).
/// </summary>
public static class GraphQLHttpErrorCodes
{
    /// <summary>The HTTP request is not a well-formed GraphQL-over-HTTP request (bad JSON, wrong parameter types, no query): 400.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The request body is larger than <see cref="GraphQLServerOptions.MaxRequestBodySize"/>: 413.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The POST body is not <c>application/json</c> in UTF-8: 415.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The client accepts neither <c>application/graphql-response+json</c> nor <c>application/json</c>: 406.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The method is not GET or POST, or a mutation was sent with GET: 405.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>A request sent only the hash of a document this server does not know: send it again with the query (Apollo's automatic persisted queries).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>A request sent only a hash, and this server keeps no persisted queries.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>Allow-list mode: the document is not one of the registered documents.</summary>
    public const string PersistedQueryNotAllowed = "PERSISTED_QUERY_NOT_ALLOWED";
}
