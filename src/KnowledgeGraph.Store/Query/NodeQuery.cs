using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Query;

/// <summary>
/// A read plan: the nodes of a kind that match a filter, in an order, one page of them, shaped and projected.
/// A back-end runs a whole plan, nested relationships included, as one statement.
/// </summary>
public sealed record NodeQuery
{
    /// <summary>The kind; null for any kind (node by id, or the other end of a relationship joining several kinds).</summary>
    public NodeKind? Kind { get; init; }

    /// <summary>The condition; null for every node.</summary>
    public Filter? Where { get; init; }

    /// <summary>The ordering; the node id always breaks ties (ascending). Empty: by id.</summary>
    public IReadOnlyList<SortKey> OrderBy { get; init; } = [];

    /// <summary>At most this many nodes; null for all.</summary>
    public int? First { get; init; }

    /// <summary>Only nodes after this cursor (from a connection's edges or endCursor), under the same ordering.</summary>
    public string? After { get; init; }

    /// <summary>Skip this many nodes (after the cursor, if any).</summary>
    public int? Offset { get; init; }

    /// <summary>List, single object or connection.</summary>
    public ResultShape Shape { get; init; } = ResultShape.List;

    /// <summary>For <see cref="ResultShape.Connection"/>: its layout; null for <see cref="ConnectionProjection.Default"/>.</summary>
    public ConnectionProjection? Connection { get; init; }

    /// <summary>The fields of each node object.</summary>
    public Projection Projection { get; init; } = Projection.Empty;

    /// <summary>Whether the result carries the total count (a connection with a <see cref="TotalCountField"/>).</summary>
    public bool WithTotalCount => Shape == ResultShape.Connection && EffectiveConnection.Fields.OfType<TotalCountField>().Any();

    /// <summary>The connection layout in use.</summary>
    public ConnectionProjection EffectiveConnection => Connection ?? ConnectionProjection.Default();
}
