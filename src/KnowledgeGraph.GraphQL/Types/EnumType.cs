namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An enum type (spec 3.9). Values have a name and an internal value (defaults to the name).</summary>
public sealed class EnumType : NamedType
{
    private readonly OrderedDictionary<string, EnumValueDefinition> _values = new(StringComparer.Ordinal);

    /// <summary>Creates an enum type.</summary>
    public EnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <summary>Creates an enum type whose values are the members of a C# enum (values are the enum members).</summary>
    public static EnumType FromEnum<TEnum>(string name, string? description = null)
        where TEnum : struct, Enum
    {
        var type = new EnumType(name, description);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            type.AddValue(new EnumValueDefinition(value.ToString(), value));
        }

        return type;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>Values by name, in definition order.</summary>
    public IReadOnlyDictionary<string, EnumValueDefinition> Values => _values;

    /// <summary>Adds a value (fluent).</summary>
    public EnumType AddValue(EnumValueDefinition value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_values.TryAdd(value.Name, value))
        {
            throw new ArgumentException($"Enum value \"{Name}.{value.Name}\" is already defined.", nameof(value));
        }

        return this;
    }

    /// <summary>Adds a value (fluent).</summary>
    public EnumType AddValue(string name, object? value = null, string? description = null, string? deprecationReason = null) =>
        AddValue(new EnumValueDefinition(name, value, description) { DeprecationReason = deprecationReason });

    /// <summary>Finds the definition whose internal value equals <paramref name="value"/> (output coercion).</summary>
    public EnumValueDefinition? GetValueByInternal(object? value)
    {
        foreach (var definition in _values.Values)
        {
            if (Equals(definition.Value, value))
            {
                return definition;
            }
        }

        return null;
    }
}
