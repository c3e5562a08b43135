using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.3 "Fragments On Composite Types": the type condition of a fragment definition or of
/// an inline fragment must name an object, interface or union type. Unknown type names are left to
/// <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.5.1.3";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is { } condition && IsNonComposite(condition))
            {
                context.ReportError($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (IsNonComposite(node.TypeCondition))
            {
                context.ReportError(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".",
                    node.TypeCondition);
            }

            return VisitorAction.Continue;
        }

        private bool IsNonComposite(NamedTypeNode condition) =>
            context.Schema.GetType(condition.Name.Value) is { } type && !type.IsCompositeType();
    }
}
