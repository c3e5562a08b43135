using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Query;

/// <summary>
/// Full-text search over names and aliases, one ranking for every back-end. The text is folded as names are
/// (<see cref="SearchWords.Folded"/>: case, accents and punctuation ignored); a node matches when one of its folded names
/// or aliases has, for every word of the text, a word that starts with it. Best first: a node with a folded name equal to
/// the folded text, then the node whose shortest matching name is shortest (in characters), then by id. The ranking uses
/// no statistics of the graph (unlike bm25), so the same graph gives the same order on every back-end, and a node's
/// place does not move when unrelated names are added.
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
