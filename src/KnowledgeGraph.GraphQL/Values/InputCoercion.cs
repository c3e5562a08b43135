using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Values;

/// <summary>
/// Input coercion of external values such as variable values (spec 3.5 - 3.12 "Input Coercion"
/// sections): non-null checks, a single value coerced to a one-item list, input objects
/// (unknown fields, missing required fields, defaults, @oneOf), enums by name and scalars through
/// <see cref="ScalarType.ParseValue"/>. Inputs may be <see cref="System.Text.Json.JsonElement"/>,
/// dictionaries, lists or primitives (see <see cref="PlainValues"/>). Results are plain values:
/// <c>Dictionary&lt;string, object?&gt;</c> for input objects, <c>List&lt;object?&gt;</c> for lists,
/// enum internal values, and scalar results.
/// </summary>
public static class InputCoercion
{
    /// <summary>Coerces <paramref name="value"/> to <paramref name="type"/>, collecting every error with its path.</summary>
    public static CoercionResult<object?> CoerceInputValue(object? value, IGraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var errors = new List<GraphQLError>();
        var path = new List<object>();
        var result = Coerce(value, type, path, (p, message) => errors.Add(new GraphQLError(message, null, p)));
        return new CoercionResult<object?>(result, errors);
    }

    /// <summary>
    /// Coerces with a custom error callback receiving the path (keys and indexes) and the message.
    /// <paramref name="path"/> is the path of <paramref name="value"/> and is restored on return.
    /// </summary>
    public static object? Coerce(object? value, IGraphQLType type, List<object> path, Action<IReadOnlyList<object>, string> onError)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(onError);
        if (path.Count > ValueFromAst.MaxDepth)
        {
            // Guards against cyclic dictionaries or lists built in code.
            onError([.. path], $"Input value exceeds the maximum nesting depth of {ValueFromAst.MaxDepth}.");
            return null;
        }

        value = PlainValues.Normalize(value);
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                onError([.. path], $"Expected non-nullable type \"{type}\" not to be null.");
                return null;
            }

            return Coerce(value, nonNull.OfType, path, onError);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (PlainValues.TryGetList(value, out var items))
                {
                    var result = new List<object?>(items.Count);
                    for (int i = 0; i < items.Count; i++)
                    {
                        path.Add(i);
                        result.Add(Coerce(items[i], list.OfType, path, onError));
                        path.RemoveAt(path.Count - 1);
                    }

                    return result;
                }

                // Spec 3.11: a single value is coerced as a list of one item.
                return new List<object?> { Coerce(value, list.OfType, path, onError) };
            case InputObjectType input:
                return CoerceInputObject(value, input, path, onError);
            case EnumType enumType:
                if (value is string name && enumType.Values.TryGetValue(name, out var enumValue))
                {
                    return enumValue.Value;
                }

                onError([.. path], value is string s
                    ? $"Value \"{s}\" does not exist in \"{enumType.Name}\" enum."
                    : $"Enum \"{enumType.Name}\" cannot represent non-string value: {BuiltInScalarsDescribe(value)}.");
                return null;
            case ScalarType scalar:
                try
                {
                    var parsed = scalar.ParseValue(value);
                    return parsed;
                }
                catch (Exception ex)
                {
                    onError([.. path], ex is GraphQLCoercionException
                        ? ex.Message
                        : $"Expected type \"{scalar.Name}\". {ex.Message}");
                    return null;
                }

            default:
                onError([.. path], $"Type \"{type}\" is not an input type.");
                return null;
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType input, List<object> path, Action<IReadOnlyList<object>, string> onError)
    {
        if (!PlainValues.TryGetObject(value, out var fields))
        {
            onError([.. path], $"Expected type \"{input.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields.Values)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    var coercedDefault = ValueFromAst.Coerce(field.DefaultValue, field.Type, null);
                    result[field.Name] = coercedDefault.Value;
                    foreach (var error in coercedDefault.Errors)
                    {
                        onError([.. path], error.Message);
                    }
                }
                else if (field.Type is NonNullType)
                {
                    onError([.. path], $"Field \"{input.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, path, onError);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in fields.Keys)
        {
            if (!input.Fields.ContainsKey(key))
            {
                onError([.. path], $"Field \"{key}\" is not defined by type \"{input.Name}\".");
            }
        }

        if (input.IsOneOf)
        {
            if (fields.Count != 1)
            {
                onError([.. path], $"Exactly one key must be specified for OneOf type \"{input.Name}\".");
            }
            else
            {
                foreach (var pair in fields)
                {
                    if (PlainValues.Normalize(pair.Value) is null)
                    {
                        onError([.. path], $"Field \"{pair.Key}\" must be non-null.");
                    }
                }
            }
        }

        return result;
    }

    private static string BuiltInScalarsDescribe(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };
}
