using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Bench.ApiScale;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Client;

namespace KnowledgeGraph.Bench.Neo4j;

/// <summary>
/// <c>neo4j-queries --store X.db [--uri URI] [--runs N] [--warmup N] [--filter TEXT] [--show-cypher]</c>: the API over Neo4j against
/// hand-written Cypher for the same question (<see cref="HandWrittenCypher"/>), on the same server, in the same run, and
/// the API over SQLite beside them. The Neo4j server (--uri, else NEO4J_URI) and the SQLite file must hold the same graph
/// (the imported open data: <c>kg-seed import all ../shared/data --store X.db</c>, then <c>kg-seed copy</c> to Neo4j).
/// Two real services run on Kestrel at 127.0.0.1 (one per back-end). Per request, after a warm-up, each run times in
/// turn (the order reversed every other run, so changes of machine load fall on all): the hand-written statement
/// through <see cref="Neo4jClient"/> (the client the back-end uses, rows parsed), the API over Neo4j in the server
/// (executor, resolvers, statement, JSON response) and over HTTP (POST /graphql, response read), and the same two over
/// SQLite. p50 and p99 are nearest-rank percentiles. A request the Neo4j API answers with the store error ("not served
/// by the Neo4j back-end yet") is reported as not served, and its hand-written statement and SQLite are still timed.
/// Before timing, the Neo4j API's data is compared with SQLite's (it must be equal) and the hand-written answer with
/// SQLite's (both reported, not enforced here: the contract tests enforce the first; search ranks differently by design;
/// hand-written statements may differ in number formatting or ties). <c>--show-cypher</c> prints the API's statements.
/// </summary>
public static class Neo4jQueryBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var uri = Arg(args, "--uri") ?? Environment.GetEnvironmentVariable("NEO4J_URI");
        var storePath = Arg(args, "--store");
        if (string.IsNullOrWhiteSpace(uri) || storePath is null || !File.Exists(storePath))
        {
            await Console.Error.WriteLineAsync("neo4j-queries needs --store X.db (an existing SQLite store) and --uri or NEO4J_URI, holding the same graph (docs/performance.md)");
            return 2;
        }
        var runs = int.Parse(Arg(args, "--runs") ?? "30", CultureInfo.InvariantCulture);
        var warmup = int.Parse(Arg(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);
        var filter = Arg(args, "--filter");
        var options = Neo4jOptions.From(null);
        options.Uri = uri;
        await using var neo4j = await BenchApiServer.StartAsync("Neo4j", new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Neo4j",
            ["Neo4j:Uri"] = uri,
            ["Neo4j:User"] = options.User,
            ["Neo4j:Password"] = options.Password,
        });
        await using var sqlite = await BenchApiServer.StartAsync("SQLite", new Dictionary<string, string?> { ["Store:Path"] = Path.GetFullPath(storePath) });
        using var client = new Neo4jClient(options);
        var info = await client.DiscoverAsync();
        Console.WriteLine($"Neo4j {info.Version} at {uri}; SQLite {storePath}; {runs} runs after {warmup} warm-up; load average {GeneratedStore.LoadAverage()}");

        var rows = new List<string>();
        foreach (var request in HandWrittenCypher.All(BenchSubjects.Imported).Where(r => filter is null || r.Name.Contains(filter, StringComparison.Ordinal)))
        {
            var load = GeneratedStore.LoadAverage();
            var check = await CheckAsync(request, neo4j, sqlite, client, args.Contains("--show-cypher"));
            Console.WriteLine($"{request.Name}: {check.Note}");
            var times = await MeasureAsync(request, neo4j, sqlite, client, runs, warmup, check.Served);
            var hand = times["hand"];
            string Cell(string key, double p) => times[key].Count == 0 ? "-" : Ms(LatencyHarness.Percentile(times[key], p));
            string Ratio(double p) => times["neo4j"].Count == 0 ? "not served by this build"
                : $"{LatencyHarness.Percentile(times["neo4j"], p) / LatencyHarness.Percentile(hand, p):F2}";
            var row = string.Create(CultureInfo.InvariantCulture,
                $"| {request.Name} | {Cell("hand", 0.5)} / {Cell("hand", 0.99)} | {Cell("neo4j", 0.5)} / {Cell("neo4j", 0.99)} | {Ratio(0.5)} / {Ratio(0.99)} | {Cell("neo4j-http", 0.5)} / {Cell("neo4j-http", 0.99)} | {Cell("sqlite", 0.5)} / {Cell("sqlite", 0.99)} | {Cell("sqlite-http", 0.5)} / {Cell("sqlite-http", 0.99)} | {hand.Count} | {load} |");
            rows.Add(row);
            Console.WriteLine(row);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\n{Environment.ProcessorCount} cores; .NET {Environment.Version}; load average at the end {GeneratedStore.LoadAverage()}; times in ms, p50 / p99"));
        Console.WriteLine("| request | hand-written Cypher | API over Neo4j, server | API / hand-written | API over Neo4j, HTTP | API over SQLite, server | API over SQLite, HTTP | n | load average |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            Console.WriteLine(row);
        }
        return 0;
    }

    private sealed record Check(bool Served, string Note);

    /// <summary>Runs each once: is the request served by Neo4j, the same as SQLite, and how does the hand-written answer compare.</summary>
    private static async Task<Check> CheckAsync(HandWrittenRequest request, BenchApiServer neo4j, BenchApiServer sqlite, Neo4jClient client, bool showCypher)
    {
        await sqlite.ExecuteAsync(request.Query);
        JsonNode? reference;
        using (var response = sqlite.LastResponse())
        {
            if (response.RootElement.TryGetProperty("errors", out var errors))
            {
                throw new InvalidOperationException($"{request.Name}: the SQLite API answered with errors: {errors}");
            }
            reference = JsonNode.Parse(response.RootElement.GetProperty("data").GetProperty(request.Field).GetRawText());
        }
        var hand = HandAnswer(request, await client.QueryAsync(new CypherStatement(request.Cypher, request.Parameters), r => r));
        var handNote = JsonNode.DeepEquals(hand, reference) ? "hand-written = SQLite" : $"hand-written differs from SQLite at {JsonDifference.First(hand, reference)}";
        neo4j.TakeStatements();
        await neo4j.ExecuteAsync(request.Query);
        using (var response = neo4j.LastResponse())
        {
            if (response.RootElement.TryGetProperty("errors", out var errors))
            {
                if (errors.GetRawText().Contains("not served by the Neo4j back-end", StringComparison.Ordinal))
                {
                    return new Check(false, $"not served by this build; {handNote}");
                }
                throw new InvalidOperationException($"{request.Name}: the Neo4j API answered with errors: {errors}");
            }
            var served = JsonNode.Parse(response.RootElement.GetProperty("data").GetProperty(request.Field).GetRawText());
            var cypher = string.Join("\n", neo4j.TakeStatements().Select(s => s.Text));
            var same = JsonNode.DeepEquals(served, reference) ? "Neo4j API = SQLite API" : $"Neo4j API differs from SQLite at {JsonDifference.First(served, reference)}";
            return new Check(true, $"{same}; {handNote}" + (showCypher ? "\n" + cypher : ""));
        }
    }

    /// <summary>
    /// The hand-written rows as the API's JSON: one row's columns as an object; several rows (search) as an array of
    /// objects; path rows as <c>{length, paths: [{nodes}]}</c>.
    /// </summary>
    private static JsonNode? HandAnswer(HandWrittenRequest request, List<Neo4jRecord> rows)
    {
        JsonObject Row(Neo4jRecord r)
        {
            var o = new JsonObject();
            for (var i = 0; i < r.Keys.Count; i++)
            {
                o[r.Keys[i]] = JsonNode.Parse(r[i].GetRawText());
            }
            return o;
        }
        if (request.Field == "connections")
        {
            return new JsonObject
            {
                ["length"] = rows.Count == 0 ? null : JsonValue.Create(rows[0]["length"].GetInt64()),
                ["paths"] = new JsonArray(rows.Select(r => (JsonNode?)new JsonObject { ["nodes"] = JsonNode.Parse(r["nodes"].GetRawText()) }).ToArray()),
            };
        }
        if (request.Field == "search")
        {
            return new JsonArray(rows.Select(r => (JsonNode?)Row(r)).ToArray());
        }
        return rows.Count == 0 ? null : Row(rows[0]);
    }

    private static async Task<Dictionary<string, List<double>>> MeasureAsync(HandWrittenRequest request, BenchApiServer neo4j, BenchApiServer sqlite, Neo4jClient client, int runs, int warmup, bool served)
    {
        var statement = new CypherStatement(request.Cypher, request.Parameters);
        var steps = new List<(string Key, Func<Task> Run)>
        {
            ("hand", () => client.QueryAsync(statement, r => r)),
            ("sqlite", () => sqlite.ExecuteAsync(request.Query)),
            ("sqlite-http", () => sqlite.PostAsync(request.Query)),
        };
        if (served)
        {
            steps.Insert(1, ("neo4j", () => neo4j.ExecuteAsync(request.Query)));
            steps.Insert(2, ("neo4j-http", () => neo4j.PostAsync(request.Query)));
        }
        var times = new Dictionary<string, List<double>>
        {
            ["hand"] = [], ["neo4j"] = [], ["neo4j-http"] = [], ["sqlite"] = [], ["sqlite-http"] = [],
        };
        for (var i = 0; i < warmup; i++)
        {
            foreach (var step in steps)
            {
                await step.Run();
            }
        }
        for (var i = 0; i < runs; i++)
        {
            foreach (var step in i % 2 == 0 ? steps : Enumerable.Reverse(steps))
            {
                var start = Stopwatch.GetTimestamp();
                await step.Run();
                times[step.Key].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        return times;
    }

    private static string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
