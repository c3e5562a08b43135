using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// An argument (of a field or directive) or an input object field (spec 3.6.1, 3.10).
/// <see cref="DefaultValue"/> is kept as a constant literal; coerce it with
/// <see cref="Values.ValueFromAst"/> when needed (code builders convert C# defaults with <see cref="Values.AstFromValue"/>).
/// </summary>
public sealed class InputValueDefinition
{
    /// <summary>Creates an input value.</summary>
    public InputValueDefinition(string name, IGraphQLType type, string? description = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>Name.</summary>
    public string Name { get; }

    /// <summary>Input type.</summary>
    public IGraphQLType Type { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Constant default value literal, or null when none (note: a literal <c>null</c> default is a <see cref="NullValueNode"/>).</summary>
    public ValueNode? DefaultValue { get; set; }

    /// <summary>Deprecation reason (<c>@deprecated</c>), or null.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL node, if built from SDL.</summary>
    public InputValueDefinitionNode? AstNode { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}
