using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Seed.Export;

/// <summary>Three CSV files (RFC 4180) in a folder: nodes.csv, relationships.csv and sources.csv.</summary>
public static class CsvExporter
{
    /// <summary>Writes the files into <paramref name="folder"/>, creating it when needed.</summary>
    public static async Task WriteAsync(GraphExport graph, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var nodes = new StringBuilder("id,kind,name,aliases,description,properties\n");
        var sources = new StringBuilder("subject,property,value,qualifier,study,certainty,quote,dataset,row,note\n");
        foreach (var n in graph.Nodes)
        {
            Row(nodes, n.Id, n.Kind, n.Name, string.Join("; ", n.Aliases.Select(a => a.Language is null ? a.Name : $"{a.Name}@{a.Language}")),
                n.Description, JsonSerializer.Serialize(n.Properties));
            foreach (var s in n.Sources)
            {
                Row(sources, n.Id, null, null, null, s.StudyId, Certainty(s.Certainty), s.Quote, s.Dataset, s.Row, s.Note);
            }
            foreach (var c in n.Claims)
            {
                Row(sources, n.Id, c.Property, Convert.ToString(c.Value, CultureInfo.InvariantCulture), c.Qualifier, c.Source.StudyId,
                    Certainty(c.Source.Certainty), c.Source.Quote, c.Source.Dataset, c.Source.Row, c.Source.Note);
            }
        }
        var rels = new StringBuilder("type,from,to,properties\n");
        foreach (var r in graph.Relationships)
        {
            Row(rels, r.Type, r.FromId, r.ToId, JsonSerializer.Serialize(r.Properties));
            var subject = $"{r.Type} {r.FromId} -> {r.ToId}";
            foreach (var s in r.Sources)
            {
                Row(sources, subject, null, null, null, s.StudyId, Certainty(s.Certainty), s.Quote, s.Dataset, s.Row, s.Note);
            }
            foreach (var c in r.Claims)
            {
                Row(sources, subject, c.Property, Convert.ToString(c.Value, CultureInfo.InvariantCulture), c.Qualifier, c.Source.StudyId,
                    Certainty(c.Source.Certainty), c.Source.Quote, c.Source.Dataset, c.Source.Row, c.Source.Note);
            }
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "nodes.csv"), nodes.ToString(), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, "relationships.csv"), rels.ToString(), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder, "sources.csv"), sources.ToString(), cancellationToken).ConfigureAwait(false);
    }

    private static string Certainty(Certainty c) => c == Model.Facts.Certainty.Inferred ? "inferred" : "stated";

    private static void Row(StringBuilder sb, params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }
            var f = fields[i] ?? "";
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                sb.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(f);
            }
        }
        sb.Append('\n');
    }
}
