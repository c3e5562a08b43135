namespace KnowledgeGraph.GraphQL.Language;

/// <summary>What a visitor asks the walker to do after entering a node.</summary>
public enum VisitorAction : byte
{
    /// <summary>Visit the children, then leave the node.</summary>
    Continue,
    /// <summary>Do not visit the children (Leave is still called for this node).</summary>
    Skip,
    /// <summary>Stop the whole walk.</summary>
    Break,
}

/// <summary>
/// Base class for AST visitors driven by <see cref="AstWalker"/>. Override <see cref="Enter"/> /
/// <see cref="Leave"/> to see every node, or the per-kind methods (<c>EnterField</c>,
/// <c>LeaveField</c>, ...) which the default <see cref="Enter"/>/<see cref="Leave"/> dispatch to.
/// During a walk <see cref="Ancestors"/> holds the path from the root to the parent of the current node.
/// </summary>
public abstract class AstVisitor
{
    private static readonly IReadOnlyList<Node> NoAncestors = [];

    /// <summary>Nodes from the root down to the parent of the node being visited (set by the walker).</summary>
    public IReadOnlyList<Node> Ancestors { get; internal set; } = NoAncestors;

    /// <summary>The parent of the node being visited, or null at the root.</summary>
    public Node? Parent => Ancestors.Count > 0 ? Ancestors[^1] : null;

    /// <summary>Called before the children of <paramref name="node"/>; dispatches to the per-kind method.</summary>
    public virtual VisitorAction Enter(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.Kind)
        {
            case NodeKind.Name: return EnterName((NameNode)node);
            case NodeKind.Document: return EnterDocument((DocumentNode)node);
            case NodeKind.OperationDefinition: return EnterOperationDefinition((OperationDefinitionNode)node);
            case NodeKind.VariableDefinition: return EnterVariableDefinition((VariableDefinitionNode)node);
            case NodeKind.SelectionSet: return EnterSelectionSet((SelectionSetNode)node);
            case NodeKind.Field: return EnterField((FieldNode)node);
            case NodeKind.Argument: return EnterArgument((ArgumentNode)node);
            case NodeKind.FragmentSpread: return EnterFragmentSpread((FragmentSpreadNode)node);
            case NodeKind.InlineFragment: return EnterInlineFragment((InlineFragmentNode)node);
            case NodeKind.FragmentDefinition: return EnterFragmentDefinition((FragmentDefinitionNode)node);
            case NodeKind.Variable: return EnterVariable((VariableNode)node);
            case NodeKind.IntValue: return EnterIntValue((IntValueNode)node);
            case NodeKind.FloatValue: return EnterFloatValue((FloatValueNode)node);
            case NodeKind.StringValue: return EnterStringValue((StringValueNode)node);
            case NodeKind.BooleanValue: return EnterBooleanValue((BooleanValueNode)node);
            case NodeKind.NullValue: return EnterNullValue((NullValueNode)node);
            case NodeKind.EnumValue: return EnterEnumValue((EnumValueNode)node);
            case NodeKind.ListValue: return EnterListValue((ListValueNode)node);
            case NodeKind.ObjectValue: return EnterObjectValue((ObjectValueNode)node);
            case NodeKind.ObjectField: return EnterObjectField((ObjectFieldNode)node);
            case NodeKind.Directive: return EnterDirective((DirectiveNode)node);
            case NodeKind.NamedType: return EnterNamedType((NamedTypeNode)node);
            case NodeKind.ListType: return EnterListType((ListTypeNode)node);
            case NodeKind.NonNullType: return EnterNonNullType((NonNullTypeNode)node);
            case NodeKind.SchemaDefinition: return EnterSchemaDefinition((SchemaDefinitionNode)node);
            case NodeKind.OperationTypeDefinition: return EnterOperationTypeDefinition((OperationTypeDefinitionNode)node);
            case NodeKind.ScalarTypeDefinition: return EnterScalarTypeDefinition((ScalarTypeDefinitionNode)node);
            case NodeKind.ObjectTypeDefinition: return EnterObjectTypeDefinition((ObjectTypeDefinitionNode)node);
            case NodeKind.FieldDefinition: return EnterFieldDefinition((FieldDefinitionNode)node);
            case NodeKind.InputValueDefinition: return EnterInputValueDefinition((InputValueDefinitionNode)node);
            case NodeKind.InterfaceTypeDefinition: return EnterInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node);
            case NodeKind.UnionTypeDefinition: return EnterUnionTypeDefinition((UnionTypeDefinitionNode)node);
            case NodeKind.EnumTypeDefinition: return EnterEnumTypeDefinition((EnumTypeDefinitionNode)node);
            case NodeKind.EnumValueDefinition: return EnterEnumValueDefinition((EnumValueDefinitionNode)node);
            case NodeKind.InputObjectTypeDefinition: return EnterInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node);
            case NodeKind.DirectiveDefinition: return EnterDirectiveDefinition((DirectiveDefinitionNode)node);
            case NodeKind.SchemaExtension: return EnterSchemaExtension((SchemaExtensionNode)node);
            case NodeKind.ScalarTypeExtension: return EnterScalarTypeExtension((ScalarTypeExtensionNode)node);
            case NodeKind.ObjectTypeExtension: return EnterObjectTypeExtension((ObjectTypeExtensionNode)node);
            case NodeKind.InterfaceTypeExtension: return EnterInterfaceTypeExtension((InterfaceTypeExtensionNode)node);
            case NodeKind.UnionTypeExtension: return EnterUnionTypeExtension((UnionTypeExtensionNode)node);
            case NodeKind.EnumTypeExtension: return EnterEnumTypeExtension((EnumTypeExtensionNode)node);
            case NodeKind.InputObjectTypeExtension: return EnterInputObjectTypeExtension((InputObjectTypeExtensionNode)node);
            default: return VisitorAction.Continue;
        }
    }

    /// <summary>Called after the children of <paramref name="node"/>; dispatches to the per-kind method.</summary>
    public virtual void Leave(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.Kind)
        {
            case NodeKind.Name: LeaveName((NameNode)node); break;
            case NodeKind.Document: LeaveDocument((DocumentNode)node); break;
            case NodeKind.OperationDefinition: LeaveOperationDefinition((OperationDefinitionNode)node); break;
            case NodeKind.VariableDefinition: LeaveVariableDefinition((VariableDefinitionNode)node); break;
            case NodeKind.SelectionSet: LeaveSelectionSet((SelectionSetNode)node); break;
            case NodeKind.Field: LeaveField((FieldNode)node); break;
            case NodeKind.Argument: LeaveArgument((ArgumentNode)node); break;
            case NodeKind.FragmentSpread: LeaveFragmentSpread((FragmentSpreadNode)node); break;
            case NodeKind.InlineFragment: LeaveInlineFragment((InlineFragmentNode)node); break;
            case NodeKind.FragmentDefinition: LeaveFragmentDefinition((FragmentDefinitionNode)node); break;
            case NodeKind.Variable: LeaveVariable((VariableNode)node); break;
            case NodeKind.IntValue: LeaveIntValue((IntValueNode)node); break;
            case NodeKind.FloatValue: LeaveFloatValue((FloatValueNode)node); break;
            case NodeKind.StringValue: LeaveStringValue((StringValueNode)node); break;
            case NodeKind.BooleanValue: LeaveBooleanValue((BooleanValueNode)node); break;
            case NodeKind.NullValue: LeaveNullValue((NullValueNode)node); break;
            case NodeKind.EnumValue: LeaveEnumValue((EnumValueNode)node); break;
            case NodeKind.ListValue: LeaveListValue((ListValueNode)node); break;
            case NodeKind.ObjectValue: LeaveObjectValue((ObjectValueNode)node); break;
            case NodeKind.ObjectField: LeaveObjectField((ObjectFieldNode)node); break;
            case NodeKind.Directive: LeaveDirective((DirectiveNode)node); break;
            case NodeKind.NamedType: LeaveNamedType((NamedTypeNode)node); break;
            case NodeKind.ListType: LeaveListType((ListTypeNode)node); break;
            case NodeKind.NonNullType: LeaveNonNullType((NonNullTypeNode)node); break;
            case NodeKind.SchemaDefinition: LeaveSchemaDefinition((SchemaDefinitionNode)node); break;
            case NodeKind.OperationTypeDefinition: LeaveOperationTypeDefinition((OperationTypeDefinitionNode)node); break;
            case NodeKind.ScalarTypeDefinition: LeaveScalarTypeDefinition((ScalarTypeDefinitionNode)node); break;
            case NodeKind.ObjectTypeDefinition: LeaveObjectTypeDefinition((ObjectTypeDefinitionNode)node); break;
            case NodeKind.FieldDefinition: LeaveFieldDefinition((FieldDefinitionNode)node); break;
            case NodeKind.InputValueDefinition: LeaveInputValueDefinition((InputValueDefinitionNode)node); break;
            case NodeKind.InterfaceTypeDefinition: LeaveInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node); break;
            case NodeKind.UnionTypeDefinition: LeaveUnionTypeDefinition((UnionTypeDefinitionNode)node); break;
            case NodeKind.EnumTypeDefinition: LeaveEnumTypeDefinition((EnumTypeDefinitionNode)node); break;
            case NodeKind.EnumValueDefinition: LeaveEnumValueDefinition((EnumValueDefinitionNode)node); break;
            case NodeKind.InputObjectTypeDefinition: LeaveInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node); break;
            case NodeKind.DirectiveDefinition: LeaveDirectiveDefinition((DirectiveDefinitionNode)node); break;
            case NodeKind.SchemaExtension: LeaveSchemaExtension((SchemaExtensionNode)node); break;
            case NodeKind.ScalarTypeExtension: LeaveScalarTypeExtension((ScalarTypeExtensionNode)node); break;
            case NodeKind.ObjectTypeExtension: LeaveObjectTypeExtension((ObjectTypeExtensionNode)node); break;
            case NodeKind.InterfaceTypeExtension: LeaveInterfaceTypeExtension((InterfaceTypeExtensionNode)node); break;
            case NodeKind.UnionTypeExtension: LeaveUnionTypeExtension((UnionTypeExtensionNode)node); break;
            case NodeKind.EnumTypeExtension: LeaveEnumTypeExtension((EnumTypeExtensionNode)node); break;
            case NodeKind.InputObjectTypeExtension: LeaveInputObjectTypeExtension((InputObjectTypeExtensionNode)node); break;
        }
    }

    /// <summary>Enter a <see cref="NameNode"/>.</summary>
    public virtual VisitorAction EnterName(NameNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="NameNode"/>.</summary>
    public virtual void LeaveName(NameNode node)
    {
    }

    /// <summary>Enter a <see cref="DocumentNode"/>.</summary>
    public virtual VisitorAction EnterDocument(DocumentNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="DocumentNode"/>.</summary>
    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    /// <summary>Enter a <see cref="OperationDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterOperationDefinition(OperationDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="OperationDefinitionNode"/>.</summary>
    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="VariableDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterVariableDefinition(VariableDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="VariableDefinitionNode"/>.</summary>
    public virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="SelectionSetNode"/>.</summary>
    public virtual VisitorAction EnterSelectionSet(SelectionSetNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="SelectionSetNode"/>.</summary>
    public virtual void LeaveSelectionSet(SelectionSetNode node)
    {
    }

    /// <summary>Enter a <see cref="FieldNode"/>.</summary>
    public virtual VisitorAction EnterField(FieldNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="FieldNode"/>.</summary>
    public virtual void LeaveField(FieldNode node)
    {
    }

    /// <summary>Enter a <see cref="ArgumentNode"/>.</summary>
    public virtual VisitorAction EnterArgument(ArgumentNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="ArgumentNode"/>.</summary>
    public virtual void LeaveArgument(ArgumentNode node)
    {
    }

    /// <summary>Enter a <see cref="FragmentSpreadNode"/>.</summary>
    public virtual VisitorAction EnterFragmentSpread(FragmentSpreadNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="FragmentSpreadNode"/>.</summary>
    public virtual void LeaveFragmentSpread(FragmentSpreadNode node)
    {
    }

    /// <summary>Enter a <see cref="InlineFragmentNode"/>.</summary>
    public virtual VisitorAction EnterInlineFragment(InlineFragmentNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="InlineFragmentNode"/>.</summary>
    public virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    /// <summary>Enter a <see cref="FragmentDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="FragmentDefinitionNode"/>.</summary>
    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="VariableNode"/>.</summary>
    public virtual VisitorAction EnterVariable(VariableNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="VariableNode"/>.</summary>
    public virtual void LeaveVariable(VariableNode node)
    {
    }

    /// <summary>Enter a <see cref="IntValueNode"/>.</summary>
    public virtual VisitorAction EnterIntValue(IntValueNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="IntValueNode"/>.</summary>
    public virtual void LeaveIntValue(IntValueNode node)
    {
    }

    /// <summary>Enter a <see cref="FloatValueNode"/>.</summary>
    public virtual VisitorAction EnterFloatValue(FloatValueNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="FloatValueNode"/>.</summary>
    public virtual void LeaveFloatValue(FloatValueNode node)
    {
    }

    /// <summary>Enter a <see cref="StringValueNode"/>.</summary>
    public virtual VisitorAction EnterStringValue(StringValueNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="StringValueNode"/>.</summary>
    public virtual void LeaveStringValue(StringValueNode node)
    {
    }

    /// <summary>Enter a <see cref="BooleanValueNode"/>.</summary>
    public virtual VisitorAction EnterBooleanValue(BooleanValueNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="BooleanValueNode"/>.</summary>
    public virtual void LeaveBooleanValue(BooleanValueNode node)
    {
    }

    /// <summary>Enter a <see cref="NullValueNode"/>.</summary>
    public virtual VisitorAction EnterNullValue(NullValueNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="NullValueNode"/>.</summary>
    public virtual void LeaveNullValue(NullValueNode node)
    {
    }

    /// <summary>Enter a <see cref="EnumValueNode"/>.</summary>
    public virtual VisitorAction EnterEnumValue(EnumValueNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="EnumValueNode"/>.</summary>
    public virtual void LeaveEnumValue(EnumValueNode node)
    {
    }

    /// <summary>Enter a <see cref="ListValueNode"/>.</summary>
    public virtual VisitorAction EnterListValue(ListValueNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="ListValueNode"/>.</summary>
    public virtual void LeaveListValue(ListValueNode node)
    {
    }

    /// <summary>Enter a <see cref="ObjectValueNode"/>.</summary>
    public virtual VisitorAction EnterObjectValue(ObjectValueNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="ObjectValueNode"/>.</summary>
    public virtual void LeaveObjectValue(ObjectValueNode node)
    {
    }

    /// <summary>Enter a <see cref="ObjectFieldNode"/>.</summary>
    public virtual VisitorAction EnterObjectField(ObjectFieldNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="ObjectFieldNode"/>.</summary>
    public virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }

    /// <summary>Enter a <see cref="DirectiveNode"/>.</summary>
    public virtual VisitorAction EnterDirective(DirectiveNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="DirectiveNode"/>.</summary>
    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    /// <summary>Enter a <see cref="NamedTypeNode"/>.</summary>
    public virtual VisitorAction EnterNamedType(NamedTypeNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="NamedTypeNode"/>.</summary>
    public virtual void LeaveNamedType(NamedTypeNode node)
    {
    }

    /// <summary>Enter a <see cref="ListTypeNode"/>.</summary>
    public virtual VisitorAction EnterListType(ListTypeNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="ListTypeNode"/>.</summary>
    public virtual void LeaveListType(ListTypeNode node)
    {
    }

    /// <summary>Enter a <see cref="NonNullTypeNode"/>.</summary>
    public virtual VisitorAction EnterNonNullType(NonNullTypeNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="NonNullTypeNode"/>.</summary>
    public virtual void LeaveNonNullType(NonNullTypeNode node)
    {
    }

    /// <summary>Enter a <see cref="SchemaDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterSchemaDefinition(SchemaDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="SchemaDefinitionNode"/>.</summary>
    public virtual void LeaveSchemaDefinition(SchemaDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="OperationTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="OperationTypeDefinitionNode"/>.</summary>
    public virtual void LeaveOperationTypeDefinition(OperationTypeDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="ScalarTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="ScalarTypeDefinitionNode"/>.</summary>
    public virtual void LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="ObjectTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="ObjectTypeDefinitionNode"/>.</summary>
    public virtual void LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="FieldDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterFieldDefinition(FieldDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="FieldDefinitionNode"/>.</summary>
    public virtual void LeaveFieldDefinition(FieldDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="InputValueDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterInputValueDefinition(InputValueDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="InputValueDefinitionNode"/>.</summary>
    public virtual void LeaveInputValueDefinition(InputValueDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="InterfaceTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="InterfaceTypeDefinitionNode"/>.</summary>
    public virtual void LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="UnionTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="UnionTypeDefinitionNode"/>.</summary>
    public virtual void LeaveUnionTypeDefinition(UnionTypeDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="EnumTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="EnumTypeDefinitionNode"/>.</summary>
    public virtual void LeaveEnumTypeDefinition(EnumTypeDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="EnumValueDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterEnumValueDefinition(EnumValueDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="EnumValueDefinitionNode"/>.</summary>
    public virtual void LeaveEnumValueDefinition(EnumValueDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="InputObjectTypeDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="InputObjectTypeDefinitionNode"/>.</summary>
    public virtual void LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="DirectiveDefinitionNode"/>.</summary>
    public virtual VisitorAction EnterDirectiveDefinition(DirectiveDefinitionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="DirectiveDefinitionNode"/>.</summary>
    public virtual void LeaveDirectiveDefinition(DirectiveDefinitionNode node)
    {
    }

    /// <summary>Enter a <see cref="SchemaExtensionNode"/>.</summary>
    public virtual VisitorAction EnterSchemaExtension(SchemaExtensionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="SchemaExtensionNode"/>.</summary>
    public virtual void LeaveSchemaExtension(SchemaExtensionNode node)
    {
    }

    /// <summary>Enter a <see cref="ScalarTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterScalarTypeExtension(ScalarTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="ScalarTypeExtensionNode"/>.</summary>
    public virtual void LeaveScalarTypeExtension(ScalarTypeExtensionNode node)
    {
    }

    /// <summary>Enter a <see cref="ObjectTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterObjectTypeExtension(ObjectTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="ObjectTypeExtensionNode"/>.</summary>
    public virtual void LeaveObjectTypeExtension(ObjectTypeExtensionNode node)
    {
    }

    /// <summary>Enter a <see cref="InterfaceTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="InterfaceTypeExtensionNode"/>.</summary>
    public virtual void LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node)
    {
    }

    /// <summary>Enter a <see cref="UnionTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterUnionTypeExtension(UnionTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="UnionTypeExtensionNode"/>.</summary>
    public virtual void LeaveUnionTypeExtension(UnionTypeExtensionNode node)
    {
    }

    /// <summary>Enter a <see cref="EnumTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterEnumTypeExtension(EnumTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="EnumTypeExtensionNode"/>.</summary>
    public virtual void LeaveEnumTypeExtension(EnumTypeExtensionNode node)
    {
    }

    /// <summary>Enter a <see cref="InputObjectTypeExtensionNode"/>.</summary>
    public virtual VisitorAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node) => VisitorAction.Continue;

    /// <summary>Leave a <see cref="InputObjectTypeExtensionNode"/>.</summary>
    public virtual void LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node)
    {
    }

}
