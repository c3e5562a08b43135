using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec 5 "Validation"): every rule's visitor
/// runs in a single parallel walk, with one shared <see cref="TypeInfo"/> kept in sync.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Validates <paramref name="document"/>. <paramref name="rules"/> defaults to
    /// <see cref="SpecifiedRules.All"/>; at most <paramref name="maxErrors"/> errors are reported
    /// (then a final "too many errors" error is added and validation stops).
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, IReadOnlyList<IValidationRule>? rules = null, int maxErrors = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.All;
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, maxErrors);
        var visitors = new AstVisitor[rules.Count];
        for (int i = 0; i < rules.Count; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        var visitor = new TypeInfoVisitor(typeInfo, new AbortingVisitor(context, new ParallelVisitor(visitors)));
        AstWalker.Walk(document, visitor);
        return context.Errors;
    }

    private sealed class AbortingVisitor(ValidationContext context, AstVisitor inner) : AstVisitor
    {
        private IReadOnlyList<Node>? _sharedAncestors;

        public override VisitorAction Enter(Node node)
        {
            if (context.IsAborted)
            {
                return VisitorAction.Break;
            }

            ShareAncestors();
            return inner.Enter(node);
        }

        public override void Leave(Node node)
        {
            ShareAncestors();
            inner.Leave(node);
        }

        private void ShareAncestors()
        {
            var ancestors = Ancestors;
            if (!ReferenceEquals(ancestors, _sharedAncestors))
            {
                inner.Ancestors = ancestors;
                _sharedAncestors = ancestors;
            }
        }
    }
}
