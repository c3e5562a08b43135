using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.4 "All Variables Used": every variable an operation defines must be used by it, directly
/// or in a fragment it spreads (transitively). Uses come from the context's memoised usages.
/// </summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.8.4";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.VariableDefinitions.Count == 0)
            {
                return VisitorAction.Skip;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                used.Add(usage.Node.Name.Value);
            }

            foreach (var definition in node.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    var message = node.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.";
                    context.ReportError(message, definition);
                }
            }

            return VisitorAction.Skip;
        }

        public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Skip;
    }
}
