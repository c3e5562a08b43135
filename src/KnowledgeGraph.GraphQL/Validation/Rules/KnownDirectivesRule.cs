using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.7.1 "Directives Are Defined" and 5.7.2 "Directives Are In Valid Locations": every directive
/// used must be defined by the schema (or by a directive definition in the document itself) and be
/// allowed at the location where it is applied.
/// </summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.7.1";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private Dictionary<string, IReadOnlyList<DirectiveLocation>>? _documentDirectives;

        public override VisitorAction EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    _documentDirectives ??= new(StringComparer.Ordinal);
                    var locations = new List<DirectiveLocation>();
                    foreach (var location in directive.Locations)
                    {
                        if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                        {
                            locations.Add(parsed);
                        }
                    }

                    _documentDirectives[directive.Name.Value] = locations;
                }
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction EnterDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            IReadOnlyList<DirectiveLocation>? allowed = context.Schema.GetDirective(name)?.Locations;
            if (allowed is null && _documentDirectives is not null && _documentDirectives.TryGetValue(name, out var fromDocument))
            {
                allowed = fromDocument;
            }

            if (allowed is null)
            {
                context.ReportError($"Unknown directive \"@{name}\".", node);
                return VisitorAction.Skip;
            }

            if (CurrentLocation() is { } location && !allowed.Contains(location))
            {
                context.ReportError($"Directive \"@{name}\" may not be used on {location.ToName()}.", node);
            }

            return VisitorAction.Skip;
        }

        private DirectiveLocation? CurrentLocation()
        {
            var ancestors = Ancestors;
            if (ancestors.Count == 0)
            {
                return null;
            }

            return ancestors[^1] switch
            {
                OperationDefinitionNode operation => operation.Operation switch
                {
                    OperationType.Mutation => DirectiveLocation.Mutation,
                    OperationType.Subscription => DirectiveLocation.Subscription,
                    _ => DirectiveLocation.Query,
                },
                FieldNode => DirectiveLocation.Field,
                FragmentSpreadNode => DirectiveLocation.FragmentSpread,
                InlineFragmentNode => DirectiveLocation.InlineFragment,
                FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
                VariableDefinitionNode => DirectiveLocation.VariableDefinition,
                SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
                ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
                ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
                FieldDefinitionNode => DirectiveLocation.FieldDefinition,
                InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
                UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
                EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
                EnumValueDefinitionNode => DirectiveLocation.EnumValue,
                InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
                InputValueDefinitionNode => ancestors.Count >= 2
                    && ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                    ? DirectiveLocation.InputFieldDefinition
                    : DirectiveLocation.ArgumentDefinition,
                _ => null,
            };
        }
    }
}
