using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Store.Query;

/// <summary>
/// Cursors: base64 of a JSON array holding the sort key values of a node followed by its id. Opaque to clients;
/// any back-end can make them (SQLite with json_array, Neo4j with a list) and read them back here.
/// </summary>
public static class Cursor
{
    /// <summary>The cursor of a node with these sort key values and id.</summary>
    public static string Encode(IReadOnlyList<object?> sortValues, string id)
    {
        var values = sortValues.Append(id).ToArray();
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(values)));
    }

    /// <summary>
    /// The sort key values and id of a cursor made under an ordering of <paramref name="sortKeys"/> keys: strings,
    /// longs, doubles, booleans or nulls, the id last.
    /// </summary>
    /// <exception cref="QueryValidationException">The text is not a cursor of this ordering.</exception>
    public static IReadOnlyList<object?> Decode(string cursor, int sortKeys)
    {
        JsonElement array;
        try
        {
            using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)));
            array = doc.RootElement.Clone();
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            throw new QueryValidationException($"'{cursor}' is not a cursor.", ex);
        }
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() != sortKeys + 1 ||
            array[sortKeys].ValueKind != JsonValueKind.String)
        {
            throw new QueryValidationException($"'{cursor}' is not a cursor of this ordering ({sortKeys} sort key(s) and the id).");
        }
        var values = new List<object?>();
        foreach (var item in array.EnumerateArray())
        {
            values.Add(item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Number => item.TryGetInt64(out var l) ? l : item.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                _ => throw new QueryValidationException($"'{cursor}' holds a {item.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture)}, not a sort value."),
            });
        }
        return values;
    }
}
