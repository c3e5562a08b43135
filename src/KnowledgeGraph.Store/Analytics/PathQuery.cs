using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// Research question 3, how two entities are connected: the shortest paths between two nodes of any kinds, following
/// relationships in both directions, through at most <see cref="MaxHops"/> relationships.
/// </summary>
/// <remarks>
/// Only paths of the shortest length are returned (up to <see cref="MaxPaths"/> of them, in the order of their node
/// ids); nodes of <see cref="ExcludedKinds"/> are never passed through (they may still be the ends).
/// <para>JSON: <c>{"from": Node | null, "to": Node | null, "length": L | null, "truncated": bool,
/// "paths": [{"nodes": [Node, ...], "relationships": [{"type", "from", "to", "properties"}]}]}</c> with
/// <c>Node = {"id", "kind", "name"}</c>. A path alternates <c>nodes[0] relationships[0] nodes[1] ... nodes[L]</c>;
/// a relationship's <c>from</c>/<c>to</c> are its stored direction, which may run against the path. <c>length</c> is
/// null and <c>paths</c> empty when no path is within reach; <c>truncated</c> says the breadth limit was hit, so a
/// path may have been missed.</para>
/// </remarks>
/// <param name="FromId">One end (any of its ids).</param>
/// <param name="ToId">The other end (any of its ids).</param>
public sealed record PathQuery(string FromId, string ToId)
{
    /// <summary>The most hops a query may ask for.</summary>
    public const int MaxHopsLimit = 6;

    /// <summary>The most paths a query may ask for.</summary>
    public const int MaxPathsLimit = 100;

    /// <summary>The kinds excluded by default: hubs that would make nearly every path two hops long.</summary>
    public static IReadOnlyList<NodeKind> DefaultExcludedKinds { get; } =
        [CityNetworksModel.Country, CityNetworksModel.Theme, CityNetworksModel.Study];

    /// <summary>At most this many relationships in a path (1 to <see cref="MaxHopsLimit"/>).</summary>
    public int MaxHops { get; init; } = 4;

    /// <summary>At most this many paths (1 to <see cref="MaxPathsLimit"/>).</summary>
    public int MaxPaths { get; init; } = 5;

    /// <summary>Only these relationship types; null or empty for every type.</summary>
    public IReadOnlyList<RelationshipType>? RelationshipTypes { get; init; }

    /// <summary>Kinds never passed through; <see cref="DefaultExcludedKinds"/> unless set (empty: none).</summary>
    public IReadOnlyList<NodeKind> ExcludedKinds { get; init; } = DefaultExcludedKinds;

    /// <summary>
    /// How many (node, distance) rows each end's breadth-first walk may produce before it stops (1,000 to 1,000,000);
    /// it keeps a query on a dense graph bounded.
    /// </summary>
    public int BreadthLimit { get; init; } = 200_000;
}
