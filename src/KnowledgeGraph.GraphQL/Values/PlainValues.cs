using System.Collections;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Values;

/// <summary>
/// Normalises external input (variables) into plain .NET values: objects become
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c>, arrays become <c>IReadOnlyList&lt;object?&gt;</c>,
/// JSON numbers become <see cref="long"/> when integral (else <see cref="double"/>).
/// Accepted inputs: <see cref="JsonElement"/>, dictionaries with string keys, enumerables, primitives.
/// </summary>
public static class PlainValues
{
    /// <summary>Converts one level of <paramref name="value"/> (children are converted lazily by coercion).</summary>
    public static object? Normalize(object? value)
    {
        if (value is JsonElement element)
        {
            return FromJson(element);
        }

        return value;
    }

    /// <summary>Converts a JSON element (recursively).</summary>
    public static object? FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromJson(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromJson(item));
                }

                return list;
            case JsonValueKind.String: return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var l) ? l : element.GetDouble();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            default: return null;
        }
    }

    /// <summary>True (with an accessor) when <paramref name="value"/> is an object-like value with string keys.</summary>
    public static bool TryGetObject(object? value, out IReadOnlyDictionary<string, object?> result)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> ro:
                result = ro;
                return true;
            case IDictionary<string, object?> d:
                result = d.AsReadOnly();
                return true;
            case IDictionary nonGeneric:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in nonGeneric)
                {
                    if (entry.Key is not string key)
                    {
                        result = map;
                        return false;
                    }

                    map[key] = entry.Value;
                }

                result = map;
                return true;
            default:
                result = null!;
                return false;
        }
    }

    /// <summary>True when <paramref name="value"/> is list-like (an enumerable that is neither a string nor an object).</summary>
    public static bool TryGetList(object? value, out IReadOnlyList<object?> result)
    {
        switch (value)
        {
            case string:
            case IDictionary:
            case IReadOnlyDictionary<string, object?>:
            case IDictionary<string, object?>:
                result = null!;
                return false;
            case IReadOnlyList<object?> list:
                result = list;
                return true;
            case IEnumerable enumerable:
                var items = new List<object?>();
                foreach (var item in enumerable)
                {
                    items.Add(item);
                }

                result = items;
                return true;
            default:
                result = null!;
                return false;
        }
    }
}
