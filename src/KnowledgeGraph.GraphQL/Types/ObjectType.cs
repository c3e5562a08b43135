namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// An object type (spec 3.6). Fluent building from code:
/// <code>
/// var query = new ObjectType("Query")
///     .Field("hello", BuiltInScalars.String, ctx => ValueTask.FromResult&lt;object?&gt;("world"),
///            f => f.AddArgument("name", BuiltInScalars.String));
/// </code>
/// </summary>
public sealed class ObjectType : ComplexType
{
    /// <summary>Creates an object type.</summary>
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// Optional runtime check used by execution to resolve abstract types: true when a value belongs to this type.
    /// </summary>
    public Func<object?, bool>? IsTypeOf { get; set; }

    /// <summary>Adds a field (fluent).</summary>
    public ObjectType Field(string name, IGraphQLType type, FieldResolver? resolve = null, Action<FieldDefinition>? configure = null, string? description = null)
    {
        var field = new FieldDefinition(name, type, description, resolve);
        configure?.Invoke(field);
        AddFieldDefinition(field);
        return this;
    }

    /// <summary>Declares implemented interfaces (fluent).</summary>
    public ObjectType Implements(params InterfaceType[] interfaces)
    {
        ArgumentNullException.ThrowIfNull(interfaces);
        foreach (var i in interfaces)
        {
            AddInterface(i);
        }

        return this;
    }
}
