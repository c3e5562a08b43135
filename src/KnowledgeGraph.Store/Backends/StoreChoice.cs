using KnowledgeGraph.Model.Schema;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Store.Backends;

/// <summary>The store a configuration chooses (<see cref="StoreProviders.Choose"/>): its provider, where it is, and how to open it.</summary>
public sealed class StoreChoice(IStoreProvider provider, IConfiguration configuration, GraphModel model)
{
    /// <summary>The provider.</summary>
    public IStoreProvider Provider { get; } = provider;

    /// <summary>The configuration it reads (with a command line's location applied).</summary>
    public IConfiguration Configuration { get; } = configuration;

    /// <summary>Where the store is: a file path or a URI, never a secret.</summary>
    public string Location => Provider.Describe(Configuration);

    /// <summary>Opens the store.</summary>
    /// <exception cref="StoreException">It cannot be opened.</exception>
    public Task<IGraphBackend> OpenAsync(CancellationToken cancellationToken = default) =>
        Provider.OpenAsync(Configuration, model, cancellationToken);
}
