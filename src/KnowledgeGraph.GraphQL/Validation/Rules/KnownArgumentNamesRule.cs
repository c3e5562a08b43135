using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.1 "Argument Names": every argument given to a field or a directive must be defined by
/// that field or directive. Arguments of unknown fields or directives are left to the rules that
/// report the unknown field or directive.
/// </summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.4.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterArgument(ArgumentNode node)
        {
            if (context.TypeInfo.Argument is not null)
            {
                return VisitorAction.Skip;
            }

            switch (Parent)
            {
                case DirectiveNode when context.TypeInfo.Directive is { } definition:
                    context.ReportError(
                        $"Unknown argument \"{node.Name.Value}\" on directive \"@{definition.Name}\"." + Hint(node, definition.Arguments.Keys),
                        node);
                    break;
                case FieldNode when context.TypeInfo.FieldDefinition is { } field && context.TypeInfo.ParentType is { } parentType:
                    context.ReportError(
                        $"Unknown argument \"{node.Name.Value}\" on field \"{parentType.Name}.{field.Name}\"." + Hint(node, field.Arguments.Keys),
                        node);
                    break;
            }

            return VisitorAction.Skip;
        }

        private static string Hint(ArgumentNode node, IEnumerable<string> known) =>
            FieldsOnCorrectTypeRule.DidYouMean(FieldsOnCorrectTypeRule.SuggestNames(node.Name.Value, known));
    }
}
