using KnowledgeGraph.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The readiness check behind <c>/health/ready</c> (tag <see cref="ReadyTag"/>): healthy when start-up has loaded the
/// store and it answers a trivial statement within <see cref="PingTimeout"/>; unhealthy while loading, after a start-up
/// failure, or while the open store does not answer. The result's data holds the status word (<c>ready</c>,
/// <c>loading</c>, <c>failed</c>, <c>unavailable</c>); its description holds the error text, which is private.
/// </summary>
public sealed class StoreHealthCheck(StoreHolder holder) : IHealthCheck
{
    /// <summary>The check's name.</summary>
    public const string Name = "store";

    /// <summary>The tag of checks that decide readiness.</summary>
    public const string ReadyTag = "ready";

    /// <summary>The tag of checks that decide liveness (none touches the store).</summary>
    public const string LiveTag = "live";

    /// <summary>How long the check waits for the store to answer.</summary>
    public static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(5);

    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (status, error) = await EvaluateAsync(holder, cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object> { ["status"] = status };
        return status == "ready"
            ? HealthCheckResult.Healthy(data: data)
            : HealthCheckResult.Unhealthy(error ?? "the store is loading", data: data);
    }

    /// <summary>
    /// The store's status word (<c>ready</c>, <c>loading</c>, <c>failed</c> or <c>unavailable</c>) and, unless ready, why
    /// (null while loading).
    /// </summary>
    public static async Task<(string Status, string? Error)> EvaluateAsync(StoreHolder holder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holder);
        switch (holder.Status)
        {
            case StoreStatus.Loading:
                return ("loading", null);
            case StoreStatus.Ready:
                return await PingAsync(holder, cancellationToken).ConfigureAwait(false) is { } unreachable
                    ? ("unavailable", unreachable)
                    : ("ready", null);
            default:
                return ("failed", holder.Error);
        }
    }

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
