using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Backends;
using KnowledgeGraph.Studies;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Opens the store in the background once the service starts (creating it when absent) and, when it holds no node,
/// loads the seed graph in one transaction. <c>/health</c> and <c>/health/ready</c> report 503 until this is done.
/// </summary>
public sealed partial class StoreStartup(
    StoreHolder holder,
    IOptions<SeedOptions> seed,
    IHostEnvironment environment,
    ILogger<StoreStartup> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (holder.Choice is not { } choice)
        {
            // The configuration chose no known back-end: the holder says why (and /health reports it).
            LogMisconfigured(logger, holder.Error ?? "");
            return;
        }
        IGraphBackend? store = null;
        try
        {
            store = await choice.OpenAsync(stoppingToken).ConfigureAwait(false);
            var stats = await store.GetStatsAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
            var note = $"opened {holder.Location} ({stats.Nodes} nodes)";
            if (stats.Nodes == 0)
            {
                note = await SeedAsync(store, stoppingToken).ConfigureAwait(false);
            }
            LogReady(logger, note);
            holder.SetReady(store, note);
            store = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, holder.Location);
            holder.SetFailed(ex.Message);
        }
        finally
        {
            if (store is not null)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<string> SeedAsync(IGraphBackend store, CancellationToken cancellationToken)
    {
        var folder = SeedLocator.Find(seed.Value.Path, environment.ContentRootPath, AppContext.BaseDirectory);
        if (folder is null)
        {
            return $"created {holder.Location}; no {SeedLocator.FolderName} folder found to load (set Seed:Path)";
        }
        LogSeeding(logger, folder, holder.Location);
        var studies = StudySet.Read([folder], CityNetworksModel.Instance, seed.Value.Documents);
        if (!studies.IsValid)
        {
            throw new InvalidOperationException($"The seed graph in {folder} has {studies.Problems.Count} problem(s); first: {studies.Problems[0]}");
        }
        var report = await store.LoadAsync(studies.Batches, cancellationToken: cancellationToken).ConfigureAwait(false);
        return $"seeded {holder.Location} from {folder} ({studies.Files.Count} studies, {report.Changes.Count} changes)";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready: {Note}")]
    private static partial void LogReady(ILogger logger, string note);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the seed graph from {Folder} into the empty store {Path}")]
    private static partial void LogSeeding(ILogger logger, string folder, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store configuration is wrong: {Error}")]
    private static partial void LogMisconfigured(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store {Path} could not be opened or seeded")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path);
}
