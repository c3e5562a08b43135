using System.Text.Json;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Seed.Export;

/// <summary>The whole graph as one JSON document, with every source.</summary>
public static class JsonExporter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(GraphExport graph, Stream output, CancellationToken cancellationToken)
    {
        var document = new
        {
            nodes = graph.Nodes.Select(n => new
            {
                id = n.Id,
                kind = n.Kind,
                name = n.Name,
                aliases = n.Aliases.Select(a => new { name = a.Name, lang = a.Language }),
                description = n.Description,
                properties = n.Properties,
                sources = n.Sources.Select(Source),
                claims = n.Claims.Select(Claim),
            }),
            relationships = graph.Relationships.Select(r => new
            {
                type = r.Type,
                from = r.FromId,
                to = r.ToId,
                properties = r.Properties,
                sources = r.Sources.Select(Source),
                claims = r.Claims.Select(Claim),
            }),
        };
        await JsonSerializer.SerializeAsync(output, document, Options, cancellationToken).ConfigureAwait(false);
    }

    private static object Source(StoredSource s) => new
    {
        study = s.StudyId,
        certainty = s.Certainty == Certainty.Inferred ? "inferred" : "stated",
        quote = s.Quote,
        dataset = s.Dataset,
        row = s.Row,
        note = s.Note,
    };

    private static object Claim(StoredClaim c) => new { property = c.Property, value = c.Value, qualifier = c.Qualifier, source = Source(c.Source) };
}
