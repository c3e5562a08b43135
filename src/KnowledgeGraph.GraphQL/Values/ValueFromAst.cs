using System.Globalization;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Values;

/// <summary>
/// Input coercion of literals (spec 3.5 - 3.12 "Input Coercion", and 6.4.1 CoerceArgumentValues for variables
/// inside literals). The <c>variables</c> parameter has two modes:
/// <list type="bullet">
/// <item><c>null</c>: variables are unknown (static validation, e.g. the "Values of Correct Type"
/// rule): any variable reference is accepted and yields <c>null</c>.</item>
/// <item>a dictionary of coerced variable values (execution): a referenced variable that is absent
/// counts as "not provided": an error at the top level or for a non-null position, <c>null</c> in a
/// nullable list item, the default (or absence) in an input object field.</item>
/// </list>
/// Errors carry the offending node (for locations) and the path inside the literal.
/// </summary>
public static class ValueFromAst
{
    /// <summary>Maximum nesting of lists, objects and applied defaults during coercion.</summary>
    public const int MaxDepth = 100;

    [ThreadStatic]
    private static HashSet<InputValueDefinition>? _applyingDefaults;

    private static HashSet<InputValueDefinition> ApplyingDefaults => _applyingDefaults ??= [];

    /// <summary>Coerces <paramref name="literal"/> to <paramref name="type"/>, collecting every error.</summary>
    public static CoercionResult<object?> Coerce(ValueNode literal, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        var errors = new List<GraphQLError>();
        var path = new List<object>();
        var value = CoerceCore(literal, type, variables, path, errors, 0);
        return new CoercionResult<object?>(value, errors);
    }

    /// <summary>True when <paramref name="literal"/> coerces to <paramref name="type"/>; returns the coerced value.</summary>
    public static bool TryCoerce(ValueNode literal, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        var result = Coerce(literal, type, variables);
        value = result.Value;
        return result.IsValid;
    }

    /// <summary>The validation-time check: errors of <paramref name="literal"/> against <paramref name="type"/> with variables unknown.</summary>
    public static IReadOnlyList<GraphQLError> Validate(ValueNode literal, IGraphQLType type) => Coerce(literal, type, null).Errors;

    /// <summary>Converts a literal to a plain .NET value without a type: Int to int/long/BigInteger-as-double, Float to double,
    /// objects to dictionaries, lists to lists, enums to their name; variables are looked up (null when unknown).</summary>
    public static object? Untyped(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        switch (literal)
        {
            case NullValueNode: return null;
            case IntValueNode i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
                {
                    return small;
                }

                return long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)
                    ? big
                    : double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode f: return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s: return s.Value;
            case BooleanValueNode b: return b.Value;
            case EnumValueNode e: return e.Value;
            case VariableNode v: return variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null;
            case ListValueNode l:
                var list = new List<object?>(l.Values.Count);
                foreach (var item in l.Values)
                {
                    list.Add(Untyped(item, variables));
                }

                return list;
            case ObjectValueNode o:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in o.Fields)
                {
                    map[field.Name.Value] = Untyped(field.Value, variables);
                }

                return map;
            default: return null;
        }
    }

    private static void Report(List<GraphQLError> errors, Node node, List<object> path, string message) =>
        errors.Add(new GraphQLError(message, [node], [.. path]));

    private static object? CoerceCore(ValueNode literal, IGraphQLType type, IReadOnlyDictionary<string, object?>? variables, List<object> path, List<GraphQLError> errors, int depth)
    {
        if (depth > MaxDepth)
        {
            // Guards against default values that refer to themselves (input A { b: B = {} } input B { a: A = {} }).
            Report(errors, literal, path, $"Input value exceeds the maximum nesting depth of {MaxDepth}; a default value may refer to itself.");
            return null;
        }

        if (literal is VariableNode variable)
        {
            if (variables is null)
            {
                return null;
            }

            if (!variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                Report(errors, literal, path, $"Variable \"${variable.Name.Value}\" of type \"{type}\" was not provided.");
                return null;
            }

            if (variableValue is null && type is NonNullType)
            {
                Report(errors, literal, path, $"Variable \"${variable.Name.Value}\" of non-null type \"{type}\" must not be null.");
            }

            // Variable values are already coerced to the variable's type (validation ensures compatibility).
            return variableValue;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                Report(errors, literal, path, $"Expected value of type \"{type}\", found null.");
                return null;
            }

            return CoerceCore(literal, nonNull.OfType, variables, path, errors, depth);
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode listNode)
                {
                    var result = new List<object?>(listNode.Values.Count);
                    for (int i = 0; i < listNode.Values.Count; i++)
                    {
                        var item = listNode.Values[i];
                        path.Add(i);
                        if (item is VariableNode v && variables is not null && !variables.ContainsKey(v.Name.Value) && list.OfType is not NonNullType)
                        {
                            result.Add(null);
                        }
                        else
                        {
                            result.Add(CoerceCore(item, list.OfType, variables, path, errors, depth + 1));
                        }

                        path.RemoveAt(path.Count - 1);
                    }

                    return result;
                }

                return new List<object?> { CoerceCore(literal, list.OfType, variables, path, errors, depth + 1) };
            case InputObjectType input:
                return CoerceObject(literal, input, variables, path, errors, depth);
            case EnumType enumType:
                if (literal is EnumValueNode enumNode && enumType.Values.TryGetValue(enumNode.Value, out var enumValue))
                {
                    return enumValue.Value;
                }

                Report(errors, literal, path, literal is EnumValueNode unknown
                    ? $"Value \"{unknown.Value}\" does not exist in \"{enumType.Name}\" enum."
                    : $"Enum \"{enumType.Name}\" cannot represent non-enum value: {AstPrinter.Print(literal)}.");
                return null;
            case ScalarType scalar:
                try
                {
                    var substituted = variables is not null && literal is ListValueNode or ObjectValueNode
                        ? AstFromValue.Untyped(Untyped(literal, variables))
                        : literal;
                    return scalar.ParseLiteral(substituted ?? literal, variables);
                }
                catch (Exception ex)
                {
                    Report(errors, literal, path, $"Expected value of type \"{scalar.Name}\", found {AstPrinter.Print(literal)}; {ex.Message}");
                    return null;
                }

            default:
                Report(errors, literal, path, $"Type \"{type}\" is not an input type.");
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceObject(ValueNode literal, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, List<object> path, List<GraphQLError> errors, int depth)
    {
        if (literal is not ObjectValueNode objectNode)
        {
            Report(errors, literal, path, $"Expected value of type \"{input.Name}\", found {AstPrinter.Print(literal)}.");
            return null;
        }

        var byName = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            if (!input.Fields.ContainsKey(fieldNode.Name.Value))
            {
                Report(errors, fieldNode, path, $"Field \"{fieldNode.Name.Value}\" is not defined by type \"{input.Name}\".");
                continue;
            }

            byName.TryAdd(fieldNode.Name.Value, fieldNode);
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields.Values)
        {
            bool provided = byName.TryGetValue(field.Name, out var fieldNode);
            if (provided && fieldNode!.Value is VariableNode v && variables is not null && !variables.ContainsKey(v.Name.Value))
            {
                provided = false;
            }

            if (!provided)
            {
                if (field.DefaultValue is not null)
                {
                    // A default that (through nested defaults) needs itself can never be computed: report, don't recurse.
                    if (!ApplyingDefaults.Add(field))
                    {
                        Report(errors, literal, path, $"Default value of \"{input.Name}.{field.Name}\" refers to itself.");
                        continue;
                    }

                    try
                    {
                        result[field.Name] = CoerceCore(field.DefaultValue, field.Type, null, path, errors, depth + 1);
                    }
                    finally
                    {
                        ApplyingDefaults.Remove(field);
                    }
                }
                else if (field.Type is NonNullType)
                {
                    Report(errors, literal, path, $"Field \"{input.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = CoerceCore(fieldNode!.Value, field.Type, variables, path, errors, depth + 1);
            path.RemoveAt(path.Count - 1);
        }

        if (input.IsOneOf)
        {
            if (objectNode.Fields.Count != 1)
            {
                Report(errors, literal, path, $"OneOf Input Object \"{input.Name}\" must specify exactly one key.");
            }
            else
            {
                var only = objectNode.Fields[0];
                if (only.Value is NullValueNode)
                {
                    Report(errors, only, path, $"Field \"{input.Name}.{only.Name.Value}\" must be non-null.");
                }
                else if (only.Value is VariableNode ov && variables is not null
                         && (!variables.TryGetValue(ov.Name.Value, out var ovValue) || ovValue is null))
                {
                    Report(errors, only, path, $"Field \"{input.Name}.{only.Name.Value}\" must be non-null.");
                }
            }
        }

        return result;
    }
}
