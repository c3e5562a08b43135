using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Api.Schema;

/// <summary>
/// What a generated output field stands for in a read plan. The planner turns each selected field into the
/// plan part its binding names; the field itself resolves from the plan's JSON by its response key.
/// </summary>
public abstract record FieldBinding;

/// <summary>A common node field or a node property.</summary>
public sealed record ValueBinding(FieldRef Field) : FieldBinding;

/// <summary>The node's other names.</summary>
public sealed record AliasesBinding : FieldBinding;

/// <summary>The sources of the node, or in an edge of the relationship.</summary>
public sealed record SourcesBinding : FieldBinding;

/// <summary>The property claims of the node, side by side with their sources.</summary>
public sealed record ClaimsBinding(NodeKind Kind) : FieldBinding;

/// <summary>A relationship connection: the nodes related through <paramref name="Relationship"/> on side <paramref name="Direction"/>.</summary>
/// <param name="Relationship">The relationship type.</param>
/// <param name="Direction">The side the owning node stands on.</param>
/// <param name="Targets">The kinds at the other end (several: the node type is the Node interface).</param>
public sealed record RelationshipBinding(RelationshipType Relationship, Direction Direction, IReadOnlyList<NodeKind> Targets) : FieldBinding;

/// <summary>A sum of a money property over the relationships or the related nodes.</summary>
public sealed record SumBinding(RelationshipType Relationship, Direction Direction, PropertyDefinition Property, SumOver Over, IReadOnlyList<NodeKind> Targets) : FieldBinding;

/// <summary>A connection's total count.</summary>
public sealed record TotalCountBinding : FieldBinding;

/// <summary>A connection's edges.</summary>
public sealed record EdgesBinding : FieldBinding;

/// <summary>A connection's nodes without edges.</summary>
public sealed record NodesBinding : FieldBinding;

/// <summary>A connection's page information.</summary>
public sealed record PageInfoBinding : FieldBinding;

/// <summary>A key of the page information.</summary>
public sealed record PageInfoItemBinding(PageInfoValue Value) : FieldBinding;

/// <summary>An edge's cursor.</summary>
public sealed record CursorBinding : FieldBinding;

/// <summary>An edge's node.</summary>
public sealed record EdgeNodeBinding : FieldBinding;

/// <summary>A property of the relationship, in an edge.</summary>
public sealed record EdgeValueBinding(PropertyDefinition Property) : FieldBinding;
