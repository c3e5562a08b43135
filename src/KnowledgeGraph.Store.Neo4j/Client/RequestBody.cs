using System.Collections;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j.Client;

/// <summary>Writes request bodies of both protocols; parameters become JSON values of the matching type.</summary>
internal static class RequestBody
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    // Bodies go to a JSON parser, never into HTML: escape only what JSON requires, so that the quotes of JSON text in a
    // parameter (property values, sources) and non-ASCII names are one byte or their UTF-8 bytes, not six per character.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The transactional endpoint's <c>{"statements":[...]}</c>.</summary>
    public static HttpContent Statements(IReadOnlyList<CypherStatement> statements) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("statements");
        foreach (var s in statements)
        {
            w.WriteStartObject();
            w.WriteString("statement", s.Text);
            w.WritePropertyName("parameters");
            WriteMap(w, s.Parameters);
            w.WriteBoolean("includeStats", true);
            w.WriteStartArray("resultDataContents");
            w.WriteStringValue("row");
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The Query API's <c>{"statement":..., "parameters":{...}}</c>.</summary>
    public static HttpContent Query(CypherStatement statement) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("statement", statement.Text);
        w.WritePropertyName("parameters");
        WriteMap(w, statement.Parameters);
        w.WriteBoolean("includeCounters", true);
        w.WriteEndObject();
    });

    private static ByteArrayContent Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            body(writer);
        }
        var content = new ByteArrayContent(stream.GetBuffer(), 0, (int)stream.Length);
        content.Headers.ContentType = Json;
        return content;
    }

    private static void WriteMap(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, object?>>? map)
    {
        w.WriteStartObject();
        if (map is not null)
        {
            foreach (var (key, value) in map)
            {
                w.WritePropertyName(key);
                WriteValue(w, value);
            }
        }
        w.WriteEndObject();
    }

    /// <summary>One parameter value: text, numbers, booleans, null, lists and maps (nested), JSON elements as they are.</summary>
    public static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double d: w.WriteNumberValue(d); break;
            case float f: w.WriteNumberValue(f); break;
            case decimal m: w.WriteNumberValue(m); break;
            case JsonElement e: e.WriteTo(w); break;
            case DateTime or DateTimeOffset or DateOnly:
                w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map: WriteMap(w, map); break;
            case IEnumerable list:
                w.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(w, item);
                }
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A parameter of type {value.GetType().Name} cannot be sent to Neo4j.", nameof(value));
        }
    }
}
