using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 "All Variable Usages Are Allowed" (IsVariableUsageAllowed): the type of each variable
/// must be compatible with every position it is used in, directly or through fragments. A nullable
/// variable may flow into a non-null position only when the variable has a non-null default value or
/// the position (an argument or input field) has a default value. A variable used as a field of a
/// OneOf input object must be non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.8.5";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.VariableDefinitions.Count == 0)
            {
                return VisitorAction.Skip;
            }

            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in node.VariableDefinitions)
            {
                definitions.TryAdd(definition.Variable.Name.Value, definition);
            }

            var schema = context.Schema;
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                var name = usage.Node.Name.Value;
                if (usage.Type is not { } locationType || !definitions.TryGetValue(name, out var definition))
                {
                    continue;
                }

                // Unknown variable types are reported by other rules.
                if (TypeHelpers.FromAst(schema, definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.DefaultValue))
                {
                    context.ReportError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        definition, usage.Node);
                }
                else if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    context.ReportError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        definition, usage.Node);
                }
            }

            return VisitorAction.Skip;
        }

        public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Skip;

        private static bool IsAllowed(Schema schema, IGraphQLType variableType, ValueNode? variableDefault, IGraphQLType locationType, ValueNode? locationDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                bool hasVariableDefault = variableDefault is not null and not NullValueNode;
                bool hasLocationDefault = locationDefault is not null;
                if (!hasVariableDefault && !hasLocationDefault)
                {
                    return false;
                }

                return schema.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
            }

            return schema.IsTypeSubTypeOf(variableType, locationType);
        }
    }
}
