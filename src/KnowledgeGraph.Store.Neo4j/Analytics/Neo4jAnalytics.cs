using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Client;
using KnowledgeGraph.Store.Neo4j.Query;

namespace KnowledgeGraph.Store.Neo4j.Analytics;

/// <summary>
/// The research questions on Neo4j: one auto-commit read statement each, its row written as the very JSON the SQLite
/// back-end answers (docs/analytics.md). Neo4j failures surface as <see cref="Neo4jException"/> (<see cref="Neo4jBackend.Analytics"/> turns them
/// into store errors).
/// </summary>
/// <param name="client">The client.</param>
public sealed class Neo4jAnalytics(Neo4jClient client) : IGraphAnalytics
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The statement of a path query (validated first), to inspect or lint.</summary>
    public static CompiledCypher Compile(PathQuery query)
    {
        AnalyticsValidator.Validate(query);
        return PathCypher.Compile(query);
    }

    /// <inheritdoc/>
    public async Task<string> PathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        var compiled = Compile(query);
        var rows = await client.QueryAsync(compiled.Statement, r => r, cancellationToken).ConfigureAwait(false);
        var row = rows.Count == 1 ? rows[0] : throw new Neo4jException($"the path statement answered {rows.Count} rows instead of one.");
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            var paths = row["paths"];
            w.WriteStartObject();
            w.WritePropertyName("from");
            WriteNode(w, row["fromNode"]);
            w.WritePropertyName("to");
            WriteNode(w, row["toNode"]);
            if (paths.GetArrayLength() == 0)
            {
                w.WriteNull("length");
            }
            else
            {
                w.WriteNumber("length", paths[0].GetProperty("length").GetInt64());
            }
            w.WriteBoolean("truncated", false);
            w.WriteStartArray("paths");
            foreach (var path in paths.EnumerateArray())
            {
                w.WriteStartObject();
                w.WriteStartArray("nodes");
                foreach (var n in path.GetProperty("nodes").EnumerateArray())
                {
                    WriteNode(w, n);
                }
                w.WriteEndArray();
                w.WriteStartArray("relationships");
                foreach (var r in path.GetProperty("relationships").EnumerateArray())
                {
                    w.WriteStartObject();
                    w.WriteString("type", r.GetProperty("type").GetString());
                    w.WriteString("from", r.GetProperty("from").GetString());
                    w.WriteString("to", r.GetProperty("to").GetString());
                    w.WritePropertyName("properties");
                    var props = r.GetProperty("properties");
                    if (props.ValueKind == JsonValueKind.String)
                    {
                        w.WriteRawValue(props.GetString()!);
                    }
                    else
                    {
                        w.WriteNullValue();
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The statement of question 1 (validated first), to inspect or lint.</summary>
    public static CompiledCypher Compile(CollaborationQuery query)
    {
        AnalyticsValidator.Validate(query);
        return CollaborationCypher.Compile(query);
    }

    /// <summary>The statement of question 2 (validated first), to inspect or lint.</summary>
    public static CompiledCypher Compile(CityProfileQuery query)
    {
        AnalyticsValidator.Validate(query);
        return CityProfileCypher.Compile(query);
    }

    /// <summary>The statement of question 4 (validated first); for betweenness, the one fetching the scoped graph.</summary>
    public static CompiledCypher Compile(CentralityQuery query)
    {
        AnalyticsValidator.Validate(query);
        return CentralityCypher.Compile(query);
    }

    /// <summary>The statement of question 5, programme side (validated first).</summary>
    public static CompiledCypher Compile(ProgrammeProjectsQuery query)
    {
        AnalyticsValidator.Validate(query);
        return ProgrammeProjectsCypher.Compile(query);
    }

    /// <summary>The statement of question 5, country side (validated first).</summary>
    public static CompiledCypher Compile(CountryPartnersQuery query)
    {
        AnalyticsValidator.Validate(query);
        return CountryPartnersCypher.Compile(query);
    }

    /// <summary>The statement fetching a subgraph's facts (validated first), to inspect or lint.</summary>
    public static CompiledCypher Compile(SubgraphQuery query)
    {
        AnalyticsValidator.Validate(query);
        return SubgraphCypher.Compile(query);
    }

    /// <inheritdoc/>
    public async Task<string> SubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default)
    {
        var rows = await client.QueryAsync(Compile(query).Statement, r => r, cancellationToken).ConfigureAwait(false);
        var row = rows.Count == 1 ? rows[0] : throw new Neo4jException($"the subgraph statement answered {rows.Count} rows instead of one.");
        var facts = $"{{\"totalCount\":{row["totalCount"].GetRawText()},\"projects\":{row["projects"].GetRawText()}}}";
        return SubgraphAssembler.Assemble(facts, query);
    }

    /// <inheritdoc/>
    public async Task<string> CollaboratingCitiesAsync(CollaborationQuery query, CancellationToken cancellationToken = default) =>
        CollaborationCypher.Shape(await RowAsync(Compile(query), "collaboratingCities", cancellationToken).ConfigureAwait(false), query);

    /// <inheritdoc/>
    public async Task<string> CityProfileAsync(CityProfileQuery query, CancellationToken cancellationToken = default) =>
        CityProfileCypher.Shape(await RowAsync(Compile(query), "cityProfile", cancellationToken).ConfigureAwait(false), query);

    /// <inheritdoc/>
    public async Task<string> CentralityAsync(CentralityQuery query, CancellationToken cancellationToken = default) =>
        CentralityCypher.Shape(await RowAsync(Compile(query), "mostConnected", cancellationToken).ConfigureAwait(false), query, cancellationToken);

    /// <inheritdoc/>
    public async Task<string> ProgrammeProjectsAsync(ProgrammeProjectsQuery query, CancellationToken cancellationToken = default) =>
        ProgrammeProjectsCypher.Shape(await RowAsync(Compile(query), "programmeProjects", cancellationToken).ConfigureAwait(false), query);

    /// <inheritdoc/>
    public async Task<string> CountryPartnersAsync(CountryPartnersQuery query, CancellationToken cancellationToken = default) =>
        CountryPartnersCypher.Shape(await RowAsync(Compile(query), "countryPartners", cancellationToken).ConfigureAwait(false), query);

    /// <summary>Runs a question's statement as an auto-commit read and returns its one row as a JSON object of its columns.</summary>
    private async Task<JsonElement> RowAsync(CompiledCypher compiled, string question, CancellationToken cancellationToken)
    {
        var rows = await client.QueryAsync(compiled.Statement, r => r, cancellationToken).ConfigureAwait(false);
        var row = rows.Count == 1 ? rows[0] : throw new Neo4jException($"the {question} statement answered {rows.Count} rows instead of one.");
        var json = AnalyticsJson.Write(w =>
        {
            w.WriteStartObject();
            for (var i = 0; i < row.Keys.Count; i++)
            {
                w.WritePropertyName(row.Keys[i]);
                row[i].WriteTo(w);
            }
            w.WriteEndObject();
        });
        return JsonElement.Parse(json);
    }

    /// <summary>A node as <c>{"id", "kind", "name"}</c>, or null.</summary>
    private static void WriteNode(Utf8JsonWriter w, JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        foreach (var key in new[] { "id", "kind", "name" })
        {
            var v = node.GetProperty(key);
            if (v.ValueKind == JsonValueKind.String)
            {
                w.WriteString(key, v.GetString());
            }
            else
            {
                w.WriteNull(key);
            }
        }
        w.WriteEndObject();
    }
}
