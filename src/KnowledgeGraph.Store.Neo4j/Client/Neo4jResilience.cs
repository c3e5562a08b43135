using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KnowledgeGraph.Store.Neo4j.Client;

/// <summary>
/// The two Polly.Core pipelines every HTTP call to Neo4j goes through. <see cref="Guarded"/> (every call): a circuit
/// breaker over transient failures and a per-call timeout. <see cref="Retried"/> wraps <see cref="Guarded"/> in
/// retries with exponential backoff and jitter, and is used only where a retry cannot write twice: reads, opening or
/// rolling back a transaction, and whole transactions of idempotent work (see docs/neo4j.md, "Retries").
/// </summary>
internal sealed class Neo4jResilience
{
    private readonly ResiliencePipeline _guarded;
    private readonly ResiliencePipeline? _retry;
    private readonly CircuitBreakerStateProvider _state = new();
    private int _retries;
    private int _opened;
    private int _closed;

    public Neo4jResilience(Neo4jOptions options)
    {
        _guarded = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome.Exception)),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = Math.Max(2, options.BreakerMinimumThroughput),
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakDuration,
                StateProvider = _state,
                OnOpened = _ => { Interlocked.Increment(ref _opened); return ValueTask.CompletedTask; },
                OnClosed = _ => { Interlocked.Increment(ref _closed); return ValueTask.CompletedTask; },
            })
            .AddTimeout(options.RequestTimeout)
            .Build();
        if (options.MaxRetries > 0)
        {
            _retry = new ResiliencePipelineBuilder()
                .AddRetry(new RetryStrategyOptions
                {
                    // An open circuit is not retried: it says the server is down now; the caller gets a clear error at once.
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not BrokenCircuitException && IsTransient(args.Outcome.Exception)),
                    MaxRetryAttempts = options.MaxRetries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    OnRetry = _ => { Interlocked.Increment(ref _retries); return ValueTask.CompletedTask; },
                })
                .Build();
        }
    }

    /// <summary>The breaker's state now.</summary>
    public CircuitState Circuit => _state.CircuitState;

    /// <summary>Retries made so far.</summary>
    public int Retries => _retries;

    /// <summary>How often the breaker opened.</summary>
    public int Opened => _opened;

    /// <summary>How often the breaker closed again.</summary>
    public int Closed => _closed;

    /// <summary>A call that may write: breaker and timeout, no retry.</summary>
    public ValueTask<T> Guarded<T>(Func<CancellationToken, ValueTask<T>> call, string what, CancellationToken cancellationToken) =>
        Translate(() => _guarded.ExecuteAsync(call, cancellationToken), what);

    /// <summary>A call that cannot write twice: retried after transient failures, each try guarded.</summary>
    public ValueTask<T> Retried<T>(Func<CancellationToken, ValueTask<T>> call, string what, CancellationToken cancellationToken) =>
        _retry is null
            ? Guarded(call, what, cancellationToken)
            : Translate(() => _retry.ExecuteAsync(ct => _guarded.ExecuteAsync(call, ct), cancellationToken), what);

    /// <summary>
    /// Runs a whole unit of work again after a transient failure (each of its calls is guarded on its own): for
    /// transactions of idempotent work, where running everything again cannot write twice.
    /// </summary>
    public ValueTask<T> RetriedUnit<T>(Func<CancellationToken, ValueTask<T>> unit, string what, CancellationToken cancellationToken) =>
        _retry is null ? Translate(() => unit(cancellationToken), what) : Translate(() => _retry.ExecuteAsync(unit, cancellationToken), what);

    /// <summary>What may succeed when tried again.</summary>
    public static bool IsTransient(Exception? exception) => exception switch
    {
        null => false,
        Neo4jException neo => neo.IsTransient,
        HttpRequestException or IOException or TimeoutRejectedException or BrokenCircuitException => true,
        _ => false,
    };

    private static async ValueTask<T> Translate<T>(Func<ValueTask<T>> run, string what)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (BrokenCircuitException ex)
        {
            throw new Neo4jUnavailableException($"Neo4j is unavailable ({what}): the circuit breaker is open after repeated failures; retry after {ex.RetryAfter?.TotalSeconds ?? 0:0.#} s.", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new Neo4jUnavailableException($"Neo4j did not answer in time ({what}): {ex.Message}", ex);
        }
        catch (Neo4jUnavailableException ex) when (ex.InnerException is not BrokenCircuitException and not TimeoutRejectedException)
        {
            throw new Neo4jUnavailableException($"{ex.Message} ({what})", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new Neo4jUnavailableException($"Neo4j could not be reached ({what}): {ex.Message}", ex);
        }
    }
}
