using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.2 "Variables Are Input Types": a variable's type must be an input type (scalar, enum,
/// input object, or lists / non-nulls of them). Unknown type names are left to the known-type-names rule.
/// </summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.8.2";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            var type = TypeHelpers.FromAst(context.Schema, node.Type);
            if (type is not null && !type.IsInputType())
            {
                context.ReportError(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{AstPrinter.Print(node.Type)}\".",
                    node.Type);
            }

            return VisitorAction.Skip;
        }

        public override VisitorAction EnterSelectionSet(SelectionSetNode node) => VisitorAction.Skip;

        public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Skip;
    }
}
