using System.Diagnostics;
using KnowledgeGraph.Import;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Bench.Import;

/// <summary>
/// `import-phases [--runs N]`: the import of all of ../shared/data split into its phases, warm (after one untimed run),
/// in one process: reading (gazetteer, parse, resolve, validate) and loading (write, index builds, commit), with the
/// GC's count and allocation per phase and the load's CPU time (the process's, all threads: on a machine shared with
/// other work it varies less than the elapsed time, which includes waiting for a core). A profiling aid beside
/// <see cref="ImportBenchmarks"/>, which gives the ratio. Each run imports twice, in turn without and with the theme
/// inference (<see cref="ImportOptions.InferThemes"/>), and prints what the inference adds to the import's time, so
/// both are measured in the same process under the same load.
/// </summary>
public static class ImportPhases
{
    /// <summary>Runs the phases and prints one line per run.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--runs");
        var runs = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var data = BenchData.Folder;
        if (args.Contains("--inference"))
        {
            return InferenceAlone(data, runs);
        }
        var folder = Path.Combine(Path.GetTempPath(), "kg-phases-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            double plainTotal = 0, inferTotal = 0, plainRead = 0, inferRead = 0;
            for (var run = 0; run <= runs; run++)
            {
                foreach (var infer in new[] { false, true })
                {
                    var (read, total) = await OnceAsync(data, Path.Combine(folder, $"{run}-{infer}.db"), infer, run == 0 ? "warm-up" : "run " + run).ConfigureAwait(false);
                    if (run > 0)
                    {
                        if (infer) { inferRead += read; inferTotal += total; } else { plainRead += read; plainTotal += total; }
                    }
                }
            }
            Console.WriteLine(FormattableString.Invariant(
                $"theme inference adds {100 * (inferTotal - plainTotal) / plainTotal:F1}% to the import ({plainTotal / runs:F2} s -> {inferTotal / runs:F2} s per run), {100 * (inferRead - plainRead) / plainRead:F1}% to its read phase ({plainRead / runs:F2} s -> {inferRead / runs:F2} s)"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// `import-phases --inference [--runs N]`: the theme inference alone, over every project and network text of the data
    /// (the texts read first, untimed), N times after a warm-up; prints the fastest run and its CPU time. The work the
    /// inference adds to an import, measured without the import's noise.
    /// </summary>
    private static int InferenceAlone(string data, int runs)
    {
        var texts = new List<(string Field, string? Text)[]>();
        texts.AddRange(KnowledgeGraph.Import.Csv.CsvTable.Read(Path.Combine(data, "interreg-2014-2020", "projects.csv"), "projects.csv").Select(KnowledgeGraph.Import.KeepEu.KeepEuImporter.ThemeFields));
        texts.AddRange(KnowledgeGraph.Import.Csv.CsvTable.Read(Path.Combine(data, "urbact", "networks.csv"), "networks.csv").Select(KnowledgeGraph.Import.Urbact.UrbactImporter.ThemeFields));
        texts.AddRange(KnowledgeGraph.Import.Csv.CsvTable.Read(Path.Combine(data, "city-networks-etmun", "networks.csv"), "networks.csv").Select(KnowledgeGraph.Import.MunicipalNetworks.MunicipalNetworksImporter.ThemeFields));
        var rules = KnowledgeGraph.Import.Themes.ThemeRules.Default;
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        var hits = 0;
        for (var run = 0; run <= runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            hits = texts.Sum(t => rules.Infer(t).Count);
            if (run > 0)
            {
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
                bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            }
        }
        Console.WriteLine(FormattableString.Invariant(
            $"theme inference alone: {texts.Count:N0} rows, {texts.Sum(t => t.Sum(f => f.Text?.Length ?? 0)) / 1e6:F1} M characters, {hits:N0} themes inferred; fastest of {runs}: {best:F3} s (CPU {bestCpu:F3} s)"));
        return 0;
    }

    /// <summary>One import into a fresh store, printed as one line; returns the read and total seconds.</summary>
    private static async Task<(double Read, double Total)> OnceAsync(string data, string store, bool infer, string label)
    {
        var gc0 = GC.CollectionCount(0);
        var alloc = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var plan = ImportPlan.Prepare("all", data, new ImportOptions { InferThemes = infer });
        var read = clock.Elapsed.TotalSeconds;
        var readCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var readAlloc = GC.GetTotalAllocatedBytes() - alloc;
        await using (var graph = SqliteGraphStore.Open(store))
        {
            await graph.LoadAsync(plan.Batches, new LoadOptions { ValidatedAgainst = plan.Model }).ConfigureAwait(false);
        }
        var total = clock.Elapsed.TotalSeconds;
        var loadCpu = (Process.GetCurrentProcess().TotalProcessorTime - readCpu).TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"{label} ({(infer ? "with" : "without")} theme inference): read {read:F2} s ({readAlloc / 1e6:F0} MB allocated), load {total - read:F2} s (CPU {loadCpu:F2} s), total {total:F2} s; gen0 collections {GC.CollectionCount(0) - gc0}, allocated {(GC.GetTotalAllocatedBytes() - alloc) / 1e6:F0} MB"));
        SqliteConnection.ClearAllPools();
        return (read, total);
    }
}
