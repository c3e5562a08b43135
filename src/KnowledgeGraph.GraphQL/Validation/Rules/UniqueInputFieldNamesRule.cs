using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.3 "Input Object Field Uniqueness": an input object literal may not give the same field
/// twice. Each repetition is reported together with the first occurrence.
/// </summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.6.3";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterObjectValue(ObjectValueNode node)
        {
            if (node.Fields.Count < 2)
            {
                return VisitorAction.Continue;
            }

            var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (var field in node.Fields)
            {
                if (seen.TryGetValue(field.Name.Value, out var first))
                {
                    context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                }
                else
                {
                    seen[field.Name.Value] = field.Name;
                }
            }

            return VisitorAction.Continue;
        }
    }
}
