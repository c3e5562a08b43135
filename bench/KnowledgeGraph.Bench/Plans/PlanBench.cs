using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Bench.ApiScale;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Tests.Shared.Plans;

namespace KnowledgeGraph.Bench.Plans;

/// <summary>
/// The <c>plans</c> verb of kg-bench, "no cliffs" (issue 20): runs every plan of <see cref="GeneratedPlans"/> (every root
/// list with every sort key, every relationship filter and every nested connection, generated from the model) on a
/// given store, each after one untimed run (unless <c>--no-warmup</c>), and prints p50, p99 and max per shape, the ten
/// slowest and every plan over the target. The time is the store's: compiling the plan and running its one statement on
/// a read connection, which is the server's time for the root field less the GraphQL parse and plan (microseconds).
/// The issue's own question is also run as GraphQL in the server (<see cref="InProcessApi"/>). Each timing also records
/// the process's CPU time over the run: on a machine shared with other work, wall time counts the waits for a core,
/// CPU time does not (the statement runs on one thread), so CPU time is what the plan costs.
/// </summary>
public static class PlanBench
{
    /// <summary>The target per query, server time (issue 20).</summary>
    private const double TargetMs = 500;

    /// <summary>The question of the issue, as a user sent it.</summary>
    private const string TwinTowns = "{ cities(orderBy: [{cooperatesWithCount: DESC}], first: 5) { nodes { name cooperatesWith { totalCount } } } }";

    /// <summary>Runs the set: <c>--store PATH [--runs N] [--no-warmup] [--filter TEXT] [--shape SHAPE]</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var path = Option(args, "--store");
        if (path is null || !File.Exists(path))
        {
            await Console.Error.WriteLineAsync("plans: --store PATH (an existing store, such as one built by kg-seed import all) is required.").ConfigureAwait(false);
            return 2;
        }
        var runs = int.Parse(Option(args, "--runs") ?? "1", CultureInfo.InvariantCulture);
        var warmUp = !args.Contains("--no-warmup");
        var filter = Option(args, "--filter");
        var shape = Option(args, "--shape");
        var plans = GeneratedPlans.All(CityNetworksModel.Instance)
            .Where(p => (filter is null || p.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)) && (shape is null || p.Shape == shape))
            .ToList();
        Console.WriteLine($"store {path}; {plans.Count} plans; {runs} timed run(s) each{(warmUp ? " after one untimed" : ", no warm-up")}; " +
                          $"{Environment.ProcessorCount} cores; load average {GeneratedStore.LoadAverage()}");
        var timings = new List<(GeneratedPlan Plan, double Ms, double Cpu, int Bytes)>();
        using var process = Process.GetCurrentProcess();
        await using (var store = SqliteGraphStore.Open(path))
        {
            foreach (var plan in plans)
            {
                if (warmUp)
                {
                    await store.QueryAsync(plan.Plan).ConfigureAwait(false);
                }
                for (var run = 0; run < runs; run++)
                {
                    process.Refresh();
                    var cpu = process.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    var json = await store.QueryAsync(plan.Plan).ConfigureAwait(false);
                    var ms = clock.Elapsed.TotalMilliseconds;
                    process.Refresh();
                    var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
                    timings.Add((plan, ms, cpuMs, json.Length));
                    if (ms > TargetMs)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  over {TargetMs} ms: {plan.Name}: {ms:F0} ms ({cpuMs:F0} ms CPU)"));
                    }
                }
            }
        }
        Console.WriteLine();
        Console.WriteLine("| shape | plans | p50 (ms) | p99 (ms) | max (ms) | CPU p50 (ms) | CPU p99 (ms) | CPU max (ms) | slowest |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var group in timings.GroupBy(t => t.Plan.Shape).OrderBy(g => GeneratedPlans.Shapes.ToList().IndexOf(g.Key)))
        {
            Console.WriteLine(Row(group.Key, group.Select(t => t.Plan).Distinct().Count(), group.Select(t => (t.Ms, t.Cpu)).ToList(), group.MaxBy(t => t.Ms).Plan.Name));
        }
        if (timings.Count > 0)
        {
            Console.WriteLine(Row("all", plans.Count, timings.Select(t => (t.Ms, t.Cpu)).ToList(), ""));
        }
        Console.WriteLine();
        Console.WriteLine("The ten slowest:");
        Console.WriteLine("| plan | ms | CPU ms | response bytes |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (plan, ms, cpu, bytes) in timings.OrderByDescending(t => t.Ms).Take(10))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {plan.Name} | {ms:F1} | {cpu:F0} | {bytes:N0} |"));
        }
        if (filter is null && shape is null)
        {
            await TwinTownsAsync(path, runs, warmUp).ConfigureAwait(false);
        }
        var over = timings.Count(t => t.Ms > TargetMs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{over} timing(s) over {TargetMs} ms."));
        return 0;
    }

    /// <summary>The issue's question through the whole server (GraphQL executor, resolvers, store), timed like the plans.</summary>
    private static async Task TwinTownsAsync(string path, int runs, bool warmUp)
    {
        await using var api = new InProcessApi(path);
        if (warmUp)
        {
            await api.ExecuteAsync(TwinTowns).ConfigureAwait(false);
        }
        var ms = new List<double>();
        var cpuMs = new List<double>();
        var bytes = 0;
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < runs; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            bytes = await api.ExecuteAsync(TwinTowns).ConfigureAwait(false);
            ms.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpuMs.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
        }
        using var response = api.LastResponse();
        if (response.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"The twin-town question failed: {errors}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nThe issue's twin-town ranking through the server (GraphQL): {ms.Order().ElementAt(ms.Count / 2):F1} ms, {cpuMs.Order().ElementAt(cpuMs.Count / 2):F0} ms CPU (medians of {ms.Count}), {bytes:N0} bytes."));
    }

    private static string Row(string shape, int plans, List<(double Ms, double Cpu)> timings, string slowest)
    {
        var ms = timings.Select(t => t.Ms).Order().ToList();
        var cpu = timings.Select(t => t.Cpu).Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {shape} | {plans} | {Percentile(ms, 0.5):F1} | {Percentile(ms, 0.99):F1} | {ms[^1]:F1} | {Percentile(cpu, 0.5):F0} | {Percentile(cpu, 0.99):F0} | {cpu[^1]:F0} | {slowest} |");
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
