using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.1 "Fragment Name Uniqueness": every fragment definition must have a name no other
/// fragment definition of the document uses. Both name nodes are reported for every duplicate.
/// </summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.5.1.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

        public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node) => VisitorAction.Skip;

        public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            var name = node.Name;
            if (_seen.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
            }
            else
            {
                _seen.Add(name.Value, name);
            }

            return VisitorAction.Skip;
        }
    }
}
