using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Store.Neo4j.Writing;

/// <summary>
/// One source of a node or relationship: the study's id, certainty, quote, dataset, row and note, and when it backs a
/// property value, the claim's property, value (its JSON text, <see cref="PropertyValueJson"/>) and qualifier. Equal
/// entries are one source (the SQLite back-end's fingerprint): an element holds each once.
/// </summary>
internal sealed record SourceEntry(string? Property, string? Value, string? Qualifier, string Study, Certainty Certainty,
    string? Quote, string? Dataset, string? Row, string? Note)
{
    public static SourceEntry For(string? property, string? value, string? qualifier, string studyId, Source source) =>
        new(property, value, qualifier, studyId, source.Certainty, source.Quote, source.Dataset, source.Row, source.Note);

    /// <summary>The source without its claim.</summary>
    public StoredSource Source => new(Study, Certainty, Quote, Dataset, Row, Note);
}

/// <summary>
/// An element's sources as Neo4j stores them: one string property <c>_sources</c> holding a JSON object, with each
/// distinct source (study, certainty, quote, dataset, row, note) once under <c>"s"</c> and the element's entries in their
/// order under <c>"e"</c>, each an array <c>[source index]</c> or, for a claim, <c>[source index, property, value,
/// qualifier]</c> (the value as its JSON; the qualifier left out when absent); plus <c>_sourceCount</c>, the number of
/// entries (for statistics without parsing). An element with many claims from one dataset row (the imports) so stores
/// that row once. See docs/neo4j.md. Reading also accepts the earlier form, a list of one JSON object per entry.
/// </summary>
internal static class SourceList
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The stored text of <paramref name="entries"/>.</summary>
    public static string Encode(IReadOnlyList<SourceEntry> entries)
    {
        var index = new Dictionary<StoredSource, int>();
        var order = new List<StoredSource>();
        var refs = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var source = entries[i].Source;
            if (!index.TryGetValue(source, out var at))
            {
                index[source] = at = order.Count;
                order.Add(source);
            }
            refs[i] = at;
        }
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 + 64 * entries.Count);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("s");
            foreach (var s in order)
            {
                w.WriteStartObject();
                w.WriteString("study", s.StudyId);
                w.WriteString("certainty", s.Certainty == Certainty.Inferred ? "inferred" : "stated");
                Field(w, "quote", s.Quote);
                Field(w, "dataset", s.Dataset);
                Field(w, "row", s.Row);
                Field(w, "note", s.Note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("e");
            for (var i = 0; i < entries.Count; i++)
            {
                var e = entries[i];
                w.WriteStartArray();
                w.WriteNumberValue(refs[i]);
                if (e.Property is not null)
                {
                    w.WriteStringValue(e.Property);
                    w.WriteRawValue(e.Value ?? "null", skipInputValidation: true);
                    if (e.Qualifier is not null)
                    {
                        w.WriteStringValue(e.Qualifier);
                    }
                }
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Field(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>The entries of a stored <c>_sources</c> value (this form, the earlier list, or nothing).</summary>
    public static List<SourceEntry> Decode(JsonElement stored)
    {
        var entries = new List<SourceEntry>();
        if (stored.ValueKind == JsonValueKind.String)
        {
            using var doc = JsonDocument.Parse(stored.GetString()!);
            var root = doc.RootElement;
            var sources = root.GetProperty("s").EnumerateArray().Select(s => new StoredSource(
                Text(s, "study")!, Text(s, "certainty") == "inferred" ? Certainty.Inferred : Certainty.Stated,
                Text(s, "quote"), Text(s, "dataset"), Text(s, "row"), Text(s, "note"))).ToList();
            foreach (var e in root.GetProperty("e").EnumerateArray())
            {
                var source = sources[e[0].GetInt32()];
                var length = e.GetArrayLength();
                entries.Add(new SourceEntry(length > 1 ? e[1].GetString() : null, length > 2 ? e[2].GetRawText() : null, length > 3 ? e[3].GetString() : null,
                    source.StudyId, source.Certainty, source.Quote, source.Dataset, source.Row, source.Note));
            }
        }
        else if (stored.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in stored.EnumerateArray())
            {
                using var doc = JsonDocument.Parse(item.GetString()!);
                var e = doc.RootElement;
                entries.Add(new SourceEntry(Text(e, "property"), Text(e, "value"), Text(e, "qualifier"), Text(e, "study")!,
                    Text(e, "certainty") == "inferred" ? Certainty.Inferred : Certainty.Stated, Text(e, "quote"), Text(e, "dataset"), Text(e, "row"), Text(e, "note")));
            }
        }
        return entries;
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
