namespace KnowledgeGraph.Bench.Import;

/// <summary>Finds the real data folder: KG_DATA, else ../shared/data beside the repository.</summary>
public static class BenchData
{
    /// <summary>The data folder.</summary>
    public static string Folder
    {
        get
        {
            if (Environment.GetEnvironmentVariable("KG_DATA") is { Length: > 0 } configured)
            {
                return configured;
            }
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                dir = dir.Parent;
            }
            var data = dir?.Parent is null ? null : Path.Combine(dir.Parent.FullName, "shared", "data");
            return data is not null && Directory.Exists(data)
                ? data
                : throw new DirectoryNotFoundException("The import benchmarks need ../shared/data beside the repository, or KG_DATA.");
        }
    }
}
