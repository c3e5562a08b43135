using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Query;

/// <summary>The fields of each result object, in response order.</summary>
/// <param name="Fields">The fields; keys are unique per kind (fields restricted to other kinds may reuse a key).</param>
public sealed record Projection(IReadOnlyList<ProjectionField> Fields)
{
    /// <summary>An empty projection (objects with no keys).</summary>
    public static Projection Empty { get; } = new([]);

    /// <summary>A projection of the given fields.</summary>
    public static Projection Of(params ProjectionField[] fields) => new(fields);
}

/// <summary>
/// One key of a result object. <see cref="OnKinds"/> restricts the field to nodes of some kinds (a GraphQL inline
/// fragment); the key is absent from objects of other kinds.
/// </summary>
/// <param name="Key">The response key (the GraphQL alias or field name): letters, digits and underscores.</param>
public abstract record ProjectionField(string Key)
{
    /// <summary>The kinds the field applies to; null for every kind.</summary>
    public IReadOnlyList<NodeKind>? OnKinds { get; init; }
}

/// <summary>
/// A scalar: a common node field, a node property, or (in an edge projection) a relationship property.
/// </summary>
public sealed record ValueField(string Key, FieldRef Field) : ProjectionField(Key);

/// <summary>The node's other names: a list of <c>{name, lang}</c> (lang null when none), the display name excluded.</summary>
public sealed record AliasesField(string Key) : ProjectionField(Key);

/// <summary>
/// The sources stating that the node (or, in an edge projection, the relationship) exists: a list of
/// <c>{study: {id, name}, certainty, quote, dataset, row, note}</c> in load order.
/// </summary>
public sealed record SourcesField(string Key) : ProjectionField(Key);

/// <summary>
/// The property claims, side by side with their sources: a list of
/// <c>{property, value, qualifier, study: {id, name}, certainty, quote, dataset, row, note}</c> in load order.
/// </summary>
/// <param name="Key">The response key.</param>
/// <param name="Property">Only the claims of this property; null for every property.</param>
public sealed record ClaimsField(string Key, PropertyDefinition? Property = null) : ProjectionField(Key);

/// <summary>
/// The nodes related through a relationship, with their own filter, order, paging, shape and projection.
/// </summary>
/// <param name="Key">The response key.</param>
/// <param name="Relationship">The relationship type.</param>
/// <param name="Direction">Outgoing (the node is the start) or incoming; symmetric types match either side.</param>
/// <param name="Target">The query over the other end; its kind may be null for any kind the relationship allows.</param>
public sealed record RelationshipProjection(string Key, RelationshipType Relationship, Direction Direction, NodeQuery Target) : ProjectionField(Key)
{
    /// <summary>
    /// Fields of the relationship itself (its properties as <see cref="ValueField"/>, <see cref="SourcesField"/>,
    /// <see cref="ClaimsField"/>) added to each node object of a list. Connections put them in their edges instead.
    /// </summary>
    public IReadOnlyList<ProjectionField> EdgeFields { get; init; } = [];

    /// <summary>Condition on the relationship's properties (and, with <see cref="RelatedFilter"/>, nothing else).</summary>
    public Filter? EdgeWhere { get; init; }
}

/// <summary>The number of nodes related through a relationship, optionally only those matching a filter.</summary>
public sealed record RelatedCount(string Key, RelationshipType Relationship, Direction Direction, Filter? Where = null) : ProjectionField(Key);

/// <summary>What an <see cref="EdgeSum"/> adds up.</summary>
public enum SumOver
{
    /// <summary>A numeric property of the relationships (FUNDED_BY.amount).</summary>
    Relationship,

    /// <summary>A numeric property of the related nodes (euFunding of the projects a city is partner in).</summary>
    RelatedNode,
}

/// <summary>The sum (0 when none) of a numeric property over the relationships, or over the related nodes.</summary>
/// <param name="Key">The response key.</param>
/// <param name="Relationship">The relationship type.</param>
/// <param name="Direction">Which end the node is.</param>
/// <param name="Property">A numeric property of the relationship type or of the related kind.</param>
/// <param name="Over">Whether the property is the relationship's or the related node's.</param>
/// <param name="Where">Condition on the related nodes counted.</param>
public sealed record EdgeSum(string Key, RelationshipType Relationship, Direction Direction, PropertyDefinition Property, SumOver Over, Filter? Where = null) : ProjectionField(Key);

/// <summary>In a connection's edge: the opaque cursor of the edge, for <see cref="NodeQuery.After"/>.</summary>
public sealed record CursorField(string Key) : ProjectionField(Key);

/// <summary>In a connection's edge: the node object, projected by the query's <see cref="NodeQuery.Projection"/>.</summary>
public sealed record EdgeNodeField(string Key) : ProjectionField(Key);
