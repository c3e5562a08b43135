using System.Globalization;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Loading;

/// <summary>What an assertion says about its node's identity: its canonical external id and its names.</summary>
public static class AssertedIdentity
{
    /// <summary>
    /// The canonical external id an assertion claims (<c>city:geonames:3128760</c> for a City claiming a geonamesId), or
    /// null when its kind has no external key or it does not claim one.
    /// </summary>
    public static string? ExternalId(NodeAssertion node, NodeKind kind)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(kind);
        if (kind.ExternalKey is not { } key)
        {
            return null;
        }
        var claim = node.Claims.FirstOrDefault(c => c.Name == key.Name);
        return claim is null ? null : NodeId.External(kind, key, Text(claim.Value)!);
    }

    /// <summary>The names an assertion gives its node: its name, then its aliases.</summary>
    public static IEnumerable<Alias> Names(NodeAssertion node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Aliases.Prepend(new Alias(node.Name));
    }

    /// <summary>A value as the invariant text the rules compare (see <see cref="INodeLookup{TNode}.StoredText"/>).</summary>
    public static string? Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture);

}
