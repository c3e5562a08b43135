using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Backends;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// The Neo4j provider: <c>Store:Provider = Neo4j</c> with the section <c>Neo4j</c> (or NEO4J_* variables), or a
/// <c>--store</c> address of one of <see cref="Schemes"/>.
/// </summary>
public sealed class Neo4jStoreProvider : IStoreProvider
{
    /// <summary>The provider's name.</summary>
    public const string ProviderName = "Neo4j";

    /// <summary>The one instance.</summary>
    public static Neo4jStoreProvider Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => ProviderName;

    /// <inheritdoc/>
    public IReadOnlyList<string> Schemes { get; } = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc", "http", "https"];

    /// <inheritdoc/>
    public IReadOnlyList<StoreSetting> Settings { get; } =
    [
        new($"{Neo4jOptions.Section}:{nameof(Neo4jOptions.Uri)}", "the Neo4j server (http(s)://, neo4j(+s)://, bolt(+s)://)") { EnvironmentAliases = ["NEO4J_URI"] },
        new($"{Neo4jOptions.Section}:{nameof(Neo4jOptions.User)}", "the Neo4j user") { EnvironmentAliases = ["NEO4J_USERNAME"] },
        new($"{Neo4jOptions.Section}:{nameof(Neo4jOptions.Password)}", "the Neo4j user's password") { EnvironmentAliases = ["NEO4J_PASSWORD"], IsSecret = true },
        new($"{Neo4jOptions.Section}:{nameof(Neo4jOptions.Token)}", "a bearer token instead of user and password") { IsSecret = true },
        new($"{Neo4jOptions.Section}:{nameof(Neo4jOptions.Database)}", "the database (default neo4j)") { EnvironmentAliases = ["NEO4J_DATABASE"] },
    ];

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string?> LocationSettings(string location) =>
        new Dictionary<string, string?> { [$"{Neo4jOptions.Section}:{nameof(Neo4jOptions.Uri)}"] = location };

    /// <inheritdoc/>
    public string Describe(IConfiguration configuration) => Neo4jOptions.From(configuration).ToString();

    /// <inheritdoc/>
    public async Task<IGraphBackend> OpenAsync(IConfiguration configuration, GraphModel model, CancellationToken cancellationToken = default)
    {
        Neo4jOptions options;
        try
        {
            options = Neo4jOptions.From(configuration);
            if (!options.IsConfigured)
            {
                throw new Neo4jConfigurationException("no Neo4j server is configured: set Neo4j:Uri (environment Neo4j__Uri or NEO4J_URI) or pass --store neo4j://host:7687.");
            }
            _ = options.HttpUri;
        }
        catch (Exception ex) when (ex is Neo4jConfigurationException or InvalidOperationException)
        {
            throw new StoreException(ProviderName, null, ex.Message, ex);
        }
        var backend = new Neo4jBackend(Neo4jGraphStore.Open(options, model));
        try
        {
            await backend.PingAsync(cancellationToken).ConfigureAwait(false);
            await backend.PrepareAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await backend.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return backend;
    }
}
