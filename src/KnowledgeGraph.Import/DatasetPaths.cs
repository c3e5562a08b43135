namespace KnowledgeGraph.Import;

/// <summary>Finds a dataset's files whether the user gives its folder or one of its files.</summary>
public static class DatasetPaths
{
    /// <summary>
    /// The file named <paramref name="fileName"/> for a <paramref name="path"/> that is that file, another file of the
    /// same folder, or the folder itself.
    /// </summary>
    public static string File(string path, string fileName)
    {
        if (Directory.Exists(path))
        {
            return Path.Combine(path, fileName);
        }
        if (string.Equals(Path.GetFileName(path), fileName, StringComparison.OrdinalIgnoreCase))
        {
            return path;
        }
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", fileName);
    }

    /// <summary>A file's label for provenance and messages: its folder's name and its name (<c>urbact/networks.csv</c>).</summary>
    public static string Label(string file)
    {
        var full = Path.GetFullPath(file);
        var folder = Path.GetFileName(Path.GetDirectoryName(full));
        return string.IsNullOrEmpty(folder) ? Path.GetFileName(full) : $"{folder}/{Path.GetFileName(full)}";
    }
}
