using KnowledgeGraph.Store;

namespace KnowledgeGraph.Seed.Export;

/// <summary>The whole graph read from a store, for the exporters.</summary>
public sealed record GraphExport(IReadOnlyList<StoredNode> Nodes, IReadOnlyList<StoredRelationship> Relationships)
{
    /// <summary>Reads every node and relationship of <paramref name="store"/>.</summary>
    public static async Task<GraphExport> ReadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var nodes = new List<StoredNode>();
        await foreach (var node in store.ReadNodesAsync(cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(node);
        }
        var relationships = new List<StoredRelationship>();
        await foreach (var rel in store.ReadRelationshipsAsync(cancellationToken).ConfigureAwait(false))
        {
            relationships.Add(rel);
        }
        return new GraphExport(nodes, relationships);
    }
}
