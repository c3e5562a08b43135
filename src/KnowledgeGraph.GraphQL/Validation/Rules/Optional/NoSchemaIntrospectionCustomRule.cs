using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Optional;

/// <summary>
/// Optional rule (not part of spec section 5; opt in by passing it to the validator) for servers
/// that disable schema introspection (spec 4 "Introspection"): reports every field whose type is an
/// introspection type (<c>__schema</c>, <c>__type</c> and anything below them, or a schema field
/// typed with an introspection type). <c>__typename</c> stays allowed.
/// </summary>
public sealed class NoSchemaIntrospectionCustomRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "4";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterField(FieldNode node)
        {
            if (context.TypeInfo.Type?.GetNamedType() is { IsIntrospection: true })
            {
                context.ReportError(
                    $"GraphQL introspection has been disabled, but the requested query contained the field \"{node.Name.Value}\".",
                    node);
            }

            return VisitorAction.Continue;
        }
    }
}
