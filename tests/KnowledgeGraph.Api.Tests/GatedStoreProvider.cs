using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Backends;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The real SQLite provider behind a gate: opening the store waits until the test calls <see cref="Open"/>, so a test
/// sees the service while its store is still loading, then after, without timing anything.
/// </summary>
public sealed class GatedStoreProvider : IStoreProvider
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets the store open (and be seeded).</summary>
    public void Open() => _gate.TrySetResult();

    /// <inheritdoc/>
    public string Name => SqliteStoreProvider.Instance.Name;

    /// <inheritdoc/>
    public IReadOnlyList<string> Schemes => SqliteStoreProvider.Instance.Schemes;

    /// <inheritdoc/>
    public IReadOnlyList<StoreSetting> Settings => SqliteStoreProvider.Instance.Settings;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string?> LocationSettings(string location) => SqliteStoreProvider.Instance.LocationSettings(location);

    /// <inheritdoc/>
    public string Describe(IConfiguration configuration) => SqliteStoreProvider.Instance.Describe(configuration);

    /// <inheritdoc/>
    public async Task<IGraphBackend> OpenAsync(IConfiguration configuration, GraphModel model, CancellationToken cancellationToken = default)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return await SqliteStoreProvider.Instance.OpenAsync(configuration, model, cancellationToken);
    }
}
