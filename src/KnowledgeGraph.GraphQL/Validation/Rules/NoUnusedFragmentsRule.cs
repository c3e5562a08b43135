using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.4 "Fragments Must Be Used": every fragment definition must be spread, directly or
/// through other fragments, by at least one operation of the document.
/// </summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.5.1.4";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterDocument(DocumentNode node)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode operation)
                {
                    foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                    {
                        used.Add(fragment.Name.Value);
                    }
                }
            }

            foreach (var definition in node.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
                {
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }

            return VisitorAction.Skip;
        }
    }
}
