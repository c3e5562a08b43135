namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The SQLite back-end's configuration, in the section <c>Store</c> (<c>Store:Path</c>, environment <c>Store__Path</c>;
/// <c>Store:ReadConnections</c>), read by the API and the CLI alike through <see cref="SqliteStoreProvider"/>.
/// </summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The configuration section name (shared with <see cref="StoreOptions"/>).</summary>
    public const string Section = StoreOptions.Section;

    /// <summary>The store file. Defaults to <see cref="DefaultPath"/>.</summary>
    public string? Path { get; set; }

    /// <summary>
    /// The most read connections queries use at once (<c>Store:ReadConnections</c>); 0 (the default) means one per
    /// processor, up to 4.
    /// </summary>
    public int ReadConnections { get; set; }

    /// <summary>The path in use: <see cref="Path"/> when set, else the default data folder.</summary>
    public string ResolvedPath => string.IsNullOrWhiteSpace(Path) ? DefaultPath : System.IO.Path.GetFullPath(Path);

    /// <summary>
    /// The default store file: <c>knowledge-graph.db</c> in the user's data folder
    /// (<c>$XDG_DATA_HOME/knowledge-graph</c>, <c>~/.local/share/knowledge-graph</c> or %LOCALAPPDATA%\knowledge-graph).
    /// </summary>
    public static string DefaultPath
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            if (string.IsNullOrWhiteSpace(root))
            {
                root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            }
            if (string.IsNullOrWhiteSpace(root))
            {
                root = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            }
            return System.IO.Path.Combine(root, "knowledge-graph", "knowledge-graph.db");
        }
    }
}
