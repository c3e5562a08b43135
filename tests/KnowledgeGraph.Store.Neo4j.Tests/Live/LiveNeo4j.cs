using System.Diagnostics;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Client;
using KnowledgeGraph.Store.Neo4j.Tests.Lint;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Neo4j.Tests.Live;

/// <summary>
/// The Neo4j server of a test run: the one <c>NEO4J_URI</c> names (with <c>NEO4J_USERNAME</c>/<c>NEO4J_PASSWORD</c>),
/// or else Neo4j 3.1 started from <c>../shared/neo4j/start-neo4j31.sh</c> into the repository's <c>.cache/neo4j31</c>
/// on ports 17484 (HTTP) and 17697 (Bolt), as Testcontainers would start a container, and stopped at the end only when
/// this fixture started it. Every statement the tests' clients send is collected in <see cref="CypherLog"/>.
/// </summary>
public sealed class LiveNeo4j : IAsyncLifetime
{
    /// <summary>The HTTP port of the server the fixture starts.</summary>
    public const int HttpPort = 17484;

    /// <summary>The Bolt port of the server the fixture starts.</summary>
    public const int BoltPort = 17697;

    private bool _started;

    /// <summary>Null when a server is configured or can be started; otherwise why the live tests skip.</summary>
    public static string? SkipReason { get; } = FindSkipReason();

    /// <summary>The start script beside the repository.</summary>
    public static string StartScript => Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "neo4j", "start-neo4j31.sh"));

    /// <summary>Where the fixture's server lives.</summary>
    public static string Folder => Path.Combine(TestPaths.RepoRoot, ".cache", "neo4j31");

    /// <summary>The options of the server in use.</summary>
    public Neo4jOptions Options { get; private set; } = new();

    /// <summary>
    /// A client of the server whose statements go to <see cref="CypherLog"/>, unless <paramref name="logged"/> is false
    /// (for statements a test sends wrong on purpose).
    /// </summary>
    public Neo4jClient CreateClient(Action<Neo4jOptions>? configure = null, bool logged = true)
    {
        var options = Neo4jOptions.From(null, name => name switch
        {
            "NEO4J_URI" => Options.Uri,
            "NEO4J_USERNAME" => Options.User,
            "NEO4J_PASSWORD" => Options.Password,
            "NEO4J_DATABASE" => Options.Database,
            _ => null,
        });
        configure?.Invoke(options);
        return new Neo4jClient(options) { StatementObserver = logged ? CypherLog.Add : null };
    }

    /// <summary>Deletes every node and relationship (each test class starts from an empty graph).</summary>
    public async Task ClearAsync()
    {
        using var client = CreateClient();
        await client.RunAsync("MATCH (n) DETACH DELETE n");
    }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (!string.IsNullOrWhiteSpace(uri))
        {
            Options = Neo4jOptions.From(null);
            return;
        }
        var address = $"http://127.0.0.1:{HttpPort}";
        Options = new Neo4jOptions { Uri = address };
        if (await AnswersAsync(address))
        {
            // A server from an earlier run (or started by hand) is already there: use it, leave it running.
            return;
        }
        var (exit, output) = await RunAsync("bash", [StartScript, Folder, HttpPort.ToString(), BoltPort.ToString()], TimeSpan.FromMinutes(5));
        if (exit != 0)
        {
            throw new InvalidOperationException($"start-neo4j31.sh failed ({exit}):\n{output}");
        }
        _started = true;
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        // Every statement the live tests sent, through Neo4j's own Cypher 5 linter: a statement that is not valid
        // Cypher 5 fails the run here (Neo4j 3.x's own schema syntax is checked by the 3.x server that runs it, and the
        // Cypher 5 schema statements by SchemaLintTests).
        var lint = SkipReason is null && CypherLinter.SkipReason is null
            ? CypherLinter.Describe(await CypherLinter.LintAsync(CypherLog.Snapshot().Where(s => !Cypher3Schema(s.Query)).ToList()))
            : null;
        if (_started)
        {
            var stop = Path.Combine(Path.GetDirectoryName(StartScript)!, "stop-neo4j31.sh");
            await RunAsync("bash", [stop, Folder], TimeSpan.FromMinutes(1));
        }
        if (lint is not null)
        {
            throw new InvalidOperationException(lint);
        }
    }

    /// <summary>Neo4j 3.x schema syntax (<c>CREATE CONSTRAINT ON ... ASSERT</c>, <c>CREATE INDEX ON :L(p)</c>), which Cypher 5 dropped.</summary>
    public static bool Cypher3Schema(string query) =>
        query.StartsWith("CREATE CONSTRAINT ON", StringComparison.Ordinal) || query.StartsWith("CREATE INDEX ON", StringComparison.Ordinal);

    private static async Task<bool> AnswersAsync(string address)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(address);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Runs a process and returns its exit code and output (stdout and stderr).</summary>
    public static async Task<(int Exit, string Output)> RunAsync(string file, IReadOnlyList<string> args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // A server that held a large load (the import, ~0.5M sources in one transaction) needs more than the script's
        // default 512 MB of heap to run that transaction and to recover its log after a kill.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_HEAP")))
        {
            info.Environment["NEO4J_HEAP"] = "2g";
        }
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {timeout}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? FindSkipReason()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            return null;
        }
        if (!File.Exists(StartScript))
        {
            return $"needs a Neo4j server: set NEO4J_URI (and NEO4J_USERNAME/NEO4J_PASSWORD) to run the live tests, or put ../shared/neo4j/start-neo4j31.sh beside the repository; skipped because neither is there ({StartScript})";
        }
        var java = Environment.GetEnvironmentVariable("JAVA_CMD") is { Length: > 0 } j ? j
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(p => Path.Combine(p, "java")).FirstOrDefault(File.Exists);
        if (java is null)
        {
            return "needs Java to start Neo4j 3.1 from ../shared/neo4j (apt-get install openjdk-17-jre-headless; .ci/run does), or NEO4J_URI naming a running server; skipped because java is not on the PATH";
        }
        return null;
    }
}

/// <summary>The one server of the test run, shared by every live test class.</summary>
[CollectionDefinition(Name)]
public sealed class LiveNeo4jCollection : ICollectionFixture<LiveNeo4j>
{
    /// <summary>The collection name.</summary>
    public const string Name = "live neo4j";
}

/// <summary>A test that needs a live Neo4j; skipped with how to run it when none is configured or startable.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    /// <summary>Skips when <see cref="LiveNeo4j.SkipReason"/> says so.</summary>
    public Neo4jFactAttribute()
    {
        if (LiveNeo4j.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory against the live server; skips like <see cref="Neo4jFactAttribute"/>.</summary>
public sealed class Neo4jTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips when <see cref="LiveNeo4j.SkipReason"/> says so.</summary>
    public Neo4jTheoryAttribute()
    {
        if (LiveNeo4j.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
