using System.Text.Json;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Values;

/// <summary>
/// Spec 6.1.2 "CoerceVariableValues": coerces the request's raw variable values against an
/// operation's variable definitions. Absent variables take their default (if any); absent
/// variables without default stay absent (and are an error for non-null types).
/// </summary>
public static class VariableCoercion
{
    /// <summary>Coerces variables given as a JSON object (or undefined/null for none).</summary>
    public static CoercionResult<IReadOnlyDictionary<string, object?>> Coerce(Schema schema, IReadOnlyList<VariableDefinitionNode> definitions, JsonElement inputs)
    {
        var plain = inputs.ValueKind == JsonValueKind.Object
            ? (IReadOnlyDictionary<string, object?>)PlainValues.FromJson(inputs)!
            : new Dictionary<string, object?>();
        return Coerce(schema, definitions, plain);
    }

    /// <summary>Coerces variables given as a dictionary of plain or JSON values.</summary>
    public static CoercionResult<IReadOnlyDictionary<string, object?>> Coerce(Schema schema, IReadOnlyList<VariableDefinitionNode> definitions, IReadOnlyDictionary<string, object?>? inputs)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(definitions);
        inputs ??= new Dictionary<string, object?>();
        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeHelpers.FromAst(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" expected value of type \"{AstPrinter.Print(definition.Type)}\" which cannot be used as an input type.", [definition.Type]));
                continue;
            }

            if (!inputs.TryGetValue(name, out var raw))
            {
                if (definition.DefaultValue is not null)
                {
                    var defaultResult = ValueFromAst.Coerce(definition.DefaultValue, type, null);
                    coerced[name] = defaultResult.Value;
                }
                else if (type is NonNullType)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
                }

                continue;
            }

            raw = PlainValues.Normalize(raw);
            if (raw is null && type is NonNullType)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
                continue;
            }

            var path = new List<object>();
            var value = InputCoercion.Coerce(raw, type, path, (p, message) =>
            {
                var where = p.Count == 0 ? string.Empty : " at \"" + name + FormatPath(p) + "\"";
                errors.Add(new GraphQLError($"Variable \"${name}\" got invalid value {Describe(raw)}{where}; {message}", [definition]));
            });
            coerced[name] = value;
        }

        return new CoercionResult<IReadOnlyDictionary<string, object?>>(coerced, errors);
    }

    /// <summary>Formats a path such as <c>.a[0].b</c>.</summary>
    public static string FormatPath(IReadOnlyList<object> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sb = new System.Text.StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                sb.Append('[').Append(index).Append(']');
            }
            else
            {
                sb.Append('.').Append(segment);
            }
        }

        return sb.ToString();
    }

    private static string Describe(object? raw)
    {
        var node = AstFromValue.Untyped(raw);
        return node is null ? "?" : AstPrinter.Print(node);
    }
}
