using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Neo4j.Client;
using KnowledgeGraph.Store.Neo4j.Writing;

namespace KnowledgeGraph.Bench.Neo4j;

/// <summary>
/// <c>neo4j-load --profile</c>: the back-end's load taken apart. It runs the same phases as
/// <c>Neo4jGraphStore.LoadAsync</c> (open a transaction, read the graph's identities, merge in memory, write, commit) and
/// times each; every write statement is timed from the moment it is handed to the client to the next (request body
/// written, sent, run by the server, answer read), grouped by statement kind. Afterwards it writes the same request bodies
/// again without sending them (the client's serialisation) and counts their bytes per row field.
/// </summary>
internal static class Neo4jLoadProfile
{
    public static async Task RunAsync(Neo4jClient client, IReadOnlyList<GraphBatch> batches, GraphModel model, int batchSize)
    {
        var statements = new List<(CypherStatement Statement, long Start)>();
        using var stopHeap = new CancellationTokenSource();
        var heap = PeakHeapAsync(client, stopHeap.Token);
        var watch = Stopwatch.StartNew();
        client.StatementObserver = s => statements.Add((s, watch.ElapsedTicks));
        try
        {
            await using var tx = await client.BeginTransactionAsync();
            var open = watch.Elapsed;
            var state = await GraphState.ReadAsync(tx, model, default);
            var read = watch.Elapsed;
            var cpu = Environment.CpuUsage.TotalTime;
            var writer = new Neo4jGraphWriter(state, model);
            foreach (var batch in batches)
            {
                writer.Apply(batch, null, default);
            }
            var merged = watch.Elapsed;
            cpu = Environment.CpuUsage.TotalTime - cpu;
            var first = statements.Count;
            await writer.WriteAsync(tx, batchSize, default);
            var written = watch.Elapsed;
            await tx.CommitAsync();
            var committed = watch.Elapsed;
            Console.WriteLine($"  open {open.TotalSeconds:0.00} s, read identities {(read - open).TotalSeconds:0.00} s, merge in memory {(merged - read).TotalSeconds:0.00} s (CPU {cpu.TotalSeconds:0.00} s), " +
                $"write {(written - merged).TotalSeconds:0.00} s ({statements.Count - first} statements), commit {(committed - written).TotalSeconds:0.00} s, total {committed.TotalSeconds:0.00} s");
            var writes = statements.Skip(first).Select((s, i) => (s.Statement, Ticks: (i + first + 1 < statements.Count ? statements[i + first + 1].Start : (long)(written.TotalSeconds * Stopwatch.Frequency)) - s.Start)).ToList();
            foreach (var group in writes.GroupBy(w => Kind(w.Statement.Text)).OrderByDescending(g => g.Sum(w => w.Ticks)))
            {
                var rows = group.Sum(w => Rows(w.Statement));
                var serialise = Stopwatch.StartNew();
                long bytes = 0;
                foreach (var (statement, _) in group)
                {
                    using var content = RequestBody.Statements([statement]);
                    bytes += content.Headers.ContentLength ?? 0;
                }
                serialise.Stop();
                Console.WriteLine($"  {group.Key,-26} {group.Count(),4} statements {rows,7:N0} rows {group.Sum(w => w.Ticks) / (double)Stopwatch.Frequency,7:0.00} s " +
                    $"(serialise {serialise.Elapsed.TotalSeconds:0.00} s) {bytes / 1e6,7:0.0} MB");
            }
            var fields = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (statement, _) in writes)
            {
                foreach (var row in (IEnumerable<Dictionary<string, object?>>)statement.Parameters!["rows"]!)
                {
                    foreach (var (key, value) in row)
                    {
                        fields[key] = fields.GetValueOrDefault(key) + Size(value);
                    }
                }
            }
            await stopHeap.CancelAsync();
            var (used, live) = await heap;
            Console.WriteLine($"  server heap (JMX, polled every 0.5 s): peak used {used / 1e9:0.00} GB, peak old generation after a collection {live / 1e9:0.00} GB");
            Console.WriteLine("  bytes per row field: " + string.Join(", ", fields.OrderByDescending(f => f.Value).Select(f => $"{f.Key} {f.Value / 1e6:0.0} MB")));
        }
        finally
        {
            client.StatementObserver = null;
        }
    }

    /// <summary>
    /// The server's peak heap use and peak old generation after a collection (the live data, mostly the transaction's
    /// state) while the load runs, from <c>dbms.queryJmx</c> (Neo4j 3.1 to 5).
    /// </summary>
    private static async Task<(long Used, long Live)> PeakHeapAsync(Neo4jClient load, CancellationToken stop)
    {
        // A client of its own, so that its calls are not taken for the load's statements.
        using var client = new Neo4jClient(load.Options);
        long used = 0, live = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                foreach (var (name, now, after) in await client.QueryAsync(
                    "CALL dbms.queryJmx('java.lang:type=MemoryPool,*') YIELD name, attributes " +
                    "RETURN name, attributes.Usage.value.properties.used AS now, attributes.CollectionUsage.value.properties.used AS after",
                    r => (r["name"].GetString() ?? "", r["now"].ValueKind == JsonValueKind.Number ? r["now"].GetInt64() : 0, r["after"].ValueKind == JsonValueKind.Number ? r["after"].GetInt64() : 0), stop))
                {
                    if (name.Contains("Old Gen", StringComparison.Ordinal))
                    {
                        live = Math.Max(live, after);
                    }
                }
                var heap = await client.QueryAsync("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.used AS used",
                    r => r["used"].GetInt64(), stop);
                used = Math.Max(used, heap[0]);
                await Task.Delay(500, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return (used, live);
    }

    private static string Kind(string text)
    {
        var line = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("CREATE", StringComparison.Ordinal) || l.StartsWith("MATCH", StringComparison.Ordinal)) ?? text;
        if (text.Contains("]->(b)", StringComparison.Ordinal))
        {
            return text.Contains("CREATE (a)", StringComparison.Ordinal) ? "relationships CREATE" : "relationships MERGE";
        }
        return line.StartsWith("CREATE", StringComparison.Ordinal) ? "nodes CREATE" : text.Contains("row.new", StringComparison.Ordinal) ? "renames" : "nodes update";
    }

    private static int Rows(CypherStatement statement) =>
        statement.Parameters?.GetValueOrDefault("rows") is Dictionary<string, object?>[] rows ? rows.Length : 0;

    private static long Size(object? value)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            RequestBody.WriteValue(w, value);
        }
        return stream.Length;
    }
}

/// <summary>
/// The floor written with the back-end's bytes: the rows the back-end writes (names, keys, values as JSON and native, and
/// every source), merged in memory by the back-end, then sent with the floor's hand-written auto-committed statements
/// (<c>MERGE</c> nodes, <c>CREATE</c> relationships): what the stored data costs without the one transaction.
/// </summary>
internal static class Neo4jProvenanceFloor
{
    public static async Task<(int Nodes, int Relationships)> RunAsync(Neo4jClient client, IReadOnlyList<GraphBatch> batches, GraphModel model, int batchSize)
    {
        var state = new GraphState();
        var writer = new Neo4jGraphWriter(state, model);
        foreach (var batch in batches)
        {
            writer.Apply(batch, null, default);
        }
        const string set = """
            SET n.kind = row.kind, n.name = row.name, n.description = row.description, n._seq = row.seq,
                n._names = row.names, n._langs = row.langs, n._folded = row.folded, n._keys = row.keys,
                n._props = row.props, n._sources = row.sources, n._sourceCount = row.sourceCount
            SET n += row.values
            """;
        foreach (var group in state.Nodes.GroupBy(n => n.Kind))
        {
            foreach (var chunk in group.Select(Neo4jGraphWriter.NodeRow).Chunk(batchSize))
            {
                await client.RunAsync(new CypherStatement($"UNWIND $rows AS row MERGE (n:`{group.Key.Name}` {{id: row.id}}) {set}",
                    new Dictionary<string, object?> { ["rows"] = chunk }));
            }
        }
        foreach (var group in state.Edges.GroupBy(e => (e.Type, From: e.From.Kind.Name, To: e.To.Kind.Name)))
        {
            foreach (var chunk in group.Select(Neo4jGraphWriter.EdgeRow).Chunk(batchSize))
            {
                await client.RunAsync(new CypherStatement(
                    $"UNWIND $rows AS row MATCH (a:`{group.Key.From}` {{id: row.from}}) MATCH (b:`{group.Key.To}` {{id: row.to}}) CREATE (a)-[r:`{group.Key.Type}`]->(b) " +
                    "SET r._props = row.props, r._sources = row.sources, r._sourceCount = row.sourceCount SET r += row.values",
                    new Dictionary<string, object?> { ["rows"] = chunk }));
            }
        }
        return (state.Nodes.Count, state.Edges.Count());
    }
}
