using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Tracks schema context while walking an executable document: call <see cref="Enter"/> before a
/// visitor sees a node and <see cref="Leave"/> after (or use <see cref="TypeInfoVisitor"/>).
/// At any node you can ask for the current output <see cref="Type"/>, the <see cref="ParentType"/>
/// of the selection set, the <see cref="FieldDefinition"/>, the expected <see cref="InputType"/> of
/// a value (and its <see cref="DefaultValue"/>), the <see cref="Directive"/>, <see cref="Argument"/>
/// and <see cref="EnumValue"/>. Unknown names yield nulls rather than errors: reporting them is the
/// job of individual validation rules.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IGraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<IGraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    /// <summary>Creates a tracker for <paramref name="schema"/>.</summary>
    public TypeInfo(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The schema.</summary>
    public Schema Schema => _schema;

    /// <summary>The output type of the current field / operation / fragment (may be wrapped).</summary>
    public IGraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type owning the current selection set (the type fields are looked up on).</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The expected input type of the current argument / variable / list item / object field (may be wrapped).</summary>
    public IGraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The expected input type one level up (e.g. the list type while inside one of its items).</summary>
    public IGraphQLType? ParentInputType => _inputTypeStack.Count >= 2 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDefinition => Peek(_fieldDefStack);

    /// <summary>The default value literal of the current argument or input field, if any.</summary>
    public ValueNode? DefaultValue => Peek(_defaultValueStack);

    /// <summary>The definition of the current directive.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the current argument (of a field or directive).</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The definition of the current enum value literal.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    /// <summary>
    /// Resolves a field on a parent type including the meta-fields: <c>__typename</c> on any composite
    /// type, <c>__schema</c> and <c>__type</c> on the query root.
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType? parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (parentType is null)
        {
            return null;
        }

        if (fieldName == "__typename" && parentType.IsCompositeType())
        {
            return Introspection.TypeNameMetaField;
        }

        if (ReferenceEquals(parentType, schema.Query))
        {
            if (fieldName == "__schema")
            {
                return Introspection.SchemaMetaField;
            }

            if (fieldName == "__type")
            {
                return Introspection.TypeMetaField;
            }
        }

        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    /// <summary>Updates the state on entering <paramref name="node"/>.</summary>
    public void Enter(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                var named = Type?.GetNamedType();
                _parentTypeStack.Add(named.IsCompositeType() ? named : null);
                break;
            case NodeKind.Field:
                var field = (FieldNode)node;
                var fieldDef = GetFieldDefinition(_schema, ParentType, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type.IsOutputType() == true ? fieldDef.Type : null);
                break;
            case NodeKind.Directive:
                var directive = (DirectiveNode)node;
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case NodeKind.OperationDefinition:
                var operation = (OperationDefinitionNode)node;
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case NodeKind.InlineFragment:
                var inline = (InlineFragmentNode)node;
                var conditionType = inline.TypeCondition is not null
                    ? _schema.GetType(inline.TypeCondition.Name.Value)
                    : Type?.GetNamedType();
                _typeStack.Add(conditionType.IsOutputType() ? conditionType : null);
                break;
            case NodeKind.FragmentDefinition:
                var fragment = (FragmentDefinitionNode)node;
                var fragmentType = _schema.GetType(fragment.TypeCondition.Name.Value);
                _typeStack.Add(fragmentType.IsOutputType() ? fragmentType : null);
                break;
            case NodeKind.VariableDefinition:
                var variable = (VariableDefinitionNode)node;
                var variableType = TypeHelpers.FromAst(_schema, variable.Type);
                _inputTypeStack.Add(variableType.IsInputType() ? variableType : null);
                break;
            case NodeKind.Argument:
                var argument = (ArgumentNode)node;
                InputValueDefinition? argDef = null;
                if (Parent is DirectiveNode)
                {
                    Directive?.Arguments.TryGetValue(argument.Name.Value, out argDef);
                }
                else
                {
                    FieldDefinition?.Arguments.TryGetValue(argument.Name.Value, out argDef);
                }

                Argument = argDef;
                _defaultValueStack.Add(argDef?.DefaultValue);
                _inputTypeStack.Add(argDef?.Type.IsInputType() == true ? argDef.Type : null);
                break;
            case NodeKind.ListValue:
                var listType = InputType?.GetNullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType.IsInputType() ? itemType : null);
                break;
            case NodeKind.ObjectField:
                var objectField = (ObjectFieldNode)node;
                InputValueDefinition? inputField = null;
                if (InputType?.GetNamedType() is InputObjectType inputObject)
                {
                    inputObject.Fields.TryGetValue(objectField.Name.Value, out inputField);
                }

                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField?.Type.IsInputType() == true ? inputField.Type : null);
                break;
            case NodeKind.EnumValue:
                var enumValue = (EnumValueNode)node;
                EnumValueDefinition? enumDef = null;
                if (InputType?.GetNamedType() is EnumType enumType)
                {
                    enumType.Values.TryGetValue(enumValue.Value, out enumDef);
                }

                EnumValue = enumDef;
                break;
        }

        _parents.Add(node);
    }

    /// <summary>Restores the state on leaving <paramref name="node"/>.</summary>
    public void Leave(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        Pop(_parents);
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case NodeKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case NodeKind.Directive:
                Directive = null;
                break;
            case NodeKind.OperationDefinition:
            case NodeKind.InlineFragment:
            case NodeKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case NodeKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case NodeKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.ListValue:
            case NodeKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    private readonly List<Node> _parents = [];

    private Node? Parent => _parents.Count > 0 ? _parents[^1] : null;
}

/// <summary>Wraps a visitor so that a <see cref="TypeInfo"/> is updated around each of its Enter/Leave calls.</summary>
public sealed class TypeInfoVisitor(TypeInfo typeInfo, AstVisitor inner) : AstVisitor
{
    private IReadOnlyList<Node>? _sharedAncestors;

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        typeInfo.Enter(node);
        ShareAncestors();
        // On Skip the walker still calls Leave for this node, which restores the TypeInfo state.
        return inner.Enter(node);
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        ShareAncestors();
        inner.Leave(node);
        typeInfo.Leave(node);
    }

    // The walker's ancestor list is one object for a whole walk: hand it on when it changes only.
    private void ShareAncestors()
    {
        var ancestors = Ancestors;
        if (!ReferenceEquals(ancestors, _sharedAncestors))
        {
            inner.Ancestors = ancestors;
            _sharedAncestors = ancestors;
        }
    }
}
