using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.3 "Fragment spread is possible": a fragment (named or inline) may only be spread where
/// some object type could satisfy both the enclosing type and the fragment's type condition
/// (spec 5.5.2.3.1-5.5.2.3.4 for the object, abstract and interface cases).
/// </summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.5.2.3";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterInlineFragment(InlineFragmentNode node)
        {
            // TypeInfo has already entered the fragment: Type is its condition, ParentType the enclosing type.
            if (context.TypeInfo.Type is NamedType fragmentType && fragmentType.IsCompositeType()
                && context.TypeInfo.ParentType is { } parentType && parentType.IsCompositeType()
                && !context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                context.ReportError(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterFragmentSpread(FragmentSpreadNode node)
        {
            var name = node.Name.Value;
            if (context.GetFragment(name) is { } fragment
                && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType && fragmentType.IsCompositeType()
                && context.TypeInfo.ParentType is { } parentType && parentType.IsCompositeType()
                && !context.Schema.DoTypesOverlap(fragmentType, parentType))
            {
                context.ReportError(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }

            return VisitorAction.Skip;
        }

        public override VisitorAction EnterVariableDefinition(VariableDefinitionNode node) => VisitorAction.Skip;

        public override VisitorAction EnterArgument(ArgumentNode node) => VisitorAction.Skip;
    }
}
