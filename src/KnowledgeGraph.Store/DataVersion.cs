namespace KnowledgeGraph.Store;

/// <summary>
/// A version of the data this process serves, for HTTP caching (ETags): it differs in every process (a random part) and
/// changes after every load through any store of this process (the back-ends call <see cref="Changed"/> when a load
/// ends, committed or not). A load by another process into the same store (the CLI while the API runs) is not seen;
/// restart the API after one.
/// </summary>
public static class DataVersion
{
    private static readonly string Instance = Guid.NewGuid().ToString("N")[..12];
    private static long s_loads;

    /// <summary>The current version: the process's random part and the number of loads so far.</summary>
    public static string Current => Instance + "-" + Interlocked.Read(ref s_loads).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Marks the data changed (after a load).</summary>
    public static void Changed() => Interlocked.Increment(ref s_loads);

    /// <summary>Awaits <paramref name="load"/>, then marks the data changed (whether it succeeded or not).</summary>
    public static async Task<LoadReport> AfterAsync(Task<LoadReport> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        try
        {
            return await load.ConfigureAwait(false);
        }
        finally
        {
            Changed();
        }
    }
}
