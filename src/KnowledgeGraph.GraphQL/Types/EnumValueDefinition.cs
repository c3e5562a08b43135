using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A value of an enum type (spec 3.9). <see cref="Value"/> is the internal (C#) value; it defaults to the name.</summary>
public sealed class EnumValueDefinition
{
    /// <summary>Creates an enum value.</summary>
    public EnumValueDefinition(string name, object? value = null, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = value ?? name;
        Description = description;
    }

    /// <summary>Name as written in GraphQL.</summary>
    public string Name { get; }

    /// <summary>Internal value produced by input coercion and accepted by output coercion.</summary>
    public object Value { get; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Deprecation reason, or null.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL node, if built from SDL.</summary>
    public EnumValueDefinitionNode? AstNode { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
