using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.1.1 "Executable Definitions": a document submitted for execution may only contain
/// operations and fragments; type system definitions and extensions are reported.
/// </summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.1.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }

                var name = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    INamedNode named => named.Name.Value,
                    _ => "definition",
                };
                context.ReportError($"The \"{name}\" definition is not executable.", definition);
            }

            // Nothing below the document matters to this rule.
            return VisitorAction.Skip;
        }
    }
}
