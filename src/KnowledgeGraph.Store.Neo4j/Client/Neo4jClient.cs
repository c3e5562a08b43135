using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j.Client;

/// <summary>
/// A Neo4j client over HTTP (no driver restores here): discovery, auto-commit calls and explicit transactions on the
/// transactional endpoint or the Query API, results streamed row by row, errors by Neo4j's status codes, and Polly.Core
/// retries only where a retry cannot write twice (see <see cref="Neo4jResilience"/>).
/// </summary>
public sealed class Neo4jClient : IAsyncDisposable, IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Uri _root;
    private readonly AuthenticationHeaderValue? _auth;
    private readonly SemaphoreSlim _discovery = new(1, 1);
    private Neo4jServerInfo? _server;

    /// <summary>Creates a client for <paramref name="options"/>; <paramref name="http"/> when given is used and not disposed.</summary>
    public Neo4jClient(Neo4jOptions options, HttpClient? http = null)
    {
        Options = options;
        var root = options.HttpUri;
        string? user = options.User, password = options.Password;
        if (!string.IsNullOrEmpty(root.UserInfo))
        {
            // Credentials written into the address go into the header, never into a request line or a message.
            var parts = root.UserInfo.Split(':', 2);
            user ??= Uri.UnescapeDataString(parts[0]);
            password ??= parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null;
            root = new UriBuilder(root) { UserName = "", Password = "" }.Uri;
        }
        _root = root;
        if (!string.IsNullOrEmpty(options.Token))
        {
            _auth = new AuthenticationHeaderValue("Bearer", options.Token);
        }
        else if (!string.IsNullOrEmpty(user))
        {
            _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }
        _ownsHttp = http is null;
        _http = http ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        // Each call's time is bounded by the per-call timeout of the resilience pipeline, not by HttpClient.
        if (_ownsHttp)
        {
            _http.Timeout = Timeout.InfiniteTimeSpan;
        }
        Resilience = new Neo4jResilience(options);
    }

    /// <summary>The configuration in use.</summary>
    public Neo4jOptions Options { get; }

    /// <summary>Called with every statement before it is sent (the tests collect them for Neo4j's own linter).</summary>
    public Action<CypherStatement>? StatementObserver { get; set; }

    /// <summary>The retry, breaker and timeout pipelines (their counters are visible to the tests).</summary>
    internal Neo4jResilience Resilience { get; }

    /// <summary>The server's address (without credentials).</summary>
    public Uri Address => _root;

    /// <summary>Asks the server (once, retried) what it offers: <c>GET /</c>, and on 3.x <c>GET /db/data/</c>.</summary>
    public async Task<Neo4jServerInfo> DiscoverAsync(CancellationToken cancellationToken = default)
    {
        if (_server is { } known)
        {
            return known;
        }
        await _discovery.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _server ??= await Resilience.Retried(ct => DiscoverOnceAsync(ct), "discovery", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _discovery.Release();
        }
    }

    private async ValueTask<Neo4jServerInfo> DiscoverOnceAsync(CancellationToken cancellationToken)
    {
        using var root = await GetJsonAsync(_root, cancellationToken).ConfigureAwait(false);
        var doc = root.RootElement;
        string? Text(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        Uri? Endpoint(string? template) => template is null ? null
            : new Uri(_root, new Uri(template.Replace("{databaseName}", Uri.EscapeDataString(Options.DatabaseName), StringComparison.Ordinal)).PathAndQuery);
        var tx = Text(doc, "transaction");
        var query = Text(doc, "query");
        if (tx is null && query is null && Text(doc, "data") is { } data)
        {
            // Neo4j 3.x: the data service names the transactional endpoint and the version.
            using var service = await GetJsonAsync(new Uri(_root, new Uri(data).PathAndQuery), cancellationToken).ConfigureAwait(false);
            return new Neo4jServerInfo(Text(service.RootElement, "neo4j_version") ?? "", Endpoint(Text(service.RootElement, "transaction")), null);
        }
        if (tx is null && query is null)
        {
            throw new Neo4jException($"The server at {_root} does not look like Neo4j: its discovery document names neither a transactional endpoint nor the Query API.");
        }
        return new Neo4jServerInfo(Text(doc, "neo4j_version") ?? "", Endpoint(tx), Endpoint(query));
    }

    private async Task<JsonDocument> GetJsonAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new Neo4jException($"The server at {uri} answered {(int)response.StatusCode} without JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// Runs one statement in its own (auto-commit) transaction and returns its counters. A read is retried after a
    /// transient failure; a write is not (a lost answer may hide a write that was done).
    /// </summary>
    public async Task<Neo4jCounters> RunAsync(CypherStatement statement, AccessMode mode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        var server = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        Func<CancellationToken, ValueTask<Neo4jCounters>> call = async ct =>
        {
            var exchange = new Exchange();
            await foreach (var _ in AutoCommit(server, statement, exchange, ct).ConfigureAwait(false))
            {
            }
            return exchange.Counters;
        };
        return mode == AccessMode.Read
            ? await Resilience.Retried(call, "read", cancellationToken).ConfigureAwait(false)
            : await Resilience.Guarded(call, "write", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a read in its own transaction and maps every row; retried whole after a transient failure.</summary>
    public async Task<List<T>> QueryAsync<T>(CypherStatement statement, Func<Neo4jRecord, T> map, CancellationToken cancellationToken = default)
    {
        var server = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        return await Resilience.Retried(async ct =>
        {
            var rows = new List<T>();
            await foreach (var record in AutoCommit(server, statement, new Exchange(), ct).ConfigureAwait(false))
            {
                rows.Add(map(record));
            }
            return rows;
        }, "read", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Streams the rows of a read in its own transaction as they arrive. Nothing is retried here (rows already handed
    /// out cannot be taken back); a failure ends the stream with an exception.
    /// </summary>
    public async IAsyncEnumerable<Neo4jRecord> StreamAsync(CypherStatement statement, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var server = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var record in AutoCommit(server, statement, new Exchange(), cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }
    }

    private IAsyncEnumerable<Neo4jRecord> AutoCommit(Neo4jServerInfo server, CypherStatement statement, Exchange exchange, CancellationToken cancellationToken) =>
        server.Protocol == Neo4jProtocol.Transactional
            ? ExchangeAsync(HttpMethod.Post, new Uri(server.Transactional + "/commit"), [statement], exchange, null, cancellationToken)
            : ExchangeAsync(HttpMethod.Post, server.Query!, [statement], exchange, null, cancellationToken);

    /// <summary>Opens an explicit transaction (retried: opening one writes nothing).</summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        var server = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        return await Resilience.Retried(ct => Neo4jTransaction.OpenAsync(this, server, ct), "opening a transaction", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; after a transient failure (of any call,
    /// the commit included) the transaction is rolled back and the whole work runs again in a new one. Only for
    /// idempotent work: a commit whose answer was lost may have been applied, and the work then runs a second time.
    /// </summary>
    public async Task<T> ExecuteWriteAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        var server = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        return await Resilience.RetriedUnit(async ct =>
        {
            await using var tx = await Resilience.Guarded(c => Neo4jTransaction.OpenAsync(this, server, c), "opening a transaction", ct).ConfigureAwait(false);
            var result = await work(tx, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return result;
        }, "transaction", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends one request of statements and yields the rows of the answer as they arrive; when the rows are done, throws
    /// what the server reported (a client error names the statement). <paramref name="headers"/> adds request headers.
    /// </summary>
    internal async IAsyncEnumerable<Neo4jRecord> ExchangeAsync(HttpMethod method, Uri uri, IReadOnlyList<CypherStatement> statements, Exchange exchange,
        Action<HttpRequestMessage, HttpResponseMessage?>? headers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var s in statements)
        {
            StatementObserver?.Invoke(s);
        }
        using var request = new HttpRequestMessage(method, uri);
        if (method != HttpMethod.Delete)
        {
            request.Content = statements.Count == 1 && uri.AbsolutePath.Contains("/query/v2", StringComparison.Ordinal)
                ? RequestBody.Query(statements[0])
                : RequestBody.Statements(statements);
        }
        headers?.Invoke(request, null);
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        headers?.Invoke(request, response);
        if (response.Headers.Location is { } location)
        {
            exchange.Location = location.IsAbsoluteUri ? location : new Uri(uri, location);
        }
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is not null && !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                throw new Neo4jException($"Neo4j answered {(int)response.StatusCode} {response.ReasonPhrase} with {mediaType}, not JSON, to {method} {uri.AbsolutePath}.");
            }
            if (response.Content.Headers.ContentLength == 0)
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw new Neo4jException($"Neo4j answered {(int)response.StatusCode} {response.ReasonPhrase} to {method} {uri.AbsolutePath}.");
                }
                yield break;
            }
            await foreach (var record in exchange.ReadAsync(stream, cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
        if (exchange.Errors.Count > 0)
        {
            var error = exchange.Errors[0];
            var statement = error.Statement < statements.Count ? statements[error.Statement].Text : statements.Count == 1 ? statements[0].Text : null;
            throw new Neo4jException(Neo4jException.Describe(error.Code, error.Message, statement), error.Code, statement);
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new Neo4jException($"Neo4j answered {(int)response.StatusCode} {response.ReasonPhrase} to {method} {uri.AbsolutePath}.");
        }
    }

    /// <summary>Sends with authentication, waiting only for the headers; 502, 503 and 504 become transient errors.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _auth;
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw new Neo4jUnavailableException($"Neo4j answered {(int)status} {status} to {request.Method} {request.RequestUri?.AbsolutePath}.");
        }
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            var status = response.StatusCode;
            response.Dispose();
            throw new Neo4jException($"Neo4j refused the credentials ({(int)status} {status}) for {Options}.", "Neo.ClientError.Security.Unauthorized");
        }
        return response;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
        _discovery.Dispose();
    }
}
