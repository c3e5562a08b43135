using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.1.1 "Operation Name Uniqueness": each named operation must be the only operation of
/// that name in the document. Both name nodes are reported for every duplicate.
/// </summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.2.1.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

        public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is { } name)
            {
                if (_seen.TryGetValue(name.Value, out var first))
                {
                    context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
                }
                else
                {
                    _seen.Add(name.Value, name);
                }
            }

            return VisitorAction.Skip;
        }

        public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Skip;
    }
}
