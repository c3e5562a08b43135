using System.Text.Json;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>A store holding <see cref="SyntheticGraph"/>, loaded once for the synthetic analytics tests.</summary>
public sealed class AnalyticsStore : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    public SqliteGraphStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = SqliteGraphStore.Open(_temp.File("analytics.db"));
        await Store.LoadAsync([SyntheticGraph.Batch()]);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        _temp.Dispose();
    }

    /// <summary>Runs one analytics call, checks it took exactly one statement, and parses the result.</summary>
    public Task<JsonElement> RunAsync(Func<IGraphAnalytics, Task<string>> call) => Analyze.RunAsync(Store, call);
}

/// <summary>Helpers for analytics results.</summary>
public static class Analyze
{
    /// <summary>Runs one analytics call on <paramref name="store"/>, checks it took exactly one statement, and parses the result.</summary>
    public static async Task<JsonElement> RunAsync(SqliteGraphStore store, Func<IGraphAnalytics, Task<string>> call)
    {
        var before = store.Queries.StatementsExecuted;
        var json = await call(store.Analytics);
        Assert.Equal(before + 1, store.Queries.StatementsExecuted);
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    /// <summary>Compact JSON text of an element, for exact comparisons.</summary>
    public static string Text(this JsonElement element) => JsonSerializer.Serialize(element);

    /// <summary>Compact JSON text of JSON written with single quotes (for readable expectations).</summary>
    public static string Json(string singleQuoted)
    {
        using var doc = JsonDocument.Parse(singleQuoted.Replace('\'', '"'));
        return JsonSerializer.Serialize(doc.RootElement);
    }

    /// <summary>Items joined with " | ", so that expected and actual lists compare as text.</summary>
    public static string L(params string[] items) => string.Join(" | ", items);

    /// <summary>The string values of <paramref name="property"/> over an array.</summary>
    public static List<string> Strings(this JsonElement array, params string[] path) =>
        array.EnumerateArray().Select(e => path.Aggregate(e, (x, p) => x.GetProperty(p)).GetString()!).ToList();
}
