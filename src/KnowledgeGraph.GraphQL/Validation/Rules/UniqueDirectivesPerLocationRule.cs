using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.3 "Directives Are Unique Per Location": a non-repeatable directive may be applied at most
/// once to a node. Each repetition is reported together with the first use. Unknown directives are
/// left to <see cref="KnownDirectivesRule"/>. A type definition and its extensions count as one location.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.7.3";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        // Directives declared in the document itself (SDL): name -> repeatable.
        private Dictionary<string, bool>? _documentDirectives;
        private Dictionary<string, Dictionary<string, DirectiveNode>>? _byTypeName;
        private Dictionary<string, DirectiveNode>? _schemaDirectives;

        private void CollectDocumentDirectives(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _documentDirectives ??= new(StringComparer.Ordinal);
                    _documentDirectives[directive.Name.Value] = directive.Repeatable;
                }
            }
        }

        public override VisitorAction Enter(Node node)
        {
            if (node is DocumentNode document)
            {
                CollectDocumentDirectives(document);
                return VisitorAction.Continue;
            }

            if (node is not IHasDirectivesNode { Directives.Count: > 0 } holder)
            {
                return VisitorAction.Continue;
            }

            Dictionary<string, DirectiveNode> seen;
            switch (node)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    seen = _schemaDirectives ??= new(StringComparer.Ordinal);
                    break;
                case TypeSystemDefinitionNode or TypeExtensionNode when node is INamedNode named:
                    _byTypeName ??= new(StringComparer.Ordinal);
                    if (!_byTypeName.TryGetValue(named.Name.Value, out seen!))
                    {
                        seen = new(StringComparer.Ordinal);
                        _byTypeName[named.Name.Value] = seen;
                    }

                    break;
                default:
                    if (holder.Directives.Count < 2)
                    {
                        return VisitorAction.Continue;
                    }

                    seen = new(StringComparer.Ordinal);
                    break;
            }

            foreach (var directive in holder.Directives)
            {
                var name = directive.Name.Value;
                if (!IsUnique(name))
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }

            return VisitorAction.Continue;
        }

        private bool IsUnique(string name)
        {
            if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var repeatable))
            {
                return !repeatable;
            }

            return context.Schema.GetDirective(name) is { IsRepeatable: false };
        }
    }
}
