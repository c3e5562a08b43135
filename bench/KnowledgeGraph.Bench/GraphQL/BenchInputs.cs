namespace KnowledgeGraph.Bench.GraphQL;

/// <summary>
/// The GraphQL benchmark inputs, shared with <c>bench/graphql-js/bench.js</c>: the typical and large documents in
/// <c>bench/inputs/</c>; the schema and the introspection query are the test suite's own fixtures, read where they live.
/// </summary>
public static class BenchInputs
{
    /// <summary>Input names: the standard introspection query, a typical ~2 KB query, a generated ~100 KB document.</summary>
    public static IEnumerable<string> Names => ["introspection", "typical", "large"];

    /// <summary>Inputs kept with the tests, relative to the repository root.</summary>
    private static readonly Dictionary<string, string> FromTests = new(StringComparer.Ordinal)
    {
        ["schema"] = Path.Combine("tests", "KnowledgeGraph.GraphQL.Tests", "Differential", "corpus", "schema.graphql"),
        ["introspection"] = Path.Combine("tests", "KnowledgeGraph.GraphQL.Tests", "Fixtures", "introspection-query.graphql"),
    };

    /// <summary>Reads an input by name.</summary>
    public static string Read(string name) => File.ReadAllText(
        FromTests.TryGetValue(name, out var relative)
            ? Path.Combine(Folder, "..", "..", relative)
            : Path.Combine(Folder, name + ".graphql"));

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
                if (File.Exists(Path.Combine(candidate, "typical.graphql")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("bench/inputs not found above " + AppContext.BaseDirectory + "; set KG_BENCH_INPUTS");
    }
}
