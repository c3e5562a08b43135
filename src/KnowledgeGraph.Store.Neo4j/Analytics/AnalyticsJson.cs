using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Store.Neo4j.Query;

namespace KnowledgeGraph.Store.Neo4j.Analytics;

/// <summary>
/// Writes a question's row as the JSON SQLite answers: members in SQLite's order, values as the statement returned them
/// (strings, integers, null), and the short lists the statement returns unordered put in SQLite's order (text by UTF-8
/// bytes, as its binary collation compares).
/// </summary>
internal static class AnalyticsJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON text <paramref name="write"/> writes.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(w);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A member of a map the statement returned (null when absent).</summary>
    public static JsonElement Get(JsonElement map, string key) =>
        map.ValueKind == JsonValueKind.Object && map.TryGetProperty(key, out var v) ? v : default;

    /// <summary>A map as an object with <paramref name="keys"/> in this order (absent members are null); a null map is null.</summary>
    public static void Map(Utf8JsonWriter w, JsonElement map, params string[] keys)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        foreach (var key in keys)
        {
            w.WritePropertyName(key);
            Value(w, Get(map, key));
        }
        w.WriteEndObject();
    }

    /// <summary>A value as the statement returned it (undefined is null).</summary>
    public static void Value(Utf8JsonWriter w, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            w.WriteNullValue();
        }
        else
        {
            value.WriteTo(w);
        }
    }

    /// <summary>The items of a list the statement returned (null: none).</summary>
    public static IEnumerable<JsonElement> Items(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    /// <summary>A text member, or null.</summary>
    public static string? Text(JsonElement map, string key) =>
        Get(map, key) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    /// <summary>An integer member (0 when absent).</summary>
    public static long Integer(JsonElement map, string key) =>
        Get(map, key) is { ValueKind: JsonValueKind.Number } v ? v.GetInt64() : 0;

    /// <summary>Orders maps by text members as SQLite's binary collation does (null first).</summary>
    public static List<JsonElement> ByText(IEnumerable<JsonElement> items, params string[] keys)
    {
        var list = items.ToList();
        list.Sort((a, b) =>
        {
            foreach (var key in keys)
            {
                var c = SortOrder.Compare(Text(a, key), Text(b, key), text: false);
                if (c != 0)
                {
                    return c;
                }
            }
            return 0;
        });
        return list;
    }

    /// <summary>A money value as SQLite's <c>-&gt;</c> gives it: the property's JSON text from <c>_props</c> (null when absent).</summary>
    public static void PropertyJson(Utf8JsonWriter w, JsonElement props, string property)
    {
        var value = PropertyValue(props, property);
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteRawValue(value.GetRawText());
        }
    }

    /// <summary>A property's JSON value from a node's <c>_props</c> text (undefined when absent).</summary>
    public static JsonElement PropertyValue(JsonElement props, string property)
    {
        if (props.ValueKind != JsonValueKind.String)
        {
            return default;
        }
        using var document = JsonDocument.Parse(props.GetString()!);
        return document.RootElement.TryGetProperty(property, out var v) ? v.Clone() : default;
    }

    /// <summary>SQLite's <c>round(coalesce(sum(x), 0), 2)</c> of the values <c>-&gt;&gt;</c> reads (always a real).</summary>
    public static string RoundedSum(IEnumerable<JsonElement> values)
    {
        var sum = SortOrder.Sum(values.Select(v => v.ValueKind == JsonValueKind.Undefined ? null : SortOrder.SqlValue(v)));
        var total = sum switch
        {
            null => 0d,
            long l => l,
            _ => (double)sum,
        };
        return SortOrder.Real(Math.Round(total, 2, MidpointRounding.AwayFromZero));
    }
}
