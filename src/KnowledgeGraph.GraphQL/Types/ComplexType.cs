namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Common base of <see cref="ObjectType"/> and <see cref="InterfaceType"/>: fields and implemented interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private readonly OrderedDictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    /// <summary>Creates the type.</summary>
    protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields;

    /// <summary>Implemented interfaces (spec 3.6, 3.7: interfaces may implement interfaces).</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>Gets a field by name, or null.</summary>
    public FieldDefinition? GetField(string name) => _fields.TryGetValue(name, out var field) ? field : null;

    /// <summary>Adds a field; throws when the name is taken.</summary>
    public void AddFieldDefinition(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_fields.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"Field \"{Name}.{field.Name}\" is already defined.", nameof(field));
        }
    }

    /// <summary>Declares an implemented interface.</summary>
    public void AddInterface(InterfaceType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _interfaces.Add(type);
    }

    /// <summary>True when this type declares <paramref name="type"/> among its interfaces.</summary>
    public bool Implements(InterfaceType type)
    {
        foreach (var i in _interfaces)
        {
            if (ReferenceEquals(i, type))
            {
                return true;
            }
        }

        return false;
    }
}
