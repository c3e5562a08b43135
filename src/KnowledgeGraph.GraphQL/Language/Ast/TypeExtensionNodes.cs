namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A TypeSystemExtension (spec 3): schema or type extension.</summary>
public abstract class TypeSystemExtensionNode(Location location) : DefinitionNode(location);

/// <summary>A SchemaExtension (spec 3.3.2): <c>extend schema @dirs { ... }</c>.</summary>
public sealed class SchemaExtensionNode(Location location, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    : TypeSystemExtensionNode(location), IHasDirectivesNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaExtension;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>Added root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}

/// <summary>A TypeExtension (spec 3.4.3): common shape of the six <c>extend</c> forms.</summary>
public abstract class TypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeSystemExtensionNode(location), IHasDirectivesNode, INamedNode
{
    /// <inheritdoc />
    public NameNode Name { get; } = name;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary><c>extend scalar Name @dirs</c> (spec 3.5.1).</summary>
public sealed class ScalarTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

/// <summary><c>extend type Name implements I @dirs { fields }</c> (spec 3.6.3).</summary>
public sealed class ObjectTypeExtensionNode(
    Location location,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields)
    : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    /// <summary>Added interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    /// <summary>Added fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

/// <summary><c>extend interface Name implements I @dirs { fields }</c> (spec 3.7.1).</summary>
public sealed class InterfaceTypeExtensionNode(
    Location location,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields)
    : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    /// <summary>Added interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    /// <summary>Added fields.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

/// <summary><c>extend union Name @dirs = A | B</c> (spec 3.8.1).</summary>
public sealed class UnionTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    /// <summary>Added member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}

/// <summary><c>extend enum Name @dirs { VALUES }</c> (spec 3.9.1).</summary>
public sealed class EnumTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
    : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    /// <summary>Added values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}

/// <summary><c>extend input Name @dirs { fields }</c> (spec 3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields)
    : TypeExtensionNode(location, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    /// <summary>Added input fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}
