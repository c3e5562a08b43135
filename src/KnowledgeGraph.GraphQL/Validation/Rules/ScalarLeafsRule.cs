using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.3 "Leaf Field Selections": a field of scalar or enum type must not have a selection
/// set (reported at the selection set), and a field of object, interface or union type must have
/// one (reported at the field).
/// </summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.3.3";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterField(FieldNode node)
        {
            if (context.TypeInfo.Type is not { } type)
            {
                return VisitorAction.Continue;
            }

            var named = type.GetNamedType();
            if (named.IsLeafType())
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    context.ReportError(
                        $"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.",
                        selectionSet);
                }
            }
            else if (node.SelectionSet is null)
            {
                context.ReportError(
                    $"Field \"{node.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{node.Name.Value} {{ ... }}\"?",
                    node);
            }

            return VisitorAction.Continue;
        }
    }
}
