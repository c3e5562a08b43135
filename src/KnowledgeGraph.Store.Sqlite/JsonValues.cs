using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Property values as JSON text in the store, and back.</summary>
internal static class JsonValues
{
    public static string Encode(object value) => value switch
    {
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    public static JsonNode? Node(object value) => JsonNode.Parse(Encode(value));

    public static object? Decode(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        // Boxed apart: `? l : decimal` would make every whole number a decimal.
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.TryGetValue<long>(out var l) ? l : (object)v.GetValue<decimal>(),
        _ => node.ToJsonString(),
    };

    public static object? Decode(string? json) => json is null ? null : Decode(JsonNode.Parse(json));

    public static Dictionary<string, object?> DecodeObject(string json)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (JsonNode.Parse(json) is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                result[key] = Decode(value);
            }
        }
        return result;
    }
}
