using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Store;

/// <summary>
/// The store port: what every back-end (SQLite now, Neo4j next) offers. Loading is one transaction per call:
/// it applies whole or not at all.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>
    /// Loads batches in one transaction, merging nodes by id, external key or name, and returns what changed.
    /// With <paramref name="dryRun"/> nothing is kept: the report says what a load would do (the CLI's <c>diff</c>).
    /// </summary>
    Task<LoadReport> LoadAsync(IReadOnlyList<GraphBatch> batches, bool dryRun = false, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads batches as <see cref="LoadAsync(IReadOnlyList{GraphBatch}, bool, IProgress{LoadProgress}?, CancellationToken)"/>
    /// does, with <paramref name="options"/>. A back-end may skip checking batches the caller has already checked
    /// against its model (<see cref="LoadOptions.ValidatedAgainst"/>); by default every batch is checked.
    /// </summary>
    Task<LoadReport> LoadAsync(IReadOnlyList<GraphBatch> batches, LoadOptions options, CancellationToken cancellationToken = default) =>
        LoadAsync(batches, options.DryRun, options.Progress, cancellationToken);

    /// <summary>Counts per node kind and relationship type, with up to <paramref name="namesPerKind"/> names of each kind.</summary>
    Task<GraphStats> GetStatsAsync(int namesPerKind = 0, CancellationToken cancellationToken = default);

    /// <summary>Every node with its names, properties and sources, in id order.</summary>
    IAsyncEnumerable<StoredNode> ReadNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relationship with its properties and sources.</summary>
    IAsyncEnumerable<StoredRelationship> ReadRelationshipsAsync(CancellationToken cancellationToken = default);
}
