using KnowledgeGraph.Api.Curation;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Health as orchestrators expect, with ASP.NET Core health checks:
/// <list type="bullet">
/// <item><c>GET /health/live</c>: 200 <c>Healthy</c> while the process answers; it never touches the store.</item>
/// <item><c>GET /health/ready</c>: 200 <c>Healthy</c> when the store is loaded and answers a trivial statement
/// (<see cref="StoreHealthCheck"/>), 503 <c>Unhealthy</c> while loading, after a start-up failure, or while the open store
/// does not answer.</item>
/// <item><c>GET /health</c> (as before): JSON <c>{status, live, store: {status, provider}}</c> with the same status word
/// (<c>ready</c>, <c>loading</c>, <c>failed</c>, <c>unavailable</c>) and status code (200 when ready, else 503). The
/// private details <c>store.path</c> (where the store is, a file or a URI), <c>store.note</c> (what start-up did) and
/// <c>store.error</c> are present only for a caller sending the curators' API key (<c>X-Api-Key</c> or
/// <c>Authorization: Bearer</c>) or asking on the management port (<c>Api:ManagementPort</c>); for anyone else these
/// three properties are omitted.</item>
/// </list>
/// </summary>
public static class HealthEndpoint
{
    /// <summary>Maps <paramref name="pattern"/>, <paramref name="pattern"/><c>/live</c> and <paramref name="pattern"/><c>/ready</c>.</summary>
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder endpoints, string pattern = "/health")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks(pattern + "/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(StoreHealthCheck.LiveTag) });
        endpoints.MapHealthChecks(pattern + "/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(StoreHealthCheck.ReadyTag) });
        return endpoints.MapGet(pattern, async (HttpContext http, StoreHolder holder, ApiKeyGuard guard, IOptionsMonitor<ApiOptions> options) =>
        {
            var (status, error) = await StoreHealthCheck.EvaluateAsync(holder, http.RequestAborted).ConfigureAwait(false);
            var code = status == "ready" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            object store = ShowsDetails(http, guard, options.CurrentValue)
                ? new { status, provider = holder.Provider, path = holder.Location, note = holder.Note, error }
                : new { status, provider = holder.Provider };
            return Results.Json(new { status, live = true, store }, statusCode: code);
        });
    }

    /// <summary>Whether the caller may see the store's path, start-up note and error text.</summary>
    private static bool ShowsDetails(HttpContext http, ApiKeyGuard guard, ApiOptions options) =>
        (options.ManagementPort is { } port && http.Connection.LocalPort == port) || guard.IsAuthenticated(http);
}
