using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Store.Neo4j.Tests.Faults;

/// <summary>How the fake answers one Cypher call.</summary>
public enum FakeAnswer
{
    /// <summary>A normal answer (one row <c>[1]</c> per statement).</summary>
    Ok,

    /// <summary>503 Service Unavailable.</summary>
    Unavailable,

    /// <summary>No answer until the client gives up.</summary>
    Hang,

    /// <summary>The connection is dropped without an answer.</summary>
    Drop,

    /// <summary>Neo.TransientError.Transaction.DeadlockDetected in the body.</summary>
    Deadlock,
}

/// <summary>
/// A tiny stand-in for Neo4j's transactional endpoint on Kestrel (127.0.0.1, a free port), only for the failures a real
/// server cannot be made to show on demand: each Cypher call takes the next answer of <see cref="Script"/> (then
/// <see cref="Otherwise"/>). It records every call and every committed statement.
/// </summary>
public sealed class FakeNeo4j : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _tx;

    private FakeNeo4j(WebApplication app) => _app = app;

    /// <summary>The answers of the next calls, in order.</summary>
    public ConcurrentQueue<FakeAnswer> Script { get; } = new();

    /// <summary>The answer once <see cref="Script"/> is used up.</summary>
    public FakeAnswer Otherwise { get; set; } = FakeAnswer.Ok;

    /// <summary>Every Cypher call received (method and path), discovery excluded.</summary>
    public ConcurrentQueue<string> Calls { get; } = new();

    /// <summary>The statements of every call answered Ok that committed (auto-commit or commit of a transaction).</summary>
    public ConcurrentQueue<string> Committed { get; } = new();

    /// <summary>The Authorization headers received.</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    /// <summary>The server's address.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Starts the fake.</summary>
    public static async Task<FakeNeo4j> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeNeo4j(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        fake.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    private readonly ConcurrentDictionary<int, List<string>> _open = new();

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.FirstOrDefault() is { } auth)
        {
            Authorizations.Enqueue(auth);
        }
        var path = context.Request.Path.Value ?? "/";
        if (path == "/")
        {
            await WriteJson(context, new Dictionary<string, object>
            {
                ["transaction"] = $"{Address}/db/{{databaseName}}/tx",
                ["neo4j_version"] = "5.26.0",
                ["neo4j_edition"] = "community",
            });
            return;
        }
        Calls.Enqueue($"{context.Request.Method} {path}");
        var statements = new List<string>();
        if (context.Request.ContentLength is > 0 || context.Request.Method == "POST")
        {
            using var doc = await JsonDocument.ParseAsync(context.Request.Body);
            if (doc.RootElement.TryGetProperty("statements", out var list))
            {
                statements.AddRange(list.EnumerateArray().Select(s => s.GetProperty("statement").GetString()!));
            }
        }
        var answer = Script.TryDequeue(out var next) ? next : Otherwise;
        switch (answer)
        {
            case FakeAnswer.Unavailable:
                context.Response.StatusCode = 503;
                return;
            case FakeAnswer.Hang:
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }
                return;
            case FakeAnswer.Drop:
                context.Abort();
                return;
            case FakeAnswer.Deadlock:
                await WriteJson(context, new { results = Array.Empty<object>(), errors = new[] { new { code = "Neo.TransientError.Transaction.DeadlockDetected", message = "deadlock (fake)" } } });
                return;
        }
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries); // db, neo4j, tx, [id], [commit]
        if (context.Request.Method == "DELETE")
        {
            _open.TryRemove(int.Parse(segments[3]), out _);
            await WriteJson(context, new { results = Array.Empty<object>(), errors = Array.Empty<object>() });
            return;
        }
        if (segments.Length == 3)
        {
            // Open a transaction.
            var id = Interlocked.Increment(ref _tx);
            _open[id] = [.. statements];
            context.Response.StatusCode = 201;
            context.Response.Headers.Location = $"{Address}/db/neo4j/tx/{id}";
            await WriteJson(context, new { commit = $"{Address}/db/neo4j/tx/{id}/commit", results = Rows(statements), errors = Array.Empty<object>() });
            return;
        }
        if (segments.Length == 4 && segments[3] == "commit")
        {
            foreach (var s in statements)
            {
                Committed.Enqueue(s);
            }
        }
        else if (segments.Length == 4)
        {
            _open[int.Parse(segments[3])].AddRange(statements);
        }
        else if (segments.Length == 5 && _open.TryRemove(int.Parse(segments[3]), out var held))
        {
            foreach (var s in held.Concat(statements))
            {
                Committed.Enqueue(s);
            }
        }
        await WriteJson(context, new { results = Rows(statements), errors = Array.Empty<object>() });
    }

    private static object[] Rows(List<string> statements) =>
        statements.Select(_ => (object)new { columns = new[] { "x" }, data = new[] { new { row = new[] { 1 }, meta = new object?[] { null } } }, stats = new { nodes_created = 1 } }).ToArray();

    private static async Task WriteJson(HttpContext context, object body)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
