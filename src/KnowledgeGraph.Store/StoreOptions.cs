namespace KnowledgeGraph.Store;

/// <summary>
/// The back-end-neutral store configuration, section <c>Store</c>: which provider (<c>Store:Provider</c>, environment
/// <c>Store__Provider</c>). Each back-end reads its own keys (SQLite: <c>Store:Path</c>, <c>Store:ReadConnections</c>;
/// Neo4j: the <c>Neo4j</c> section).
/// </summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Store";

    /// <summary>The configuration key of the provider.</summary>
    public const string ProviderKey = Section + ":" + nameof(Provider);

    /// <summary>The provider when none is configured.</summary>
    public const string DefaultProvider = "Sqlite";

    /// <summary>The back-end's provider name (compared ignoring case); <see cref="DefaultProvider"/> when unset.</summary>
    public string? Provider { get; set; }
}
