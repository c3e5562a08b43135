using BenchmarkDotNet.Running;
using KnowledgeGraph.Bench.ApiScale;

// kg-bench: the knowledge graph's benchmarks, one class per area (Import/, ...). Pass BenchmarkDotNet arguments,
// such as --filter '*Import*'. The import benchmarks read ../shared/data (or the folder in KG_DATA).
// API at scale (docs/performance.md): `generate --scale small|large|FACTOR [--seed N]` builds and caches a generated
// store; `api-latency --scale small|large [--seed N] [--iterations N] [--budget SECONDS] [--min N] [--filter NAME]` measures
// the questions against their SQL floors; `api-requests --scale ...` prints the requests as HTTP bodies
// (bench/http/run-api-scale.sh). `import-phases [--runs N]` times the import's read and load phases, warm.
// No cliffs (issue 20): `plans --store PATH [--runs N] [--no-warmup] [--filter TEXT] [--shape SHAPE]` runs every plan
// generated from the model (root lists x sort keys, relationship filters, nested connections) and prints the slowest.
// `neo4j-load [--uri URI] [--runs N]` loads the import into Neo4j through the back-end against a hand-written floor.
// `neo4j-queries --store X.db [--uri URI] [--runs N] [--warmup N] [--filter TEXT] [--show-cypher]`: the API over Neo4j against hand-written
// Cypher, and the API over SQLite, on the same graph in the same run (docs/performance.md).
return args.FirstOrDefault() switch
{
    "generate" => await ApiScaleCommands.GenerateAsync(args[1..]),
    "api-latency" => await ApiScaleCommands.LatencyAsync(args[1..]),
    "api-requests" => await ApiScaleCommands.RequestsAsync(args[1..]),
    "plans" => await KnowledgeGraph.Bench.Plans.PlanBench.RunAsync(args[1..]),
    "import-phases" => await KnowledgeGraph.Bench.Import.ImportPhases.RunAsync(args[1..]),
    "neo4j-load" => await KnowledgeGraph.Bench.Neo4j.Neo4jLoadBench.RunAsync(args[1..]),
    "neo4j-queries" => await KnowledgeGraph.Bench.Neo4j.Neo4jQueryBench.RunAsync(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ApiScaleCommands).Assembly).Run(args);
    return 0;
}
