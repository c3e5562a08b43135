namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Finds the seed folder: <c>Seed:Path</c> when configured, else <c>graph-seed</c> in the current directory, else
/// <c>graph-seed</c> beside KnowledgeGraph.sln found by walking up from the content root or the program's folder.
/// </summary>
public static class SeedLocator
{
    /// <summary>The folder name looked for.</summary>
    public const string FolderName = "graph-seed";

    /// <summary>The seed folder, or null when none is found.</summary>
    public static string? Find(string? configured, params string[] startFolders)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        var local = Path.Combine(Directory.GetCurrentDirectory(), FolderName);
        if (Directory.Exists(local))
        {
            return local;
        }
        foreach (var start in startFolders.Where(s => !string.IsNullOrEmpty(s)))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    var seed = Path.Combine(dir.FullName, FolderName);
                    if (Directory.Exists(seed))
                    {
                        return seed;
                    }
                    break;
                }
            }
        }
        return null;
    }
}
