using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// <c>GET /health</c>: the process is alive (any answer), and whether the store is ready: JSON
/// <c>{status, live, store: {status, provider, path, note, error}}</c> (<c>path</c> is where the store is, a file or a
/// URI), 200 when ready and the store answers a trivial statement, 503 while loading, after a store failure, or while an
/// open store does not answer (<c>unavailable</c>, with the error).
/// </summary>
public static class HealthEndpoint
{
    /// <summary>How long the readiness check waits for the store to answer.</summary>
    public static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder endpoints, string pattern = "/health") =>
        endpoints.MapGet(pattern, async (StoreHolder holder, CancellationToken cancellationToken) =>
        {
            var status = holder.Status switch
            {
                StoreStatus.Ready => "ready",
                StoreStatus.Loading => "loading",
                _ => "failed",
            };
            var error = holder.Error;
            if (holder.Status == StoreStatus.Ready && await PingAsync(holder, cancellationToken).ConfigureAwait(false) is { } unreachable)
            {
                status = "unavailable";
                error = unreachable;
            }
            var body = new
            {
                status,
                live = true,
                store = new { status, provider = holder.Provider, path = holder.Location, note = holder.Note, error },
            };
            return Results.Json(body, statusCode: status == "ready" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });

    /// <summary>Null when the open store answers within <see cref="PingTimeout"/>, else why not.</summary>
    private static async Task<string?> PingAsync(StoreHolder holder, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PingTimeout);
        try
        {
            await holder.Store.PingAsync(timeout.Token).ConfigureAwait(false);
            return null;
        }
        catch (StoreException ex)
        {
            return ex.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"the store did not answer within {PingTimeout.TotalSeconds:0} s";
        }
    }
}
