using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Query;

/// <summary>
/// Full-text search over names and aliases: every word of <paramref name="Text"/> must start a word of some name
/// (prefix matching), ignoring case and accents. Best matches first, then by id.
/// </summary>
/// <param name="Text">The words searched for.</param>
/// <param name="Projection">The fields of each node object found.</param>
public sealed record SearchQuery(string Text, Projection Projection)
{
    /// <summary>Only nodes of these kinds; null or empty for any kind.</summary>
    public IReadOnlyList<NodeKind>? Kinds { get; init; }

    /// <summary>At most this many nodes.</summary>
    public int First { get; init; } = 20;
}
