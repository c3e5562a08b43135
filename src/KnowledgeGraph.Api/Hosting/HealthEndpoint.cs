namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// <c>GET /health</c>: the process is alive (any answer), and whether the store is ready: JSON
/// <c>{status, live, store: {status, path, note, error}}</c>, 200 when ready, 503 while loading or after a store failure.
/// </summary>
public static class HealthEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder endpoints, string pattern = "/health") =>
        endpoints.MapGet(pattern, (StoreHolder holder) =>
        {
            var status = holder.Status switch
            {
                StoreStatus.Ready => "ready",
                StoreStatus.Loading => "loading",
                _ => "failed",
            };
            var body = new
            {
                status,
                live = true,
                store = new { status, path = holder.Path, note = holder.Note, error = holder.Error },
            };
            return Results.Json(body, statusCode: holder.Status == StoreStatus.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
}
