using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// Measures each request in the server (<see cref="InProcessApi"/>: GraphQL executor, the API's schema and resolvers,
/// the store's statement, the JSON response) against its floor (<see cref="FloorRunner"/>) in the same run: after a
/// check that both give the same answer and a warm-up, the two alternate (server then floor, floor then server, ...)
/// so that changes of machine load fall on both. Each request gets <c>iterations</c> timings of each, or fewer (at
/// least a minimum) once the request has used its time budget; p50 and p99 are nearest-rank percentiles of the single timings.
/// </summary>
public static class LatencyHarness
{
    private const int WarmUp = 5;

    /// <summary>Measures every request (or those whose name contains <paramref name="filter"/>) and prints a table.</summary>
    public static async Task RunAsync(string path, GraphShape shape, int iterations, int minimum, TimeSpan budget, string? filter, TextWriter log)
    {
        await using var api = new InProcessApi(path);
        using var floor = new FloorRunner(path);
        var subjects = Subjects.Choose(floor.Connection);
        await log.WriteLineAsync($"store {path}\nsubjects: {subjects}").ConfigureAwait(false);
        var rows = new List<string>();
        foreach (var request in ApiRequests.All(subjects).Where(r => filter is null || r.Name.Contains(filter, StringComparison.Ordinal)))
        {
            var bytes = await CheckSameAnswerAsync(api, floor, request).ConfigureAwait(false);
            var (server, floors) = await MeasureAsync(api, floor, request, iterations, minimum, budget).ConfigureAwait(false);
            var row = string.Create(CultureInfo.InvariantCulture,
                $"| {request.Name} | {Ms(Percentile(server, 0.5))} | {Ms(Percentile(server, 0.99))} | {Ms(Percentile(floors, 0.5))} | {Ms(Percentile(floors, 0.99))} | {Percentile(server, 0.5) / Percentile(floors, 0.5):F2} | {server.Count} | {bytes:N0} |");
            rows.Add(row);
            await log.WriteLineAsync(row).ConfigureAwait(false);
        }
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"\nscale {shape.Name}; {Environment.ProcessorCount} cores; .NET {Environment.Version}; load average {GeneratedStore.LoadAverage()}")).ConfigureAwait(false);
        await log.WriteLineAsync("| request | server p50 (ms) | server p99 (ms) | floor p50 (ms) | floor p99 (ms) | p50 ratio | n | response bytes |").ConfigureAwait(false);
        await log.WriteLineAsync("|---|---:|---:|---:|---:|---:|---:|---:|").ConfigureAwait(false);
        foreach (var row in rows)
        {
            await log.WriteLineAsync(row).ConfigureAwait(false);
        }
    }

    /// <summary>Runs both once and fails unless the root field's value equals the floor's JSON; returns the response size.</summary>
    private static async Task<int> CheckSameAnswerAsync(InProcessApi api, FloorRunner floor, ApiRequest request)
    {
        var bytes = await api.ExecuteAsync(request.Query).ConfigureAwait(false);
        using var response = api.LastResponse();
        if (response.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"{request.Name}: the API answered with errors: {errors}");
        }
        var served = JsonNode.Parse(response.RootElement.GetProperty("data").GetProperty(request.Field).GetRawText());
        var expected = JsonNode.Parse(floor.Run(request));
        if (!JsonNode.DeepEquals(served, expected))
        {
            throw new InvalidOperationException($"{request.Name}: the floor's answer differs from the API's at {JsonDifference.First(served, expected, maxLength: 1500)}.\nAPI:   {JsonDifference.Shorten(served, 1500)}\nfloor: {JsonDifference.Shorten(expected, 1500)}");
        }
        return bytes;
    }

    private static async Task<(List<double> Server, List<double> Floor)> MeasureAsync(InProcessApi api, FloorRunner floor, ApiRequest request, int iterations, int minimum, TimeSpan budget)
    {
        for (var i = 0; i < Math.Min(WarmUp, minimum); i++)
        {
            await api.ExecuteAsync(request.Query).ConfigureAwait(false);
            floor.Run(request);
        }
        var server = new List<double>(iterations);
        var floors = new List<double>(iterations);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < iterations && (i < minimum || total.Elapsed < budget); i++)
        {
            if (i % 2 == 0)
            {
                server.Add(await TimeServerAsync(api, request).ConfigureAwait(false));
                floors.Add(TimeFloor(floor, request));
            }
            else
            {
                floors.Add(TimeFloor(floor, request));
                server.Add(await TimeServerAsync(api, request).ConfigureAwait(false));
            }
        }
        return (server, floors);
    }

    private static async Task<double> TimeServerAsync(InProcessApi api, ApiRequest request)
    {
        var start = Stopwatch.GetTimestamp();
        await api.ExecuteAsync(request.Query).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double TimeFloor(FloorRunner floor, ApiRequest request)
    {
        var start = Stopwatch.GetTimestamp();
        floor.Run(request);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>The nearest-rank percentile <paramref name="p"/> (0 to 1) of <paramref name="values"/>.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);
}
