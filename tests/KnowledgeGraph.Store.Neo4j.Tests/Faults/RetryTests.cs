using KnowledgeGraph.Store.Neo4j.Client;
using Polly.CircuitBreaker;

namespace KnowledgeGraph.Store.Neo4j.Tests.Faults;

/// <summary>
/// Transient failures against the fake server: reads and whole idempotent transactions are retried, writes are not,
/// the breaker opens and closes, and every failure ends in a clear error.
/// </summary>
public sealed class RetryTests : IAsyncLifetime
{
    private FakeNeo4j _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeNeo4j.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private Neo4jClient Client(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Uri = _fake.Address,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetries = 3,
            // Generous: the machine may be busy; the timeout test sets its own.
            RequestTimeout = TimeSpan.FromSeconds(10),
            BreakerMinimumThroughput = 100,
        };
        configure?.Invoke(options);
        return new Neo4jClient(options);
    }

    [Fact]
    public async Task A_read_answered_503_is_retried_until_it_succeeds()
    {
        using var client = Client();
        await client.DiscoverAsync();
        _fake.Script.Enqueue(FakeAnswer.Unavailable);
        _fake.Script.Enqueue(FakeAnswer.Unavailable);
        var rows = await client.QueryAsync("RETURN 1 AS x", r => r[0].GetInt32());
        Assert.Equal([1], rows);
        Assert.Equal(3, _fake.Calls.Count);
        Assert.Equal(2, client.Resilience.Retries);
    }

    [Fact]
    public async Task A_read_that_times_out_every_time_ends_in_a_clear_error_after_the_retries()
    {
        using var client = Client(o => o.RequestTimeout = TimeSpan.FromSeconds(1));
        await client.DiscoverAsync();
        _fake.Otherwise = FakeAnswer.Hang;
        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.QueryAsync("RETURN 1 AS x", r => r[0].GetInt32()));
        Assert.Contains("did not answer in time", error.Message);
        Assert.Equal(4, _fake.Calls.Count);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_read_is_retried()
    {
        using var client = Client();
        await client.DiscoverAsync();
        _fake.Script.Enqueue(FakeAnswer.Drop);
        Assert.Equal([1], await client.QueryAsync("RETURN 1 AS x", r => r[0].GetInt32()));
        Assert.Equal(2, _fake.Calls.Count);
    }

    [Fact]
    public async Task A_transient_error_code_is_retried_for_a_read()
    {
        using var client = Client();
        await client.DiscoverAsync();
        _fake.Script.Enqueue(FakeAnswer.Deadlock);
        Assert.Equal([1], await client.QueryAsync("RETURN 1 AS x", r => r[0].GetInt32()));
        Assert.Equal(2, _fake.Calls.Count);
    }

    [Theory]
    [InlineData(FakeAnswer.Unavailable)]
    [InlineData(FakeAnswer.Drop)]
    [InlineData(FakeAnswer.Hang)]
    public async Task An_auto_commit_write_is_never_sent_twice(FakeAnswer failure)
    {
        using var client = Client(o => o.RequestTimeout = TimeSpan.FromSeconds(1));
        await client.DiscoverAsync();
        _fake.Script.Enqueue(failure);
        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync("CREATE (n:Thing)", AccessMode.Write));
        Assert.Contains("write", error.Message);
        Assert.Single(_fake.Calls);
        Assert.Empty(_fake.Committed);
    }

    [Fact]
    public async Task A_whole_transaction_is_run_again_after_its_commit_drops_and_commits_once()
    {
        using var client = Client();
        await client.DiscoverAsync();
        // Open, run and commit; the first commit's connection drops (the fake does not apply it), the retry succeeds.
        _fake.Script.Enqueue(FakeAnswer.Ok);
        _fake.Script.Enqueue(FakeAnswer.Ok);
        _fake.Script.Enqueue(FakeAnswer.Drop);
        var runs = 0;
        await client.ExecuteWriteAsync(async (tx, ct) =>
        {
            runs++;
            await tx.RunAsync("MERGE (n:Thing {id: 'a'})", ct);
            return true;
        });
        Assert.Equal(2, runs);
        Assert.Equal(["MERGE (n:Thing {id: 'a'})"], _fake.Committed);
    }

    [Fact]
    public async Task A_statement_inside_a_transaction_is_not_retried_on_its_own()
    {
        using var client = Client();
        await client.DiscoverAsync();
        await using var tx = await client.BeginTransactionAsync();
        _fake.Script.Enqueue(FakeAnswer.Unavailable);
        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => tx.RunAsync("CREATE (n:Thing)"));
        Assert.Equal(2, _fake.Calls.Count(c => c.StartsWith("POST", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_breaker_opens_after_repeated_failures_fails_fast_and_closes_when_the_server_is_back()
    {
        using var client = Client(o =>
        {
            o.MaxRetries = 0;
            o.BreakerMinimumThroughput = 2;
            o.BreakerFailureRatio = 0.5;
            o.BreakDuration = TimeSpan.FromMilliseconds(500);
        });
        await client.DiscoverAsync();
        _fake.Otherwise = FakeAnswer.Unavailable;
        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.QueryAsync("RETURN 1 AS x", r => 1));
        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.QueryAsync("RETURN 1 AS x", r => 1));
        Assert.Equal(CircuitState.Open, client.Resilience.Circuit);
        var calls = _fake.Calls.Count;
        var open = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.QueryAsync("RETURN 1 AS x", r => 1));
        Assert.Contains("circuit breaker is open", open.Message);
        Assert.Equal(calls, _fake.Calls.Count);
        Assert.Equal(1, client.Resilience.Opened);

        _fake.Otherwise = FakeAnswer.Ok;
        // After the break the next call goes through (half-open) and its success closes the circuit.
        List<int>? rows = null;
        for (var i = 0; i < 100 && rows is null; i++)
        {
            await Task.Delay(100);
            try
            {
                rows = await client.QueryAsync("RETURN 1 AS x", r => r[0].GetInt32());
            }
            catch (Neo4jUnavailableException)
            {
            }
        }
        Assert.Equal([1], rows);
        Assert.Equal(CircuitState.Closed, client.Resilience.Circuit);
        Assert.Equal(1, client.Resilience.Closed);
    }

    [Fact]
    public async Task Basic_and_bearer_authentication_are_sent_and_the_password_is_never_in_messages()
    {
        using (var basic = Client(o => { o.User = "neo4j"; o.Password = "s3cret-pw"; }))
        {
            await basic.QueryAsync("RETURN 1 AS x", r => 1);
            Assert.DoesNotContain("s3cret-pw", basic.Options.ToString());
            _fake.Otherwise = FakeAnswer.Unavailable;
            var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => basic.RunAsync("RETURN 1"));
            Assert.DoesNotContain("s3cret-pw", error.ToString());
            _fake.Otherwise = FakeAnswer.Ok;
        }
        using (var bearer = Client(o => o.Token = "tok-123"))
        {
            await bearer.QueryAsync("RETURN 1 AS x", r => 1);
        }
        Assert.Contains("Basic " + Convert.ToBase64String("neo4j:s3cret-pw"u8.ToArray()), _fake.Authorizations);
        Assert.Contains("Bearer tok-123", _fake.Authorizations);
    }
}
