using System.Text;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Studies;

/// <summary>The model's kinds, relationships and properties as Markdown tables, for docs/study-format.md.</summary>
public static class ModelDocs
{
    /// <summary>The marker lines between which docs/study-format.md holds the generated tables.</summary>
    public const string Begin = "<!-- model:begin -->", End = "<!-- model:end -->";

    /// <summary>Generates the tables.</summary>
    public static string Markdown(GraphModel model)
    {
        var sb = new StringBuilder();
        sb.Append("### Node kinds\n\nEvery node has `id`, `name`, `aliases` and `description`; these are the kinds' own properties.\n\n");
        sb.Append("| kind | id prefix | what it is | properties |\n|---|---|---|---|\n");
        foreach (var kind in model.NodeKinds)
        {
            sb.Append($"| {kind.Name} | `{kind.IdPrefix}:` | {kind.Description} | {Props(kind.Properties)} |\n");
        }
        sb.Append("\n### Relationship types\n\n| type | from → to | what it states | properties |\n|---|---|---|---|\n");
        foreach (var rel in model.RelationshipTypes)
        {
            var shape = string.Join("; ", rel.Endpoints.Select(e => $"{string.Join(" or ", e.From.Select(k => k.Name))} → {string.Join(" or ", e.To.Select(k => k.Name))}"));
            sb.Append($"| `{rel.Name}`{(rel.IsSymmetric ? " (either way)" : "")} | {shape} | {rel.Description} | {Props(rel.Properties)} |\n");
        }
        return sb.ToString();
    }

    /// <summary>Returns <paramref name="document"/> with the text between the markers replaced by the generated tables.</summary>
    public static string Splice(string document, GraphModel model)
    {
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"The document has no '{Begin}' ... '{End}' section.");
        }
        return document[..(start + Begin.Length)] + "\n" + Markdown(model) + document[end..];
    }

    private static string Props(IReadOnlyList<PropertyDefinition> properties) =>
        properties.Count == 0 ? "—" : string.Join("<br>", properties.Select(p =>
            $"`{p.Name}` ({(p.Type == PropertyType.Enum ? string.Join(" \\| ", p.AllowedValues) : p.Type.ToString().ToLowerInvariant())}): {p.Description}"));
}
