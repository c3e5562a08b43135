namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An interface type (spec 3.7); it may implement other interfaces.</summary>
public sealed class InterfaceType : ComplexType
{
    /// <summary>Creates an interface type.</summary>
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Optional runtime resolution of the concrete object type name of a value (for execution).</summary>
    public Func<object?, string?>? ResolveType { get; set; }

    /// <summary>Adds a field (fluent).</summary>
    public InterfaceType Field(string name, IGraphQLType type, Action<FieldDefinition>? configure = null, string? description = null)
    {
        var field = new FieldDefinition(name, type, description);
        configure?.Invoke(field);
        AddFieldDefinition(field);
        return this;
    }

    /// <summary>Declares implemented interfaces (fluent).</summary>
    public InterfaceType Implements(params InterfaceType[] interfaces)
    {
        ArgumentNullException.ThrowIfNull(interfaces);
        foreach (var i in interfaces)
        {
            AddInterface(i);
        }

        return this;
    }
}
