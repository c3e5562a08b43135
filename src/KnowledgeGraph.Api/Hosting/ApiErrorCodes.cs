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
}
