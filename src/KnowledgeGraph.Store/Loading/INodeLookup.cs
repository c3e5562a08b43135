using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Loading;

/// <summary>
/// What <see cref="NodeResolver{TNode}"/> asks of a back-end while it loads: the stored node a key resolves to, the
/// namesakes of a kind, and a stored property value. <typeparamref name="TNode"/> is the back-end's handle of a stored
/// node (a row number in SQLite, an element id in Neo4j). Every answer includes what the current load wrote so far.
/// </summary>
public interface INodeLookup<TNode>
    where TNode : notnull
{
    /// <summary>The node a key resolves to: any id a source ever used for it, or its canonical external id.</summary>
    bool TryFindKey(string key, out TNode node);

    /// <summary>The nodes of <paramref name="kind"/> with a name or alias that folds (<see cref="Model.Identity.TextKey.Normalize"/>) to <paramref name="folded"/>.</summary>
    IEnumerable<TNode> FindByName(NodeKind kind, string folded);

    /// <summary>
    /// The current value of a property of a stored node as invariant text (a string as is, a number in its JSON form),
    /// or null when the node has none.
    /// </summary>
    string? StoredText(TNode node, PropertyDefinition property);
}
