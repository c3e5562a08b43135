using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Store;

/// <summary>
/// Property values as the JSON text every back-end keeps (a node's current values, the value of a claim), and back.
/// One encoding for all back-ends, so a graph copied from one to another exports the same bytes.
/// </summary>
public static class PropertyValueJson
{
    /// <summary>A value as JSON text: strings quoted, booleans and numbers as written, anything else as its text.</summary>
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

    /// <summary>A stored JSON value as a .NET value: text, bool, long, else decimal (other JSON as its text).</summary>
    public static object? Decode(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        // Boxed apart: `? l : decimal` would make every whole number a decimal.
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.TryGetValue<long>(out var l) ? l : (object)v.GetValue<decimal>(),
        _ => node.ToJsonString(),
    };

    /// <summary>JSON text as a .NET value (<see cref="Decode(JsonNode?)"/>); null stays null.</summary>
    public static object? Decode(string? json) => json is null ? null : Decode(JsonNode.Parse(json));

    /// <summary>A JSON object of values, each decoded.</summary>
    public static Dictionary<string, object?> DecodeObject(JsonObject obj)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            result[key] = Decode(value);
        }
        return result;
    }

    /// <summary>JSON text of an object of values, each decoded; empty when the text is not an object.</summary>
    public static Dictionary<string, object?> DecodeObject(string json) =>
        JsonNode.Parse(json) is JsonObject obj ? DecodeObject(obj) : new Dictionary<string, object?>(StringComparer.Ordinal);
}
