using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Store.Neo4j.Writing;

/// <summary>
/// Property values as the JSON text the back-end keeps (<c>_props</c>, claims in <c>_sources</c>), exactly as the
/// SQLite back-end writes them, so exports of both read back the same values; and their Neo4j property form.
/// </summary>
internal static class PropertyJson
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

    /// <summary>A stored JSON value as a .NET value: text, bool, long, else decimal.</summary>
    public static object? Decode(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.TryGetValue<long>(out var l) ? l : (object)v.GetValue<decimal>(),
        _ => node.ToJsonString(),
    };

    /// <summary>A stored JSON value as a native Neo4j property (numbers with a fraction as floats), for queries and indexes.</summary>
    public static object? Native(JsonNode? node) => Decode(node) switch
    {
        decimal m => (double)m,
        var other => other,
    };

    public static Dictionary<string, object?> DecodeObject(JsonObject obj)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            result[key] = Decode(value);
        }
        return result;
    }
}
