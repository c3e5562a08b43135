using System.Globalization;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Bench;

/// <summary>Where two JSON answers first differ, for the benches that check an answer against its floor or peer before timing it.</summary>
internal static class JsonDifference
{
    /// <summary>
    /// The path of the first difference between <paramref name="a"/> and <paramref name="b"/> (object keys in order,
    /// then array items), with the two values there, each shortened to <paramref name="maxLength"/> characters.
    /// </summary>
    public static string First(JsonNode? a, JsonNode? b, string path = "$", int maxLength = 200)
    {
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var key in x.Select(p => p.Key).Union(y.Select(p => p.Key)))
                {
                    if (!JsonNode.DeepEquals(x[key], y[key]))
                    {
                        return First(x[key], y[key], $"{path}.{key}", maxLength);
                    }
                }
                break;
            case (JsonArray x, JsonArray y):
                for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
                {
                    if (!JsonNode.DeepEquals(x[i], y[i]))
                    {
                        return First(x[i], y[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), maxLength);
                    }
                }
                return string.Create(CultureInfo.InvariantCulture, $"{path} (lengths {x.Count} and {y.Count})");
        }
        return $"{path}: {Shorten(a, maxLength)} against {Shorten(b, maxLength)}";
    }

    /// <summary>The JSON text of <paramref name="node"/>, cut after <paramref name="maxLength"/> characters.</summary>
    public static string Shorten(JsonNode? node, int maxLength = 200)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > maxLength ? text[..maxLength] + "..." : text;
    }
}
