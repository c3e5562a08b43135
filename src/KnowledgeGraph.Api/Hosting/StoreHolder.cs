using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Backends;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The service's one store, of whichever back-end <c>Store:Provider</c> chooses: opened (and seeded) in the background at
/// start-up by <see cref="StoreStartup"/>, then shared by every request. Requests before it is ready get a clear error
/// instead of waiting.
/// </summary>
public sealed class StoreHolder : IAsyncDisposable
{
    private volatile IGraphBackend? _store;

    /// <summary>The store the configuration chooses; null when the configuration is wrong (see <see cref="Error"/>).</summary>
    public StoreChoice? Choice { get; init; }

    /// <summary>The provider in use (<c>Sqlite</c>, <c>Neo4j</c>), as configured.</summary>
    public string Provider { get; init; } = StoreOptions.DefaultProvider;

    /// <summary>Where the store is: a file path or a URI, never a secret.</summary>
    public required string Location { get; init; }

    /// <summary>Loading, ready or failed.</summary>
    public StoreStatus Status { get; private set; } = StoreStatus.Loading;

    /// <summary>Why opening or seeding failed, when it did.</summary>
    public string? Error { get; private set; }

    /// <summary>What start-up did: "seeded from ..." or "opened".</summary>
    public string? Note { get; private set; }

    /// <summary>The open store; throws a GraphQL error with code <c>STORE_NOT_READY</c> while loading or after a failure.</summary>
    public IGraphBackend Store => _store ?? throw new GraphQLException(
        Status == StoreStatus.Failed ? $"The store could not be opened: {Error}" : "The store is loading; try again in a moment.",
        ApiErrorCodes.StoreNotReady);

    /// <summary>
    /// The holder of the store <paramref name="configuration"/> chooses among <paramref name="providers"/>; when the
    /// configuration names no known provider, a holder that has failed already, saying why.
    /// </summary>
    public static StoreHolder For(StoreProviders providers, IConfiguration configuration, GraphModel model)
    {
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(configuration);
        try
        {
            var choice = providers.Choose(configuration, model);
            return new StoreHolder { Choice = choice, Provider = choice.Provider.Name, Location = choice.Location };
        }
        catch (StoreException ex)
        {
            var holder = new StoreHolder { Provider = configuration[StoreOptions.ProviderKey] ?? StoreOptions.DefaultProvider, Location = ex.Location ?? "" };
            holder.SetFailed(ex.Message);
            return holder;
        }
    }

    /// <summary>Marks the store ready.</summary>
    public void SetReady(IGraphBackend store, string note)
    {
        Note = note;
        _store = store;
        Status = StoreStatus.Ready;
    }

    /// <summary>Marks the start-up failed.</summary>
    public void SetFailed(string error)
    {
        Error = error;
        Status = StoreStatus.Failed;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_store is { } store)
        {
            _store = null;
            await store.DisposeAsync().ConfigureAwait(false);
        }
    }
}
