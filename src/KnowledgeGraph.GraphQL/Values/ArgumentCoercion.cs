using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Values;

/// <summary>
/// Spec 6.4.1 "CoerceArgumentValues": coerces the arguments of a field or directive node, using
/// coerced variable values. Absent arguments take their default; absent arguments without default
/// stay absent (an error when required).
/// </summary>
public static class ArgumentCoercion
{
    /// <summary>Coerces <paramref name="argumentNodes"/> against <paramref name="definitions"/>.</summary>
    public static CoercionResult<IReadOnlyDictionary<string, object?>> Coerce(
        IReadOnlyDictionary<string, InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?> variables,
        Node? owner = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(argumentNodes);
        ArgumentNullException.ThrowIfNull(variables);
        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions.Values)
        {
            ArgumentNode? node = null;
            foreach (var candidate in argumentNodes)
            {
                if (candidate.Name.Value == definition.Name)
                {
                    node = candidate;
                    break;
                }
            }

            bool hasValue = node is not null;
            if (node?.Value is VariableNode variable)
            {
                hasValue = variables.ContainsKey(variable.Name.Value);
            }

            if (!hasValue)
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[definition.Name] = ValueFromAst.Coerce(definition.DefaultValue, definition.Type, null).Value;
                }
                else if (definition.Type is NonNullType)
                {
                    errors.Add(new GraphQLError(
                        $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.",
                        owner is null ? (node is null ? [] : [node]) : [owner]));
                }

                continue;
            }

            var result = ValueFromAst.Coerce(node!.Value, definition.Type, variables);
            if (!result.IsValid)
            {
                foreach (var error in result.Errors)
                {
                    errors.Add(new GraphQLError($"Argument \"{definition.Name}\" has invalid value {AstPrinter.Print(node.Value)}: {error.Message}", [node.Value]));
                }

                continue;
            }

            coerced[definition.Name] = result.Value;
        }

        return new CoercionResult<IReadOnlyDictionary<string, object?>>(coerced, errors);
    }
}
