namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A union type (spec 3.8): a set of object types.</summary>
public sealed class UnionType : NamedType
{
    private readonly List<ObjectType> _types = [];

    /// <summary>Creates a union.</summary>
    public UnionType(string name, string? description = null, params ObjectType[] types)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types.AddRange(types);
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Member types.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>Optional runtime resolution of the concrete object type name of a value (for execution).</summary>
    public Func<object?, string?>? ResolveType { get; set; }

    /// <summary>Adds a member (fluent).</summary>
    public UnionType AddType(ObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _types.Add(type);
        return this;
    }
}
