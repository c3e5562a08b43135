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
/// <see cref="ImportBenchmarks"/>, which gives the ratio.
/// </summary>
public static class ImportPhases
{
    /// <summary>Runs the phases and prints one line per run.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length >= 2 && args[0] == "--runs" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var data = BenchData.Folder;
        var folder = Path.Combine(Path.GetTempPath(), "kg-phases-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            for (var run = 0; run <= runs; run++)
            {
                var gc0 = GC.CollectionCount(0);
                var alloc = GC.GetTotalAllocatedBytes();
                var clock = Stopwatch.StartNew();
                var plan = ImportPlan.Prepare("all", data);
                var read = clock.Elapsed.TotalSeconds;
                var readCpu = Process.GetCurrentProcess().TotalProcessorTime;
                var readAlloc = GC.GetTotalAllocatedBytes() - alloc;
                await using (var store = SqliteGraphStore.Open(Path.Combine(folder, run + ".db")))
                {
                    await store.LoadAsync(plan.Batches, new LoadOptions { ValidatedAgainst = plan.Model }).ConfigureAwait(false);
                }
                var total = clock.Elapsed.TotalSeconds;
                var loadCpu = (Process.GetCurrentProcess().TotalProcessorTime - readCpu).TotalSeconds;
                Console.WriteLine(FormattableString.Invariant(
                    $"{(run == 0 ? "warm-up" : "run " + run)}: read {read:F2} s ({readAlloc / 1e6:F0} MB allocated), load {total - read:F2} s (CPU {loadCpu:F2} s), total {total:F2} s; gen0 collections {GC.CollectionCount(0) - gc0}, allocated {(GC.GetTotalAllocatedBytes() - alloc) / 1e6:F0} MB"));
                SqliteConnection.ClearAllPools();
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
