using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2 "Argument Uniqueness": a field or directive may not be given the same argument twice.
/// One error per repeated name, located at every occurrence.
/// </summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.4.2";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterField(FieldNode node)
        {
            Check(node.Arguments);
            return VisitorAction.Continue;
        }

        public override VisitorAction EnterDirective(DirectiveNode node)
        {
            Check(node.Arguments);
            return VisitorAction.Continue;
        }

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count < 2)
            {
                return;
            }

            // Group by name in first-occurrence order; only names seen more than once are reported.
            var groups = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var argument in arguments)
            {
                if (!groups.TryGetValue(argument.Name.Value, out var list))
                {
                    list = [];
                    groups[argument.Name.Value] = list;
                    order.Add(argument.Name.Value);
                }

                list.Add(argument.Name);
            }

            foreach (var name in order)
            {
                var nodes = groups[name];
                if (nodes.Count > 1)
                {
                    context.ReportError($"There can be only one argument named \"{name}\".", [.. nodes]);
                }
            }
        }
    }
}
