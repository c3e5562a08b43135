using System.Globalization;

namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>The <c>generate</c> and <c>api-latency</c> verbs of kg-bench.</summary>
public static class ApiScaleCommands
{
    /// <summary>Generates (when not cached) the store of <c>--scale</c> and <c>--seed</c> and prints its path.</summary>
    public static async Task<int> GenerateAsync(string[] args)
    {
        var (shape, seed) = (GraphShape.Parse(Option(args, "--scale") ?? "small"), Seed(args));
        var path = await GeneratedStore.EnsureAsync(shape, seed, Console.Out).ConfigureAwait(false);
        Console.WriteLine(path);
        return 0;
    }

    /// <summary>Measures the questions and the nested query against their floors on the store of <c>--scale</c>.</summary>
    public static async Task<int> LatencyAsync(string[] args)
    {
        var (shape, seed) = (GraphShape.Parse(Option(args, "--scale") ?? "small"), Seed(args));
        var iterations = int.Parse(Option(args, "--iterations") ?? "200", CultureInfo.InvariantCulture);
        var path = await GeneratedStore.EnsureAsync(shape, seed, Console.Out).ConfigureAwait(false);
        var budget = TimeSpan.FromSeconds(double.Parse(Option(args, "--budget") ?? "40", CultureInfo.InvariantCulture));
        var minimum = int.Parse(Option(args, "--min") ?? "10", CultureInfo.InvariantCulture);
        await LatencyHarness.RunAsync(path, shape, iterations, minimum, budget, Option(args, "--filter"), Console.Out).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Prints each request of <c>--scale</c> as a tab-separated line: name, GraphQL-over-HTTP JSON body (for wrk).</summary>
    public static async Task<int> RequestsAsync(string[] args)
    {
        var (shape, seed) = (GraphShape.Parse(Option(args, "--scale") ?? "small"), Seed(args));
        var path = await GeneratedStore.EnsureAsync(shape, seed, Console.Error).ConfigureAwait(false);
        using var floor = new FloorRunner(path);
        foreach (var request in ApiRequests.All(Subjects.Choose(floor.Connection)))
        {
            Console.WriteLine($"{request.Name}\t{System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["query"] = request.Query })}");
        }
        return 0;
    }

    private static int Seed(string[] args) => int.Parse(Option(args, "--seed") ?? GeneratedStore.DefaultSeed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
