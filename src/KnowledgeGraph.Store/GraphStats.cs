namespace KnowledgeGraph.Store;

/// <summary>Counts of the stored graph: nodes per kind, relationships per type, and sources.</summary>
public sealed record GraphStats(
    IReadOnlyDictionary<string, long> NodesByKind,
    IReadOnlyDictionary<string, long> RelationshipsByType,
    long Sources)
{
    /// <summary>Display names per kind, sorted, up to the limit asked for (empty unless asked).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> NamesByKind { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>All nodes.</summary>
    public long Nodes => NodesByKind.Values.Sum();

    /// <summary>All relationships.</summary>
    public long Relationships => RelationshipsByType.Values.Sum();
}
