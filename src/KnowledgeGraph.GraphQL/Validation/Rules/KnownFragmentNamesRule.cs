using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.1 "Fragment spread target defined": every named fragment spread must refer to a
/// fragment defined in the same document. The error is located at the spread's name.
/// </summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.5.2.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (context.GetFragment(node.Name.Value) is null)
            {
                context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
            }

            return VisitorAction.Skip;
        }

        // Values, types and variable definitions never contain spreads.
        public override VisitorAction EnterVariableDefinition(VariableDefinitionNode node) => VisitorAction.Skip;

        public override VisitorAction EnterArgument(ArgumentNode node) => VisitorAction.Skip;
    }
}
