using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store;

/// <summary>How <see cref="IGraphStore.LoadAsync(IReadOnlyList{KnowledgeGraph.Model.Facts.GraphBatch}, LoadOptions, CancellationToken)"/> loads.</summary>
public sealed record LoadOptions
{
    /// <summary>Keep nothing: the report says what a load would do (the CLI's <c>diff</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>Where to report progress, if anywhere.</summary>
    public IProgress<LoadProgress>? Progress { get; init; }

    /// <summary>
    /// The model the caller has already checked every batch against with <see cref="KnowledgeGraph.Model.Validation.BatchValidator"/>,
    /// finding no problem (an import plan does, before it hands its batches over). A store whose model is this very
    /// instance may skip its own check; any other value, or null (the default), and the store checks every batch
    /// itself. Set it only for batches that were checked and not changed since: study files and curators' batches
    /// leave it null.
    /// </summary>
    public GraphModel? ValidatedAgainst { get; init; }
}
