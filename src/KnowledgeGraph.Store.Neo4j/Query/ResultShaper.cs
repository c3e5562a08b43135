using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Store.Neo4j.Client;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Neo4j.Query;

/// <summary>
/// Turns the row of a compiled plan into the plan's JSON, as the SQLite back-end lays it out: keys in projection order
/// (fields of other kinds left out), property values as stored, aliases, sources and claims with their studies, nested
/// levels ordered and paged by SQLite's rules (<see cref="SortOrder"/>), connections with totals, page flags and cursors.
/// </summary>
internal sealed class ResultShaper
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Dictionary<string, string?> _studies = new(StringComparer.Ordinal);

    private ResultShaper(JsonElement? studies)
    {
        if (studies is { ValueKind: JsonValueKind.Array } list)
        {
            foreach (var s in list.EnumerateArray())
            {
                if (s[0].ValueKind == JsonValueKind.String)
                {
                    _studies[s[0].GetString()!] = s[1].ValueKind == JsonValueKind.String ? s[1].GetString() : null;
                }
            }
        }
    }

    /// <summary>The JSON text of a plan's result from the rows its statement returned (one, or none when nothing matched).</summary>
    public static string Shape(NodeQuery plan, IReadOnlyList<Neo4jRecord> rows)
    {
        var row = rows.Count > 0 ? rows[0] : null;
        var shaper = new ResultShaper(row is not null && row.Keys.Contains("studies") ? row["studies"] : null);
        // A look-up by id answers in two rows (UNION ALL), at most one of them with an item.
        var items = rows.SelectMany(r => r["items"].EnumerateArray()).ToList();
        long total = row is not null && row.Keys.Contains("total") ? row["total"].GetInt64() : 0;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            shaper.WriteSet(w, plan, items, null, root: true, total);
        }
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>The JSON array of a search's node objects, in the order the statement returned them.</summary>
    public static string ShapeSearch(SearchQuery search, IReadOnlyList<Neo4jRecord> rows)
    {
        var row = rows.Count > 0 ? rows[0] : null;
        var shaper = new ResultShaper(row is not null && row.Keys.Contains("studies") ? row["studies"] : null);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartArray();
            if (row is not null)
            {
                foreach (var item in row["items"].EnumerateArray())
                {
                    shaper.WriteNode(w, new Item(item), search.Projection.Fields, []);
                }
            }
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>One level: a list, a single object or a connection; <paramref name="knownTotal"/> is its total when the statement paged it (the root, or a nested level paged by id).</summary>
    private void WriteSet(Utf8JsonWriter w, NodeQuery query, List<JsonElement> raw, RelationshipProjection? via, bool root, long? knownTotal)
    {
        var items = raw.Select(r => new Item(r)).ToList();
        var keys = query.OrderBy.Select(IsText).ToList();
        long total;
        List<Item> rest;
        if (root)
        {
            // The statement ordered, skipped and limited (one more than the page, to tell a next page).
            total = knownTotal ?? 0;
            rest = items;
        }
        else
        {
            total = knownTotal ?? items.Count;
            foreach (var item in items)
            {
                item.Keys = SortKeys(item, query);
            }
            items.Sort((a, b) => CompareKeys(a, b.Keys!, b.Id, query, keys));
            IEnumerable<Item> after = items;
            if (query.After is not null)
            {
                var cursor = Cursor.Decode(query.After, query.OrderBy.Count);
                var cursorKeys = cursor.Take(query.OrderBy.Count).ToList();
                var cursorId = (string)cursor[^1]!;
                after = items.Where(i => CompareKeys(i, cursorKeys, cursorId, query, keys) > 0);
            }
            rest = after.Skip(query.Offset ?? 0).ToList();
        }
        var page = query.Shape == ResultShape.Single ? rest.Take(1).ToList()
            : query.First is null ? rest : rest.Take(query.First.Value).ToList();
        var edgeFields = via is not null && query.Shape != ResultShape.Connection ? via.EdgeFields : [];
        if (query.Shape == ResultShape.Single)
        {
            if (page.Count == 0)
            {
                w.WriteNullValue();
            }
            else
            {
                WriteNode(w, page[0], query.Projection.Fields, edgeFields);
            }
            return;
        }
        if (query.Shape == ResultShape.List)
        {
            w.WriteStartArray();
            foreach (var item in page)
            {
                WriteNode(w, item, query.Projection.Fields, edgeFields);
            }
            w.WriteEndArray();
            return;
        }
        string CursorOf(Item item) => SortOrder.Cursor(item.Keys ??= SortKeys(item, query), item.Id);
        w.WriteStartObject();
        foreach (var field in query.EffectiveConnection.Fields)
        {
            w.WritePropertyName(field.Key);
            switch (field)
            {
                case TotalCountField:
                    w.WriteNumberValue(total);
                    break;
                case NodesField:
                    w.WriteStartArray();
                    foreach (var item in page)
                    {
                        WriteNode(w, item, query.Projection.Fields, []);
                    }
                    w.WriteEndArray();
                    break;
                case EdgesField edges:
                    w.WriteStartArray();
                    foreach (var item in page)
                    {
                        w.WriteStartObject();
                        foreach (var f in edges.Fields)
                        {
                            w.WritePropertyName(f.Key);
                            switch (f)
                            {
                                case CursorField:
                                    w.WriteStringValue(CursorOf(item));
                                    break;
                                case EdgeNodeField:
                                    WriteNode(w, item, query.Projection.Fields, []);
                                    break;
                                default:
                                    WriteField(w, item, f, onEdge: true);
                                    break;
                            }
                        }
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    break;
                case PageInfoField info:
                    w.WriteStartObject();
                    foreach (var i in info.Items)
                    {
                        w.WritePropertyName(i.Key);
                        switch (i.Value)
                        {
                            case PageInfoValue.HasNextPage:
                                w.WriteBooleanValue(query.First is not null && rest.Count > query.First.Value);
                                break;
                            case PageInfoValue.HasPreviousPage:
                                w.WriteBooleanValue(query.After is not null || query.Offset is > 0);
                                break;
                            case PageInfoValue.StartCursor when page.Count > 0:
                                w.WriteStringValue(CursorOf(page[0]));
                                break;
                            case PageInfoValue.EndCursor when page.Count > 0:
                                w.WriteStringValue(CursorOf(page[^1]));
                                break;
                            default:
                                w.WriteNullValue();
                                break;
                        }
                    }
                    w.WriteEndObject();
                    break;
                default:
                    throw new QueryValidationException($"Unknown connection field {field.GetType().Name}.");
            }
        }
        w.WriteEndObject();
    }

    private static bool IsText(SortKey key) =>
        key is FieldSort sort && sort.Field is not CommonFieldRef { Field: CommonField.Id } &&
        sort.Field.Type is Model.Schema.PropertyType.String or Model.Schema.PropertyType.Url or Model.Schema.PropertyType.Enum;

    /// <summary>The sort values of an item as SQLite reads them (property keys from the property JSON).</summary>
    private static List<object?> SortKeys(Item item, NodeQuery query)
    {
        var values = new List<object?>(query.OrderBy.Count);
        for (var i = 0; i < query.OrderBy.Count; i++)
        {
            values.Add(query.OrderBy[i] switch
            {
                FieldSort { Field: PropertyRef p } => SortOrder.SqlValue(item.Property(p.Property.Name)),
                // A count: an integer, whatever number type the server wrote in the list.
                RelatedCountSort => (long)item.Raw.GetProperty("_k")[i].GetDouble(),
                _ => SortOrder.SqlValue(item.Raw.GetProperty("_k")[i]),
            });
        }
        return values;
    }

    private static int CompareKeys(Item a, IReadOnlyList<object?> bKeys, string bId, NodeQuery query, List<bool> text)
    {
        for (var i = 0; i < text.Count; i++)
        {
            var c = SortOrder.Compare(a.Keys![i], bKeys[i], text[i]);
            if (c != 0)
            {
                return query.OrderBy[i].Descending ? -c : c;
            }
        }
        return SortOrder.CompareUtf8(a.Id, bId);
    }

    /// <summary>A node object: the fields that apply to its kind, in order, then the relationship's fields (a list reached through one).</summary>
    private void WriteNode(Utf8JsonWriter w, Item item, IReadOnlyList<ProjectionField> fields, IReadOnlyList<ProjectionField> edgeFields)
    {
        w.WriteStartObject();
        for (var i = 0; i < fields.Count; i++)
        {
            if (Applies(fields[i], item))
            {
                w.WritePropertyName(fields[i].Key);
                WriteField(w, item, fields[i], onEdge: false, i);
            }
        }
        foreach (var f in edgeFields)
        {
            if (Applies(f, item))
            {
                w.WritePropertyName(f.Key);
                WriteField(w, item, f, onEdge: true);
            }
        }
        w.WriteEndObject();
    }

    private static bool Applies(ProjectionField field, Item item) =>
        field.OnKinds is null || field.OnKinds.Any(k => k.Name == item.Kind);

    private void WriteField(Utf8JsonWriter w, Item item, ProjectionField field, bool onEdge, int index = -1)
    {
        switch (field)
        {
            case ValueField { Field: PropertyRef p }:
                var value = onEdge ? item.EdgeProperty(p.Property.Name) : item.Property(p.Property.Name);
                if (value.ValueKind == JsonValueKind.Undefined)
                {
                    w.WriteNullValue();
                }
                else
                {
                    value.WriteTo(w);
                }
                break;
            case AliasesField:
                WriteAliases(w, item);
                break;
            case SourcesField:
                WriteSources(w, item.Raw.GetProperty(onEdge ? "_esrc" : "_src"), claims: false, null);
                break;
            case ClaimsField c:
                WriteSources(w, item.Raw.GetProperty(onEdge ? "_esrc" : "_src"), claims: true, c.Property?.Name);
                break;
            case RelationshipProjection r:
                // A level paged in the statement comes as {_total, _items} (its first nodes by id and how many there are).
                var level = item.Raw.GetProperty("f" + index);
                if (level.ValueKind == JsonValueKind.Object)
                {
                    WriteSet(w, r.Target, List(level.GetProperty("_items")), r, root: false, level.GetProperty("_total").GetInt64());
                }
                else
                {
                    WriteSet(w, r.Target, List(level), r, root: false, null);
                }
                break;
            case EdgeSum s:
                var sum = SortOrder.Sum(List(item.Raw.GetProperty("f" + index))
                    .Select(props => SortOrder.SqlValue(Item.PropertyOf(props, s.Property.Name))));
                switch (sum)
                {
                    case null:
                        w.WriteNumberValue(0);
                        break;
                    case long l:
                        w.WriteNumberValue(l);
                        break;
                    default:
                        w.WriteRawValue(SortOrder.Real((double)sum));
                        break;
                }
                break;
            case ValueField { Field: CommonFieldRef { Field: CommonField.Id } }:
                w.WriteStringValue(item.Id);
                break;
            case ValueField { Field: CommonFieldRef { Field: CommonField.Kind } }:
                if (item.Kind is null)
                {
                    w.WriteNullValue();
                }
                else
                {
                    w.WriteStringValue(item.Kind);
                }
                break;
            default:
                item.Raw.GetProperty("f" + index).WriteTo(w);
                break;
        }
    }

    /// <summary>A list the statement returned; null (Neo4j 3.1, a relationship type never stored) is empty.</summary>
    private static List<JsonElement> List(JsonElement value) => value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];

    private static void WriteAliases(Utf8JsonWriter w, Item item)
    {
        var name = item.Raw.GetProperty("_name").GetString();
        var names = item.Raw.GetProperty("_names");
        var langs = item.Raw.GetProperty("_langs");
        var aliases = new List<(string Name, string Lang)>();
        if (names.ValueKind == JsonValueKind.Array)
        {
            for (var i = 0; i < names.GetArrayLength(); i++)
            {
                var n = names[i].GetString() ?? "";
                var l = langs[i].GetString() ?? "";
                if (!(n == name && l.Length == 0))
                {
                    aliases.Add((n, l));
                }
            }
        }
        aliases.Sort((a, b) => SortOrder.CompareUtf8(a.Lang, b.Lang) is var c && c != 0 ? c : SortOrder.CompareUtf8(a.Name, b.Name));
        w.WriteStartArray();
        foreach (var (n, l) in aliases)
        {
            w.WriteStartObject();
            w.WriteString("name", n);
            if (l.Length == 0)
            {
                w.WriteNull("lang");
            }
            else
            {
                w.WriteString("lang", l);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void WriteSources(Utf8JsonWriter w, JsonElement stored, bool claims, string? property)
    {
        w.WriteStartArray();
        // The stored form of _sources belongs to the writer (Writing/SourceList.cs, docs/neo4j.md).
        foreach (var e in Writing.SourceList.Decode(stored))
        {
            var prop = e.Property;
            if (claims ? prop is null || (property is not null && prop != property) : prop is not null)
            {
                continue;
            }
            if (!_studies.TryGetValue(e.Study, out var studyName))
            {
                continue;
            }
            w.WriteStartObject();
            if (claims)
            {
                w.WriteString("property", prop);
                w.WritePropertyName("value");
                if (e.Value is null)
                {
                    w.WriteNullValue();
                }
                else
                {
                    w.WriteRawValue(e.Value);
                }
                WriteText(w, "qualifier", e.Qualifier);
            }
            w.WriteStartObject("study");
            w.WriteString("id", e.Study);
            WriteText(w, "name", studyName);
            w.WriteEndObject();
            WriteText(w, "certainty", e.Certainty == Model.Facts.Certainty.Inferred ? "inferred" : "stated");
            WriteText(w, "quote", e.Quote);
            WriteText(w, "dataset", e.Dataset);
            WriteText(w, "row", e.Row);
            WriteText(w, "note", e.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter w, string key, string? value)
    {
        if (value is null)
        {
            w.WriteNull(key);
        }
        else
        {
            w.WriteString(key, value);
        }
    }

    /// <summary>One node's data as the statement returned it, with its property JSON parsed when first needed.</summary>
    private sealed class Item(JsonElement raw)
    {
        private JsonElement? _props;
        private JsonElement? _edgeProps;

        public JsonElement Raw { get; } = raw;

        public string Id { get; } = raw.GetProperty("_id").GetString()!;

        public string? Kind { get; } = raw.GetProperty("_kind").GetString();

        public List<object?>? Keys { get; set; }

        public JsonElement Property(string name) => Find(_props ??= Parse("_p"), name);

        public JsonElement EdgeProperty(string name) => Find(_edgeProps ??= Parse("_ep"), name);

        public static JsonElement PropertyOf(JsonElement propsText, string name) =>
            propsText.ValueKind == JsonValueKind.String ? Find(JsonElement.Parse(propsText.GetString()!), name) : default;

        private JsonElement Parse(string key) =>
            Raw.TryGetProperty(key, out var text) && text.ValueKind == JsonValueKind.String ? JsonElement.Parse(text.GetString()!) : default;

        private static JsonElement Find(JsonElement props, string name) =>
            props.ValueKind == JsonValueKind.Object && props.TryGetProperty(name, out var v) ? v : default;
    }
}
