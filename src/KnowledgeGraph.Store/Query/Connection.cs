namespace KnowledgeGraph.Store.Query;

/// <summary>How a query's result is shaped.</summary>
public enum ResultShape
{
    /// <summary>A JSON array of node objects.</summary>
    List,

    /// <summary>The first node object, or null.</summary>
    Single,

    /// <summary>A connection object, as <see cref="NodeQuery.Connection"/> lays it out.</summary>
    Connection,
}

/// <summary>
/// The keys of a connection object, in response order, such as
/// <c>{totalCount, edges: [{cursor, node, ...edge properties}], pageInfo: {hasNextPage, endCursor}}</c>.
/// </summary>
public sealed record ConnectionProjection(IReadOnlyList<ConnectionField> Fields)
{
    /// <summary>
    /// The usual layout: totalCount, edges (cursor, the given edge fields, node) and pageInfo (hasNextPage, endCursor).
    /// </summary>
    public static ConnectionProjection Default(params ProjectionField[] edgeFields) => new(
    [
        new TotalCountField("totalCount"),
        new EdgesField("edges", [new CursorField("cursor"), .. edgeFields, new EdgeNodeField("node")]),
        new PageInfoField("pageInfo", [new PageInfoItem("hasNextPage", PageInfoValue.HasNextPage), new PageInfoItem("endCursor", PageInfoValue.EndCursor)]),
    ]);
}

/// <summary>A key of a connection object.</summary>
public abstract record ConnectionField(string Key);

/// <summary>The number of nodes matching the filter, ignoring paging.</summary>
public sealed record TotalCountField(string Key) : ConnectionField(Key);

/// <summary>
/// The page's edges; each an object of <paramref name="Fields"/>: <see cref="CursorField"/>, <see cref="EdgeNodeField"/>
/// and the relationship's own fields (<see cref="ValueField"/> of a relationship property, <see cref="SourcesField"/>,
/// <see cref="ClaimsField"/>).
/// </summary>
public sealed record EdgesField(string Key, IReadOnlyList<ProjectionField> Fields) : ConnectionField(Key);

/// <summary>The page's node objects without edges (GraphQL's <c>nodes</c> shortcut).</summary>
public sealed record NodesField(string Key) : ConnectionField(Key);

/// <summary>The page information object.</summary>
public sealed record PageInfoField(string Key, IReadOnlyList<PageInfoItem> Items) : ConnectionField(Key);

/// <summary>A key of the page information object.</summary>
public sealed record PageInfoItem(string Key, PageInfoValue Value);

/// <summary>What a page information key holds.</summary>
public enum PageInfoValue
{
    /// <summary>Whether nodes follow the page.</summary>
    HasNextPage,

    /// <summary>Whether nodes precede the page (an <see cref="NodeQuery.After"/> cursor or an offset was given).</summary>
    HasPreviousPage,

    /// <summary>The cursor of the page's first edge, or null.</summary>
    StartCursor,

    /// <summary>The cursor of the page's last edge, or null.</summary>
    EndCursor,
}
