using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Store.Neo4j.Client;

/// <summary>
/// An explicit transaction: statements run inside it until <see cref="CommitAsync"/>; disposing it uncommitted rolls it
/// back. While it is open and idle, a keep-alive call every <see cref="KeepAliveInterval"/> stops the server from
/// timing it out during a long load. Calls inside it are not retried (the server's transaction state after a lost
/// answer is unknown); <see cref="Neo4jClient.ExecuteWriteAsync{T}"/> retries a whole transaction instead.
/// On the Query API the cluster-affinity header of the opening answer is sent with every later call, so a cluster
/// routes them to the member that holds the transaction.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jClient _client;
    private readonly Neo4jServerInfo _server;
    private readonly Uri _run;
    private readonly Uri _commit;
    private readonly string? _affinity;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Timer _keepAlive;
    private long _lastCall = Environment.TickCount64;
    private bool _done;

    private Neo4jTransaction(Neo4jClient client, Neo4jServerInfo server, Uri run, Uri commit, string? affinity)
    {
        _client = client;
        _server = server;
        _run = run;
        _commit = commit;
        _affinity = affinity;
        _keepAlive = new Timer(_ => _ = KeepAliveAsync(), null, KeepAliveInterval, KeepAliveInterval);
    }

    /// <summary>How often an idle transaction is kept alive (Neo4j's default transaction timeout is 60 s).</summary>
    public static TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Keep-alive calls sent so far.</summary>
    public int KeepAlives { get; private set; }

    /// <summary>Where the transaction lives on the server.</summary>
    public Uri Address => _run;

    internal static async ValueTask<Neo4jTransaction> OpenAsync(Neo4jClient client, Neo4jServerInfo server, CancellationToken cancellationToken)
    {
        var exchange = new Exchange();
        if (server.Protocol == Neo4jProtocol.Transactional)
        {
            await foreach (var _ in client.ExchangeAsync(HttpMethod.Post, server.Transactional!, [], exchange, null, cancellationToken).ConfigureAwait(false))
            {
            }
            var location = exchange.Location ?? throw new Neo4jException($"Neo4j opened no transaction at {server.Transactional!.AbsolutePath} (no Location in its answer).");
            return new Neo4jTransaction(client, server, location, exchange.Commit is { } c ? new Uri(client.Address, new Uri(c).PathAndQuery) : new Uri(location + "/commit"), null);
        }
        string? affinity = null;
        var open = new Uri(server.Query + "/tx");
        await foreach (var _ in client.ExchangeAsync(HttpMethod.Post, open, ["RETURN 1"], exchange,
            (_, response) => affinity ??= response?.Headers.TryGetValues("neo4j-cluster-affinity", out var v) == true ? v.FirstOrDefault() : null,
            cancellationToken).ConfigureAwait(false))
        {
        }
        var id = exchange.TransactionId ?? throw new Neo4jException($"Neo4j opened no transaction at {open.AbsolutePath} (no transaction id in its answer).");
        var run = new Uri($"{open}/{Uri.EscapeDataString(id)}");
        return new Neo4jTransaction(client, server, run, new Uri(run + "/commit"), affinity);
    }

    /// <summary>Runs statements (in one call on the transactional endpoint) and returns their summed counters.</summary>
    public async Task<Neo4jCounters> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        var total = new Neo4jCounters();
        if (_server.Protocol == Neo4jProtocol.Transactional)
        {
            await CallAsync(_run, statements, total, null, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            foreach (var statement in statements)
            {
                await CallAsync(_run, [statement], total, null, cancellationToken).ConfigureAwait(false);
            }
        }
        return total;
    }

    /// <summary>Runs one statement and returns its counters.</summary>
    public Task<Neo4jCounters> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default) =>
        RunAsync([statement], cancellationToken);

    /// <summary>Runs a statement and maps every row.</summary>
    public async Task<List<T>> QueryAsync<T>(CypherStatement statement, Func<Neo4jRecord, T> map, CancellationToken cancellationToken = default)
    {
        var rows = new List<T>();
        await CallAsync(_run, [statement], new Neo4jCounters(), r => rows.Add(map(r)), cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>Commits; the transaction is over whatever the outcome.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        _done = true;
        await _keepAlive.DisposeAsync().ConfigureAwait(false);
        await CallAsync(_commit, [], new Neo4jCounters(), null, cancellationToken, closing: true).ConfigureAwait(false);
    }

    /// <summary>Rolls back; the transaction is over.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_done)
        {
            return;
        }
        _done = true;
        await _keepAlive.DisposeAsync().ConfigureAwait(false);
        await _client.Resilience.Retried(async ct =>
        {
            await foreach (var _ in _client.ExchangeAsync(HttpMethod.Delete, _run, [], new Exchange(), Affinity, ct).ConfigureAwait(false))
            {
            }
            return true;
        }, "rolling back", cancellationToken).ConfigureAwait(false);
    }

    private async Task CallAsync(Uri uri, IReadOnlyList<CypherStatement> statements, Neo4jCounters total, Action<Neo4jRecord>? onRow,
        CancellationToken cancellationToken, bool closing = false)
    {
        if (!closing)
        {
            EnsureOpen();
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _client.Resilience.Guarded(async ct =>
            {
                var exchange = new Exchange();
                await foreach (var record in _client.ExchangeAsync(HttpMethod.Post, uri, statements, exchange, Affinity, ct).ConfigureAwait(false))
                {
                    onRow?.Invoke(record);
                }
                total.Add(exchange.Counters);
                return true;
            }, statements.Count == 0 ? (closing ? "commit" : "keep-alive") : "statement in a transaction", cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex) when (ex.Code?.StartsWith("Neo.", StringComparison.Ordinal) == true)
        {
            // The server rolls a transaction back when a statement fails in it.
            _done = true;
            throw;
        }
        finally
        {
            Volatile.Write(ref _lastCall, Environment.TickCount64);
            _gate.Release();
        }
    }

    private void Affinity(HttpRequestMessage request, HttpResponseMessage? response)
    {
        if (response is null && _affinity is not null)
        {
            request.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", _affinity);
        }
    }

    private async Task KeepAliveAsync()
    {
        if (_done || Environment.TickCount64 - Volatile.Read(ref _lastCall) < KeepAliveInterval.TotalMilliseconds / 2 || !_gate.Wait(0))
        {
            return;
        }
        try
        {
            if (_done)
            {
                return;
            }
            var keep = _server.Protocol == Neo4jProtocol.Transactional ? (IReadOnlyList<CypherStatement>)[] : ["RETURN 1"];
            await foreach (var _ in _client.ExchangeAsync(HttpMethod.Post, _run, keep, new Exchange(), Affinity, CancellationToken.None).ConfigureAwait(false))
            {
            }
            KeepAlives++;
            Volatile.Write(ref _lastCall, Environment.TickCount64);
        }
        catch (Exception)
        {
            // A failed keep-alive shows in the next real call, which fails with the server's reason.
        }
        finally
        {
            _gate.Release();
        }
    }

    private void EnsureOpen()
    {
        if (_done)
        {
            throw new InvalidOperationException("The transaction is over (committed, rolled back, or failed).");
        }
    }

    /// <summary>Rolls back when not committed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_done)
        {
            try
            {
                await RollbackAsync().ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // The server drops an abandoned transaction at its timeout anyway.
            }
        }
        await _keepAlive.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}
