namespace KnowledgeGraph.Api.Hosting;

/// <summary>The API's own <c>errors[].extensions.code</c> values (beside the engine's <see cref="GraphQL.Execution.ErrorCodes"/>).</summary>
public static class ApiErrorCodes
{
    /// <summary>The request has no valid API key (mutations).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The request may not do this (mutations when no API key is configured).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The store is still loading or failed to open.</summary>
    public const string StoreNotReady = "STORE_NOT_READY";

    /// <summary>The store failed to answer or to write (the back-end's error, as <see cref="Store.StoreException"/>); nothing was written.</summary>
    public const string StoreError = "STORE_ERROR";

    /// <summary>The GraphQL error for a store failure: code <see cref="StoreError"/>, with the back-end's message (never where the store is).</summary>
    public static GraphQL.Execution.GraphQLException Failed(Store.StoreException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new GraphQL.Execution.GraphQLException($"The store failed: {exception.Message}", StoreError);
    }
}
