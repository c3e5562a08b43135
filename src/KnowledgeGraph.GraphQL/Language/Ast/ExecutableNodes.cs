namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An ExecutableDefinition (spec 2.2): an operation or a fragment definition.</summary>
public abstract class ExecutableDefinitionNode(Location location, StringValueNode? description, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet)
    : DefinitionNode(location), IHasDirectivesNode, IHasDescriptionNode
{
    /// <summary>Optional description (current draft: descriptions on executable definitions).</summary>
    public StringValueNode? Description { get; } = description;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The selection set.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

/// <summary>An OperationDefinition (spec 2.3); <see cref="Name"/> is null for anonymous operations
/// and the query shorthand (<see cref="IsShorthand"/>).</summary>
public sealed class OperationDefinitionNode(
    Location location,
    StringValueNode? description,
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    bool isShorthand = false)
    : ExecutableDefinitionNode(location, description, directives, selectionSet)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationDefinition;

    /// <summary>query, mutation or subscription.</summary>
    public OperationType Operation { get; } = operation;

    /// <summary>The operation name, or null.</summary>
    public NameNode? Name { get; } = name;

    /// <summary>Variable definitions (empty when none).</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    /// <summary>True for the <c>{ ... }</c> query shorthand.</summary>
    public bool IsShorthand { get; } = isShorthand;
}

/// <summary>A VariableDefinition (spec 2.10): <c>$name: Type = default @dirs</c>.</summary>
public sealed class VariableDefinitionNode(
    Location location,
    StringValueNode? description,
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives)
    : Node(location), IHasDirectivesNode, IHasDescriptionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <summary>Optional description (current draft).</summary>
    public StringValueNode? Description { get; } = description;

    /// <summary>The variable.</summary>
    public VariableNode Variable { get; } = variable;

    /// <summary>The declared type.</summary>
    public TypeNode Type { get; } = type;

    /// <summary>The constant default value, or null.</summary>
    public ValueNode? DefaultValue { get; } = defaultValue;

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>A SelectionSet (spec 2.4).</summary>
public sealed class SelectionSetNode(Location location, IReadOnlyList<SelectionNode> selections) : Node(location)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SelectionSet;

    /// <summary>The selections (never empty when parsed).</summary>
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}

/// <summary>A Selection: field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode(Location location, IReadOnlyList<DirectiveNode> directives) : Node(location), IHasDirectivesNode
{
    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>A Field (spec 2.5) with optional alias (2.7), arguments (2.6) and selection set.</summary>
public sealed class FieldNode(
    Location location,
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet)
    : SelectionNode(location, directives), INamedNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>The alias, or null.</summary>
    public NameNode? Alias { get; } = alias;

    /// <summary>The field name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The response key: alias if present, else name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;

    /// <summary>Arguments (empty when none).</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    /// <summary>The sub-selection, or null for leaf fields.</summary>
    public SelectionSetNode? SelectionSet { get; } = selectionSet;
}

/// <summary>An Argument (spec 2.6): <c>name: value</c>.</summary>
public sealed class ArgumentNode(Location location, NameNode name, ValueNode value) : Node(location), INamedNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Argument;

    /// <summary>Argument name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>Argument value.</summary>
    public ValueNode Value { get; } = value;
}

/// <summary>A FragmentSpread (spec 2.8): <c>...Name @dirs</c>.</summary>
public sealed class FragmentSpreadNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : SelectionNode(location, directives), INamedNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentSpread;

    /// <summary>The fragment name.</summary>
    public NameNode Name { get; } = name;
}

/// <summary>An InlineFragment (spec 2.8.2): <c>... on Type @dirs { }</c>; the type condition is optional.</summary>
public sealed class InlineFragmentNode(
    Location location,
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet)
    : SelectionNode(location, directives)
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InlineFragment;

    /// <summary>The type condition, or null.</summary>
    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    /// <summary>The selection set.</summary>
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

/// <summary>A FragmentDefinition (spec 2.8): <c>fragment Name on Type @dirs { }</c>.</summary>
public sealed class FragmentDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet)
    : ExecutableDefinitionNode(location, description, directives, selectionSet), INamedNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>The fragment name (never <c>on</c>).</summary>
    public NameNode Name { get; } = name;

    /// <summary>The type condition.</summary>
    public NamedTypeNode TypeCondition { get; } = typeCondition;
}

/// <summary>A Directive (spec 2.12): <c>@name(args)</c>.</summary>
public sealed class DirectiveNode(Location location, NameNode name, IReadOnlyList<ArgumentNode> arguments) : Node(location), INamedNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Directive;

    /// <summary>The directive name (without <c>@</c>).</summary>
    public NameNode Name { get; } = name;

    /// <summary>Arguments (empty when none).</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}
