using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Import;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Client;

namespace KnowledgeGraph.Bench.Neo4j;

/// <summary>
/// <c>neo4j-load [--uri URI] [--runs N] [--profile]</c>: loads the imported open data (../shared/data or KG_DATA) into Neo4j through
/// the back-end (one transaction, merge rules, provenance) and, on the same server in the same run, through a
/// hand-written loader of the same nodes and relationships (<c>UNWIND $rows AS row MERGE ...</c> for nodes, auto-commit
/// per statement, ids, names and current values only: no merge rules, names, keys or sources), the floor. Its
/// relationships are distinct rows and are <c>CREATE</c>d: a <c>MERGE</c> of 5000 new relationships into the dense
/// country nodes took over two minutes per statement on Neo4j 3.1, which would make the floor no floor. Prints both
/// times and floor / back-end (docs/performance.md). The graph of the server is cleared before each load.
/// With <c>--profile</c> it loads through the back-end only, phase by phase and statement by statement
/// (<see cref="Neo4jLoadProfile"/>), then runs the small loads. The server: --uri, else NEO4J_URI (with NEO4J_USERNAME / NEO4J_PASSWORD).
/// </summary>
public static class Neo4jLoadBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var uri = Arg(args, "--uri") ?? Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            await Console.Error.WriteLineAsync("neo4j-load needs --uri or NEO4J_URI (e.g. ../shared/neo4j/start-neo4j31.sh .cache/neo4j31 17484 17697)");
            return 2;
        }
        var runs = int.Parse(Arg(args, "--runs") ?? "1", CultureInfo.InvariantCulture);
        var options = Neo4jOptions.From(null);
        options.Uri = uri;
        options.RequestTimeout = TimeSpan.FromMinutes(15);
        var plan = ImportPlan.Prepare("all", Import.BenchData.Folder, new ImportOptions());
        var batches = plan.Batches;
        Console.WriteLine($"{batches.Sum(b => b.Nodes.Count):N0} node and {batches.Sum(b => b.Relationships.Count):N0} relationship assertions in {batches.Count} batches");
        using var client = new Neo4jClient(options);
        await using var store = new Neo4jGraphStore(client, plan.Model);
        await store.EnsureSchemaAsync();
        if (args.Contains("--profile"))
        {
            for (var run = 0; run < runs; run++)
            {
                await ClearAsync(client);
                Console.WriteLine($"profile of run {run + 1}:");
                await Neo4jLoadProfile.RunAsync(client, batches, plan.Model, options.BatchSize);
            }
            await SmallLoadsAsync(store, options, batches, plan.Model);
            return 0;
        }
        var floors = new List<double>();
        var provenanceFloors = new List<double>();
        var loads = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            await ClearAsync(client);
            var watch = Stopwatch.StartNew();
            var (nodes, rels) = await FloorAsync(client, batches, plan.Model, options.BatchSize);
            floors.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine($"floor (hand-written UNWIND ... MERGE): {floors[^1]:0.0} s, {nodes:N0} nodes, {rels:N0} relationships");

            await ClearAsync(client);
            watch.Restart();
            (nodes, rels) = await Neo4jProvenanceFloor.RunAsync(client, batches, plan.Model, options.BatchSize);
            provenanceFloors.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine($"floor with the back-end's rows (same properties and sources, auto-committed): {provenanceFloors[^1]:0.0} s, {nodes:N0} nodes, {rels:N0} relationships");

            await ClearAsync(client);
            watch.Restart();
            var report = await store.LoadAsync(batches, new LoadOptions { ValidatedAgainst = plan.Model });
            loads.Add(watch.Elapsed.TotalSeconds);
            var stats = await store.GetStatsAsync();
            Console.WriteLine($"back-end (one transaction, merge rules, provenance): {loads[^1]:0.0} s, {stats.Nodes:N0} nodes, {stats.Relationships:N0} relationships, {stats.Sources:N0} sources, {report.Changes.Count:N0} changes");
            await SmallLoadsAsync(store, options, batches, plan.Model);
        }
        var floor = Median(floors);
        var load = Median(loads);
        var provenanceFloor = Median(provenanceFloors);
        Console.WriteLine($"median: floor {floor:0.0} s, floor with the back-end's rows {provenanceFloor:0.0} s, back-end {load:0.0} s, " +
            $"floor / back-end = {floor / load:0.00}, floor with the back-end's rows / back-end = {provenanceFloor / load:0.00}");
        return 0;
    }

    /// <summary>
    /// A curator-sized load into the full graph: one asserted relationship with its two end nodes and the studies their
    /// sources name, loaded again (so it changes nothing), reading the whole graph first and reading by its keys; the
    /// median of 5 each.
    /// </summary>
    private static async Task SmallLoadsAsync(Neo4jGraphStore store, Neo4jOptions options, IReadOnlyList<Model.Facts.GraphBatch> batches, GraphModel model)
    {
        var batch = batches[^1];
        var rel = batch.Relationships[0];
        var byId = batch.Nodes.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ends = new[] { byId[rel.FromId], byId[rel.ToId] };
        var studies = ends.SelectMany(n => n.Sources.Select(s => s.StudyId).Concat(n.Claims.Select(c => c.Source.StudyId)))
            .Concat(rel.Sources.Select(s => s.StudyId)).Distinct(StringComparer.Ordinal).Select(id => byId[id]);
        var small = new Model.Facts.GraphBatch("small", [.. studies.Concat(ends).DistinctBy(n => n.Id)], [rel]);
        var limit = options.KeyedReadLimit;
        foreach (var (label, keyedLimit) in new[] { ("whole graph read first", 0), ("keys of the load read", limit) })
        {
            options.KeyedReadLimit = keyedLimit;
            var times = new List<double>();
            var changes = 0;
            for (var i = 0; i < 5; i++)
            {
                var watch = Stopwatch.StartNew();
                changes += (await store.LoadAsync([small], new LoadOptions { ValidatedAgainst = model })).Changes.Count;
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"small load ({small.Nodes.Count} nodes, 1 relationship) into the full graph, {label}: median {Median(times):0} ms of 5, {changes} changes");
        }
        options.KeyedReadLimit = limit;
    }

    private static async Task ClearAsync(Neo4jClient client)
    {
        // In slices, so that clearing a large graph is not one huge transaction.
        while ((await client.QueryAsync("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(n) AS c", r => r["c"].GetInt64()))[0] > 0)
        {
        }
    }

    /// <summary>The floor: every asserted node and relationship, first assertion of an id wins, no provenance.</summary>
    private static async Task<(int Nodes, int Relationships)> FloorAsync(Neo4jClient client, IReadOnlyList<Model.Facts.GraphBatch> batches, GraphModel model, int batchSize)
    {
        var nodes = new Dictionary<string, (NodeKind Kind, Dictionary<string, object?> Row)>(StringComparer.Ordinal);
        foreach (var node in batches.SelectMany(b => b.Nodes))
        {
            if (!nodes.ContainsKey(node.Id))
            {
                var values = node.Claims.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => (object?)(g.Last().Value is decimal m ? (double)m : g.Last().Value), StringComparer.Ordinal);
                nodes[node.Id] = (model.Kind(node.Kind), new Dictionary<string, object?> { ["id"] = node.Id, ["name"] = node.Name, ["values"] = values });
            }
        }
        foreach (var group in nodes.Values.GroupBy(n => n.Kind))
        {
            foreach (var chunk in group.Select(n => n.Row).Chunk(batchSize))
            {
                await client.RunAsync(new CypherStatement($"UNWIND $rows AS row MERGE (n:`{group.Key.Name}` {{id: row.id}}) SET n.name = row.name SET n += row.values",
                    new Dictionary<string, object?> { ["rows"] = chunk }));
            }
        }
        var rels = batches.SelectMany(b => b.Relationships).Where(r => nodes.ContainsKey(r.FromId) && nodes.ContainsKey(r.ToId))
            .DistinctBy(r => (r.Type, r.FromId, r.ToId)).ToList();
        foreach (var group in rels.GroupBy(r => (r.Type, From: nodes[r.FromId].Kind.Name, To: nodes[r.ToId].Kind.Name)))
        {
            foreach (var chunk in group.Select(r => new Dictionary<string, object?> { ["from"] = r.FromId, ["to"] = r.ToId }).Chunk(batchSize))
            {
                await client.RunAsync(new CypherStatement(
                    $"UNWIND $rows AS row MATCH (a:`{group.Key.From}` {{id: row.from}}) MATCH (b:`{group.Key.To}` {{id: row.to}}) CREATE (a)-[:`{group.Key.Type}`]->(b)",
                    new Dictionary<string, object?> { ["rows"] = chunk }));
            }
        }
        return (nodes.Count, rels.Count);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
