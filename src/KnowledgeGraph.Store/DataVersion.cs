using System.Globalization;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Store;

/// <summary>
/// The version of the data an open store serves, for HTTP caching (ETags): it differs in every process (a random
/// part) and for every store opened in it, and changes after every load through that store (the back-ends call
/// <see cref="Changed"/> when a load ends, committed or not). A load by another process into the same store (the CLI
/// while the API runs) is not seen; restart the API after one.
/// </summary>
public static class DataVersion
{
    private static readonly string Instance = Guid.NewGuid().ToString("N")[..12];
    private static readonly ConditionalWeakTable<object, Counter> Counters = new();
    private static long s_stores;

    /// <summary>The current version of <paramref name="store"/>'s data: the process's random part, the store's number and its loads so far.</summary>
    public static string Of(object store)
    {
        var counter = Counters.GetValue(store, static _ => new Counter(Interlocked.Increment(ref s_stores)));
        return string.Create(CultureInfo.InvariantCulture, $"{Instance}-{counter.Id}-{Interlocked.Read(ref counter.Loads)}");
    }

    /// <summary>Marks <paramref name="store"/>'s data changed (after a load).</summary>
    public static void Changed(object store)
    {
        var counter = Counters.GetValue(store, static _ => new Counter(Interlocked.Increment(ref s_stores)));
        Interlocked.Increment(ref counter.Loads);
    }

    /// <summary>Awaits <paramref name="load"/> into <paramref name="store"/>, then marks its data changed (whether it succeeded or not).</summary>
    public static async Task<LoadReport> AfterAsync(object store, Task<LoadReport> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        try
        {
            return await load.ConfigureAwait(false);
        }
        finally
        {
            Changed(store);
        }
    }

    private sealed class Counter(long id)
    {
        public readonly long Id = id;
        public long Loads;
    }
}
