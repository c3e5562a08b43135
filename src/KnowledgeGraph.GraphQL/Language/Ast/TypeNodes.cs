namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A Type reference (spec 2.11): named, list or non-null.</summary>
public abstract class TypeNode(Location location) : Node(location);

/// <summary>A NamedType: <c>Name</c>.</summary>
public sealed class NamedTypeNode(Location location, NameNode name) : TypeNode(location), INamedNode
{
    /// <summary>Creates a node without location.</summary>
    public NamedTypeNode(string name) : this(default, new NameNode(name)) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NamedType;

    /// <summary>The type name.</summary>
    public NameNode Name { get; } = name;
}

/// <summary>A ListType: <c>[Type]</c>.</summary>
public sealed class ListTypeNode(Location location, TypeNode type) : TypeNode(location)
{
    /// <summary>Creates a node without location.</summary>
    public ListTypeNode(TypeNode type) : this(default, type) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListType;

    /// <summary>The item type.</summary>
    public TypeNode Type { get; } = type;
}

/// <summary>A NonNullType: <c>Type!</c>; the inner type is never itself non-null.</summary>
public sealed class NonNullTypeNode(Location location, TypeNode type) : TypeNode(location)
{
    /// <summary>Creates a node without location.</summary>
    public NonNullTypeNode(TypeNode type) : this(default, type) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <summary>The nullable inner type (named or list).</summary>
    public TypeNode Type { get; } = type;
}
