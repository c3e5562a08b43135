namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// An input object type (spec 3.10). With <see cref="IsOneOf"/> (<c>@oneOf</c>, current draft) exactly one
/// field must be given, non-null. Coerced values are <see cref="Dictionary{TKey, TValue}"/> of string to object?.
/// </summary>
public sealed class InputObjectType : NamedType
{
    private readonly OrderedDictionary<string, InputValueDefinition> _fields = new(StringComparer.Ordinal);

    /// <summary>Creates an input object type.</summary>
    public InputObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, InputValueDefinition> Fields => _fields;

    /// <summary>True for a OneOf input object (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; set; }

    /// <summary>Adds a field.</summary>
    public void AddFieldDefinition(InputValueDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_fields.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"Input field \"{Name}.{field.Name}\" is already defined.", nameof(field));
        }
    }

    /// <summary>Adds a field (fluent); <paramref name="defaultValue"/> is a C# value converted with <see cref="Values.AstFromValue"/>.</summary>
    public InputObjectType Field(string name, IGraphQLType type, object? defaultValue = null, string? description = null, string? deprecationReason = null)
    {
        var field = new InputValueDefinition(name, type, description) { DeprecationReason = deprecationReason };
        if (defaultValue is not null)
        {
            field.DefaultValue = Values.AstFromValue.Convert(defaultValue, type)
                ?? throw new ArgumentException($"Default value of \"{Name}.{name}\" cannot be represented as {type}.", nameof(defaultValue));
        }

        AddFieldDefinition(field);
        return this;
    }
}
