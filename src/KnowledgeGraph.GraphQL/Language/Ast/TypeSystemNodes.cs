namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A TypeSystemDefinition (spec 3): schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode(Location location) : DefinitionNode(location);

/// <summary>A SchemaDefinition (spec 3.3): <c>schema @dirs { query: Q mutation: M }</c>.</summary>
public sealed class SchemaDefinitionNode(
    Location location,
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    : TypeSystemDefinitionNode(location), IHasDirectivesNode, IHasDescriptionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; } = description;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>Root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}

/// <summary>A RootOperationTypeDefinition: <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode(Location location, OperationType operation, NamedTypeNode type) : Node(location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    /// <summary>The operation.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The root object type.</summary>
    public NamedTypeNode Type { get; } = type;
}

/// <summary>A TypeDefinition (spec 3.4): common shape of the six named type definitions.</summary>
public abstract class TypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeSystemDefinitionNode(location), IHasDirectivesNode, IHasDescriptionNode, INamedNode
{
    /// <inheritdoc />
    public StringValueNode? Description { get; } = description;

    /// <inheritdoc />
    public NameNode Name { get; } = name;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>A ScalarTypeDefinition (spec 3.5).</summary>
public sealed class ScalarTypeDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

/// <summary>An ObjectTypeDefinition (spec 3.6): <c>type Name implements A &amp; B @dirs { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields)
    : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    /// <summary>Implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    /// <summary>Field definitions (empty when the braces are omitted).</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

/// <summary>A FieldDefinition: <c>"desc" name(args): Type @dirs</c>.</summary>
public sealed class FieldDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives)
    : Node(location), IHasDirectivesNode, IHasDescriptionNode, INamedNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FieldDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; } = description;

    /// <inheritdoc />
    public NameNode Name { get; } = name;

    /// <summary>Argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    /// <summary>The output type.</summary>
    public TypeNode Type { get; } = type;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>An InputValueDefinition (argument or input field): <c>"desc" name: Type = default @dirs</c>.</summary>
public sealed class InputValueDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives)
    : Node(location), IHasDirectivesNode, IHasDescriptionNode, INamedNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; } = description;

    /// <inheritdoc />
    public NameNode Name { get; } = name;

    /// <summary>The input type.</summary>
    public TypeNode Type { get; } = type;

    /// <summary>Constant default value, or null.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>An InterfaceTypeDefinition (spec 3.7); interfaces may implement interfaces.</summary>
public sealed class InterfaceTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields)
    : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    /// <summary>Implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    /// <summary>Field definitions.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

/// <summary>A UnionTypeDefinition (spec 3.8): <c>union U @dirs = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types)
    : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    /// <summary>Member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}

/// <summary>An EnumTypeDefinition (spec 3.9).</summary>
public sealed class EnumTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values)
    : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    /// <summary>Enum values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}

/// <summary>An EnumValueDefinition: <c>"desc" NAME @dirs</c>.</summary>
public sealed class EnumValueDefinitionNode(Location location, StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : Node(location), IHasDirectivesNode, IHasDescriptionNode, INamedNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; } = description;

    /// <inheritdoc />
    public NameNode Name { get; } = name;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>An InputObjectTypeDefinition (spec 3.10).</summary>
public sealed class InputObjectTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields)
    : TypeDefinitionNode(location, description, name, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    /// <summary>Input field definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}

/// <summary>A DirectiveDefinition (spec 3.13): <c>directive @name(args) repeatable on A | B</c>.</summary>
public sealed class DirectiveDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations)
    : TypeSystemDefinitionNode(location), IHasDescriptionNode, INamedNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; } = description;

    /// <inheritdoc />
    public NameNode Name { get; } = name;

    /// <summary>Argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    /// <summary>True when declared <c>repeatable</c>.</summary>
    public bool Repeatable { get; } = repeatable;

    /// <summary>Location names (validated by the parser against <see cref="DirectiveLocation"/>).</summary>
    public IReadOnlyList<NameNode> Locations { get; } = locations;
}
