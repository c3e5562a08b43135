using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Resolves a field value (used by execution, written later). Returns the raw value which
/// execution then completes against the field type.
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);

/// <summary>A field of an object or interface type (spec 3.6).</summary>
public sealed class FieldDefinition
{
    private readonly OrderedDictionary<string, InputValueDefinition> _arguments = new(StringComparer.Ordinal);

    /// <summary>Creates a field.</summary>
    public FieldDefinition(string name, IGraphQLType type, string? description = null, FieldResolver? resolver = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
        Resolver = resolver;
    }

    /// <summary>Field name.</summary>
    public string Name { get; }

    /// <summary>Output type.</summary>
    public IGraphQLType Type { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Arguments by name, in definition order.</summary>
    public IReadOnlyDictionary<string, InputValueDefinition> Arguments => _arguments;

    /// <summary>Deprecation reason (<c>@deprecated</c>), or null.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver used by execution; null means "read the property/key named like the field" (execution's default).</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>The SDL node, if built from SDL.</summary>
    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Adds an argument (fluent).</summary>
    public FieldDefinition AddArgument(InputValueDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (!_arguments.TryAdd(argument.Name, argument))
        {
            throw new ArgumentException($"Argument \"{Name}({argument.Name}:)\" is already defined.", nameof(argument));
        }

        return this;
    }

    /// <summary>Adds an argument (fluent); <paramref name="defaultValue"/> is a C# value converted with <see cref="Values.AstFromValue"/>.</summary>
    public FieldDefinition AddArgument(string name, IGraphQLType type, string? description = null, object? defaultValue = null)
    {
        var argument = new InputValueDefinition(name, type, description);
        if (defaultValue is not null)
        {
            argument.DefaultValue = Values.AstFromValue.Convert(defaultValue, type)
                ?? throw new ArgumentException($"Default value of argument \"{name}\" cannot be represented as {type}.", nameof(defaultValue));
        }

        return AddArgument(argument);
    }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}
