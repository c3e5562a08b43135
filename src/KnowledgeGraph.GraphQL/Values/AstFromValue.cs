using System.Globalization;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Values;

/// <summary>
/// Produces a GraphQL literal from an internal .NET value for a given input type (used for default
/// values built in code, printing schemas and introspection's <c>defaultValue</c>).
/// </summary>
public static class AstFromValue
{
    /// <summary>
    /// Converts <paramref name="value"/> to a literal of <paramref name="type"/>; returns null when it cannot be
    /// represented (e.g. null for a non-null type, or a value the scalar cannot serialize).
    /// </summary>
    public static ValueNode? Convert(object? value, IGraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        value = PlainValues.Normalize(value);
        if (type is NonNullType nonNull)
        {
            return value is null ? null : Convert(value, nonNull.OfType);
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (PlainValues.TryGetList(value, out var items))
                {
                    var nodes = new List<ValueNode>(items.Count);
                    foreach (var item in items)
                    {
                        var node = Convert(item, list.OfType);
                        if (node is null)
                        {
                            return null;
                        }

                        nodes.Add(node);
                    }

                    return new ListValueNode(nodes);
                }

                return Convert(value, list.OfType);
            case InputObjectType input:
                if (!PlainValues.TryGetObject(value, out var map))
                {
                    return null;
                }

                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields.Values)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue))
                    {
                        var node = Convert(fieldValue, field.Type);
                        if (node is null)
                        {
                            return null;
                        }

                        fields.Add(new ObjectFieldNode(field.Name, node));
                    }
                }

                return new ObjectValueNode(fields);
            case EnumType enumType:
                var definition = enumType.GetValueByInternal(value)
                    ?? (value is string name && enumType.Values.TryGetValue(name, out var byName) ? byName : null);
                return definition is null ? null : new EnumValueNode(definition.Name);
            case ScalarType scalar:
                object? serialized;
                try
                {
                    serialized = scalar.Serialize(value);
                }
                catch (Exception ex) when (ex is GraphQLCoercionException or InvalidCastException or FormatException or OverflowException)
                {
                    return null;
                }

                if (ReferenceEquals(scalar, BuiltInScalars.ID) && serialized is string id
                    && long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var asInt)
                    && asInt.ToString(CultureInfo.InvariantCulture) == id)
                {
                    return new IntValueNode(id);
                }

                return Untyped(serialized);
            default:
                return null;
        }
    }

    /// <summary>Converts a plain .NET value to a literal without a type (numbers, strings, booleans, lists, dictionaries).</summary>
    public static ValueNode? Untyped(object? value)
    {
        value = PlainValues.Normalize(value);
        switch (value)
        {
            case null: return new NullValueNode();
            case bool b: return new BooleanValueNode(b);
            case string s: return new StringValueNode(s);
            case char c: return new StringValueNode(c.ToString());
            case Enum e: return new EnumValueNode(e.ToString());
        }

        if (value is IFormattable formattable && BuiltInScalarsNumber(value, out var number, out var integral))
        {
            if (!double.IsFinite(number))
            {
                return null;
            }

            if (integral && value is not double and not float and not decimal)
            {
                return new IntValueNode(formattable.ToString(null, CultureInfo.InvariantCulture));
            }

            if (integral && Math.Abs(number) < 1e15)
            {
                return new IntValueNode(((long)number).ToString(CultureInfo.InvariantCulture));
            }

            return new FloatValueNode(number.ToString("R", CultureInfo.InvariantCulture));
        }

        if (PlainValues.TryGetObject(value, out var map))
        {
            var fields = new List<ObjectFieldNode>();
            foreach (var pair in map)
            {
                var node = Untyped(pair.Value);
                if (node is null || !TypeHelpers.IsValidName(pair.Key))
                {
                    return null;
                }

                fields.Add(new ObjectFieldNode(pair.Key, node));
            }

            return new ObjectValueNode(fields);
        }

        if (PlainValues.TryGetList(value, out var items))
        {
            var nodes = new List<ValueNode>();
            foreach (var item in items)
            {
                var node = Untyped(item);
                if (node is null)
                {
                    return null;
                }

                nodes.Add(node);
            }

            return new ListValueNode(nodes);
        }

        return new StringValueNode(value.ToString() ?? string.Empty);
    }

    private static bool BuiltInScalarsNumber(object value, out double number, out bool integral) =>
        BuiltInScalars.TryGetNumber(value, out number, out integral);
}
