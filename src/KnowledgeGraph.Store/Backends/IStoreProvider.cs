using KnowledgeGraph.Model.Schema;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Store.Backends;

/// <summary>
/// A back-end the API and the CLI can use, chosen by name with <c>Store:Provider</c> (see <see cref="StoreProviders"/>):
/// it reads its own settings from the configuration and opens the store.
/// </summary>
public interface IStoreProvider
{
    /// <summary>The name <c>Store:Provider</c> gives (<c>Sqlite</c>, <c>Neo4j</c>; compared ignoring case).</summary>
    string Name { get; }

    /// <summary>
    /// The URI schemes of the locations it serves (<c>neo4j</c>, <c>bolt</c>), so that <c>kg-seed --store neo4j://host</c>
    /// picks it. Empty for a store in a file, which takes any location without a scheme as its file.
    /// </summary>
    IReadOnlyList<string> Schemes { get; }

    /// <summary>Every configuration key it reads (besides <c>Store:Provider</c>).</summary>
    IReadOnlyList<StoreSetting> Settings { get; }

    /// <summary>The configuration values that make it use <paramref name="location"/> (<c>Store:Path</c>, <c>Neo4j:Uri</c>).</summary>
    IReadOnlyDictionary<string, string?> LocationSettings(string location);

    /// <summary>Where the configured store is, for messages: a file path or a URI, never a secret.</summary>
    string Describe(IConfiguration configuration);

    /// <summary>Opens (creating or migrating as needed) the configured store.</summary>
    /// <exception cref="StoreException">It cannot be opened, or the configuration is wrong.</exception>
    Task<IGraphBackend> OpenAsync(IConfiguration configuration, GraphModel model, CancellationToken cancellationToken = default);
}
