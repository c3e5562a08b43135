using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.1 "Variable Uniqueness": an operation may not define two variables with the same name.
/// One error per repeated name, located at every definition of it.
/// </summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.8.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            var definitions = node.VariableDefinitions;
            if (definitions.Count >= 2)
            {
                var groups = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
                var order = new List<string>();
                foreach (var definition in definitions)
                {
                    var name = definition.Variable.Name;
                    if (!groups.TryGetValue(name.Value, out var list))
                    {
                        list = [];
                        groups[name.Value] = list;
                        order.Add(name.Value);
                    }

                    list.Add(name);
                }

                foreach (var name in order)
                {
                    if (groups[name] is { Count: > 1 } nodes)
                    {
                        context.ReportError($"There can be only one variable named \"${name}\".", [.. nodes]);
                    }
                }
            }

            // Variable definitions are all on the operation node itself.
            return VisitorAction.Skip;
        }

        public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Skip;
    }
}
