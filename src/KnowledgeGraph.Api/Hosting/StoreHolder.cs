using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The service's one store: opened (and seeded) in the background at start-up by <see cref="StoreStartup"/>, then
/// shared by every request. Requests before it is ready get a clear error instead of waiting.
/// </summary>
public sealed class StoreHolder : IAsyncDisposable
{
    private volatile SqliteGraphStore? _store;

    /// <summary>The store file in use.</summary>
    public required string Path { get; init; }

    /// <summary>The most read connections the store's queries use at once (0: one per processor, up to 4).</summary>
    public int ReadConnections { get; init; }

    /// <summary>Loading, ready or failed.</summary>
    public StoreStatus Status { get; private set; } = StoreStatus.Loading;

    /// <summary>Why opening or seeding failed, when it did.</summary>
    public string? Error { get; private set; }

    /// <summary>What start-up did: "seeded from ..." or "opened".</summary>
    public string? Note { get; private set; }

    /// <summary>The open store; throws a GraphQL error with code <c>STORE_NOT_READY</c> while loading or after a failure.</summary>
    public SqliteGraphStore Store => _store ?? throw new GraphQLException(
        Status == StoreStatus.Failed ? $"The store could not be opened: {Error}" : "The store is loading; try again in a moment.",
        ApiErrorCodes.StoreNotReady);

    /// <summary>Marks the store ready.</summary>
    public void SetReady(SqliteGraphStore store, string note)
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
