namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Stable values of <c>errors[].extensions.code</c> produced by the engine. Clients and the HTTP layer
/// may rely on them; messages may change, codes do not.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The document could not be parsed (syntax error, parser token limit).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document is not valid against the schema (spec 5), or no operation could be selected.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Bad input: variable coercion failed, or a resolver rejected its input (<see cref="GraphQLException"/>).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The document is longer than <see cref="ExecutionOptions.MaxDocumentLength"/>.</summary>
    public const string QueryTooLarge = "QUERY_TOO_LARGE";

    /// <summary>The operation selects more fields or aliases than allowed (<see cref="ExecutionOptions.MaxFieldCount"/>, <see cref="ExecutionOptions.MaxAliasCount"/>).</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>The operation nests selections deeper than <see cref="ExecutionOptions.MaxDepth"/>.</summary>
    public const string QueryTooDeep = "QUERY_TOO_DEEP";

    /// <summary>Execution exceeded <see cref="ExecutionOptions.Timeout"/>.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary><c>__schema</c> / <c>__type</c> requested while <see cref="ExecutionOptions.EnableIntrospection"/> is false.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>An unexpected failure (a resolver threw); the message is generic, details go to <see cref="ExecutionOptions.OnResolverError"/>.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The operation type is not allowed (subscriptions, or an operation type excluded by <see cref="ExecutionOptions.AllowedOperations"/>).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>No operation could be selected (none in the document, several without a name, or an unknown name).</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";
}
