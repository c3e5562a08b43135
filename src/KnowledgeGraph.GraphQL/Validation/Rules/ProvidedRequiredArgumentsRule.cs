using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2.1 "Required Arguments": every argument of a field or directive whose type is non-null
/// and which has no default value must be provided. (A literal <c>null</c> given to it is the
/// business of <see cref="ValuesOfCorrectTypeRule"/>.)
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.4.2.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override void LeaveField(FieldNode node)
        {
            if (context.TypeInfo.FieldDefinition is { } field)
            {
                Check(node, node.Arguments, field.Arguments, "Field \"" + field.Name + "\"");
            }
        }

        public override VisitorAction EnterDirective(DirectiveNode node)
        {
            if (context.TypeInfo.Directive is { } directive)
            {
                Check(node, node.Arguments, directive.Arguments, "Directive \"@" + directive.Name + "\"");
            }

            return VisitorAction.Skip;
        }

        private void Check(Node node, IReadOnlyList<ArgumentNode> given, IReadOnlyDictionary<string, InputValueDefinition> defined, string owner)
        {
            foreach (var (name, definition) in defined)
            {
                if (!definition.IsRequired() || IsGiven(given, name))
                {
                    continue;
                }

                context.ReportError($"{owner} argument \"{name}\" of type \"{definition.Type}\" is required, but it was not provided.", node);
            }
        }

        private static bool IsGiven(IReadOnlyList<ArgumentNode> given, string name)
        {
            foreach (var argument in given)
            {
                if (argument.Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
