namespace KnowledgeGraph.Bench.GraphQL;

/// <summary>The GraphQL benchmark inputs in <c>bench/inputs/</c>, shared with <c>bench/graphql-js/bench.js</c>.</summary>
public static class BenchInputs
{
    /// <summary>Input names: the standard introspection query, a typical ~2 KB query, a generated ~100 KB document.</summary>
    public static IEnumerable<string> Names => ["introspection", "typical", "large"];

    /// <summary>Reads <c>bench/inputs/&lt;name&gt;.graphql</c>.</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name + ".graphql"));

    /// <summary>The folder, found by walking up from the running binary (BenchmarkDotNet runs a copy elsewhere).</summary>
    public static string Folder { get; } = FindFolder();

    private static string FindFolder()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("KG_BENCH_INPUTS");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "bench", "inputs");
                if (File.Exists(Path.Combine(candidate, "schema.graphql")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("bench/inputs not found above " + AppContext.BaseDirectory + "; set KG_BENCH_INPUTS");
    }
}
