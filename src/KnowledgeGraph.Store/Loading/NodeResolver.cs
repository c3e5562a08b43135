using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Loading;

/// <summary>
/// The rules that decide which stored node an asserted node is, shared by every back-end so that all of them merge the
/// same facts into the same graph: first the canonical external id (the kind's external key, read from the model), then
/// the asserted id (any id a source used before), then, for kinds that merge by name, a name or alias of the same kind
/// when exactly one namesake agrees on the kind's distinguishing properties (<see cref="NodeKind.DistinguishingProperties"/>).
/// </summary>
/// <remarks>The back-end answers the look-ups (<see cref="INodeLookup{TNode}"/>) and writes what the resolution says.</remarks>
public sealed class NodeResolver<TNode>(INodeLookup<TNode> lookup)
    where TNode : notnull
{
    private readonly Dictionary<NodeKind, PropertyDefinition[]> _distinguishing = new(ReferenceEqualityComparer.Instance);

    /// <summary>Finds the stored node <paramref name="node"/> (of <paramref name="kind"/>) means, if any.</summary>
    public NodeResolution<TNode> Resolve(NodeAssertion node, NodeKind kind)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(kind);
        var external = AssertedIdentity.ExternalId(node, kind);
        if (lookup.TryFindKey(external ?? node.Id, out var found))
        {
            return new(node.Id, external, external is null ? MergeMethod.Id : MergeMethod.ExternalKey, found);
        }
        if (lookup.TryFindKey(node.Id, out found))
        {
            return new(node.Id, external, MergeMethod.Id, found);
        }
        if (kind.MergesByName && FindByName(node, kind) is { } named)
        {
            return new(node.Id, external, MergeMethod.Name, named.Node);
        }
        return new(node.Id, external, MergeMethod.None, default);
    }

    /// <summary>The one namesake of the same kind that fits, or null when none or several do.</summary>
    private Candidate? FindByName(NodeAssertion node, NodeKind kind)
    {
        var candidates = new HashSet<TNode>();
        foreach (var name in AssertedIdentity.Names(node))
        {
            candidates.UnionWith(lookup.FindByName(kind, TextKey.Normalize(name.Name)));
        }
        // Names are weak evidence: a candidate that disagrees on a distinguishing property is another node.
        var distinguishing = Distinguishing(kind);
        Candidate? fit = null;
        foreach (var candidate in candidates)
        {
            if (!Agrees(node, candidate, distinguishing))
            {
                continue;
            }
            if (fit is not null)
            {
                return null;
            }
            fit = new Candidate(candidate);
        }
        return fit;
    }

    private bool Agrees(NodeAssertion node, TNode candidate, PropertyDefinition[] distinguishing)
    {
        foreach (var property in distinguishing)
        {
            var asserted = node.Claims.FirstOrDefault(c => c.Name == property.Name);
            if (asserted is not null && lookup.StoredText(candidate, property) is { } stored &&
                !string.Equals(stored, AssertedIdentity.Text(asserted.Value), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    private PropertyDefinition[] Distinguishing(NodeKind kind)
    {
        if (!_distinguishing.TryGetValue(kind, out var properties))
        {
            _distinguishing[kind] = properties = [.. kind.DistinguishingProperties];
        }
        return properties;
    }

    /// <summary>A found namesake (a box, so that a default handle is not mistaken for "none").</summary>
    private sealed record Candidate(TNode Node);
}
