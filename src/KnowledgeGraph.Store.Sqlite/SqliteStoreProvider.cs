using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Backends;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>The SQLite back-end as a store provider (<c>Store:Provider = Sqlite</c>, the default): one file, <c>Store:Path</c>.</summary>
public sealed class SqliteStoreProvider : IStoreProvider
{
    /// <summary>The provider's name.</summary>
    public const string ProviderName = StoreOptions.DefaultProvider;

    /// <summary>The one instance.</summary>
    public static SqliteStoreProvider Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => ProviderName;

    /// <inheritdoc/>
    public IReadOnlyList<string> Schemes { get; } = [];

    /// <inheritdoc/>
    public IReadOnlyList<StoreSetting> Settings { get; } =
    [
        new($"{SqliteStoreOptions.Section}:{nameof(SqliteStoreOptions.Path)}", "the SQLite store file"),
        new($"{SqliteStoreOptions.Section}:{nameof(SqliteStoreOptions.ReadConnections)}", "the most read connections the API's queries use at once"),
    ];

    /// <summary>The SQLite options in <paramref name="configuration"/>.</summary>
    public static SqliteStoreOptions Options(IConfiguration configuration) =>
        configuration.GetSection(SqliteStoreOptions.Section).Get<SqliteStoreOptions>() ?? new SqliteStoreOptions();

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string?> LocationSettings(string location) =>
        new Dictionary<string, string?> { [$"{SqliteStoreOptions.Section}:{nameof(SqliteStoreOptions.Path)}"] = location };

    /// <inheritdoc/>
    /// <remarks>Reads the path alone, so that a wrong value elsewhere in the section is reported when opening, not here.</remarks>
    public string Describe(IConfiguration configuration) =>
        new SqliteStoreOptions { Path = configuration[$"{SqliteStoreOptions.Section}:{nameof(SqliteStoreOptions.Path)}"] }.ResolvedPath;

    /// <inheritdoc/>
    public Task<IGraphBackend> OpenAsync(IConfiguration configuration, GraphModel model, CancellationToken cancellationToken = default)
    {
        SqliteStoreOptions options;
        try
        {
            options = Options(configuration);
        }
        catch (InvalidOperationException ex)
        {
            // A value that does not bind (Store:ReadConnections = "many").
            throw new StoreException(ProviderName, null, $"the {SqliteStoreOptions.Section} configuration is wrong: {ex.Message}", ex);
        }
        if (options.ReadConnections < 0)
        {
            throw new StoreException(ProviderName, options.ResolvedPath, $"{SqliteStoreOptions.Section}:{nameof(SqliteStoreOptions.ReadConnections)} is {options.ReadConnections}; it must be 0 (one per processor) or more.");
        }
        return Task.FromResult<IGraphBackend>(SqliteGraphStore.Open(options.ResolvedPath, model, options.ReadConnections));
    }
}
