namespace KnowledgeGraph.Tests.Shared;

/// <summary>Where the repository and its neighbours are, found from the test's build output.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>
    /// The folder holding KnowledgeGraph.sln: the <c>RepositoryRoot</c> assembly metadata that Directory.Build.props
    /// stamps on every test project (so it holds wherever the build output goes), else found by walking up from
    /// <see cref="AppContext.BaseDirectory"/>.
    /// </summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The curated study files.</summary>
    public static string GraphSeed => Path.Combine(RepoRoot, "graph-seed");

    /// <summary>The documents the study files quote (<c>../shared/seeds</c> from the repository root).</summary>
    public static string Documents => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seeds"));

    /// <summary>A file of the repository, by its path relative to the root.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string FindRepoRoot()
    {
        var stamped = System.Reflection.Assembly.GetExecutingAssembly()
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "KnowledgeGraph.sln")))
        {
            return Path.GetFullPath(stamped);
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No folder holding KnowledgeGraph.sln above {AppContext.BaseDirectory}.");
    }
}
