using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.3 "All Variable Uses Defined": every variable used by an operation, directly or in any
/// fragment it spreads (transitively), must be defined by that operation. Each use is reported with
/// the operation. Uses are taken from the context's memoised per-definition usages, so a fragment
/// shared by many operations is walked once.
/// </summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.8.3";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in node.VariableDefinitions)
            {
                defined.Add(definition.Variable.Name.Value);
            }

            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                var name = usage.Node.Name.Value;
                if (!defined.Contains(name))
                {
                    var message = node.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.";
                    context.ReportError(message, usage.Node, node);
                }
            }

            return VisitorAction.Skip;
        }

        public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Skip;
    }
}
