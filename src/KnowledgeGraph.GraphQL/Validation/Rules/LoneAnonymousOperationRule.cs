using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.2.1 "Lone Anonymous Operation": an operation without a name (including the query
/// shorthand) is only allowed when it is the single operation of the document.
/// </summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.2.2.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterDocument(DocumentNode node)
        {
            int operations = 0;
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode)
                {
                    operations++;
                }
            }

            if (operations > 1)
            {
                foreach (var definition in node.Definitions)
                {
                    if (definition is OperationDefinitionNode { Name: null } anonymous)
                    {
                        context.ReportError("This anonymous operation must be the only defined operation.", anonymous);
                    }
                }
            }

            // Everything this rule needs is on the document's top level.
            return VisitorAction.Skip;
        }
    }
}
