using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Base of the six named types (spec 3.4). Types are built (from code or SDL) and then handed to a
/// <see cref="Schema"/>; do not mutate them after the schema is created.
/// </summary>
public abstract class NamedType : IGraphQLType
{
    /// <summary>Creates a named type.</summary>
    protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The unique type name.</summary>
    public string Name { get; }

    /// <summary>Optional description (Markdown).</summary>
    public string? Description { get; set; }

    /// <inheritdoc />
    public abstract TypeKind Kind { get; }

    /// <summary>The SDL definition this type was built from, if any.</summary>
    public TypeDefinitionNode? AstNode { get; set; }

    /// <summary>The SDL extensions applied to this type.</summary>
    public IList<TypeExtensionNode> ExtensionAstNodes { get; } = new List<TypeExtensionNode>();

    /// <summary>True for the introspection types (<c>__Schema</c>, <c>__Type</c>, ...).</summary>
    public bool IsIntrospection => Name.StartsWith("__", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Name;
}
