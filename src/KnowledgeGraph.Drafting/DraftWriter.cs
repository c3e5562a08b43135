using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Drafting;

/// <summary>
/// Writes a draft as a study file (docs/study-format.md) that <c>kg-seed validate</c> accepts as it is: every proposal
/// with its confidence and rule in a comment; proposals below <see cref="DraftRules.ActiveConfidence"/>, and
/// relationships that need such a node, commented out under a review heading, for the curator to accept or delete.
/// </summary>
public sealed class DraftWriter(DraftRules rules)
{
    /// <summary>The study file's text.</summary>
    public string Write(Draft draft, int knownNodes)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# yaml-language-server: $schema=../docs/study.schema.json");
        sb.AppendLine($"# DRAFT made by `kg-seed draft` from {draft.Document} (language {draft.Language.Code}, {knownNodes} known nodes searched).");
        sb.AppendLine("# Every proposal says its confidence and the rule that made it (docs/drafting.md). Check each against the");
        sb.AppendLine($"# document; the ones under 'review' (confidence below {Format(rules.ActiveConfidence)}) are commented out: uncomment what is right.");
        sb.AppendLine("# Then rename the ids of new nodes as you like, add descriptions, and run `kg-seed validate` and `kg-seed diff`.");
        foreach (var remark in draft.Remarks)
        {
            sb.AppendLine($"# note: {remark}");
        }
        sb.AppendLine("study:");
        sb.AppendLine($"  id: {draft.Study.Id}");
        sb.AppendLine($"  name: {Quote(draft.Study.Name)}");
        sb.AppendLine($"  quote: {Quote(draft.Study.Quote!)}");
        sb.AppendLine("  properties:");
        sb.AppendLine($"    {rules.LanguageProperty}: {draft.Language.Code}");
        sb.AppendLine($"    {rules.DocumentProperty}: {Quote(draft.Document)}");
        sb.AppendLine();

        var active = draft.Nodes.Where(IsActive).ToList();
        var activeIds = active.Select(n => n.Id).Append(draft.Study.Id).ToHashSet(StringComparer.Ordinal);
        sb.AppendLine("nodes:");
        foreach (var node in active)
        {
            WriteNode(sb, node, "");
        }
        var review = draft.Nodes.Where(n => !IsActive(n)).ToList();
        if (review.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("  # --- review: low-confidence nodes; uncomment what is right ---");
            foreach (var node in review)
            {
                WriteNode(sb, node, "# ");
            }
        }
        if (active.Count == 0)
        {
            sb.AppendLine("  []");
        }

        var relationships = draft.Relationships.Select(r => (r, Active: r.Why.Confidence >= rules.ActiveConfidence
            && activeIds.Contains(r.From.Id) && activeIds.Contains(r.To.Id))).ToList();
        sb.AppendLine();
        sb.AppendLine("relationships:");
        foreach (var (relationship, _) in relationships.Where(r => r.Active))
        {
            WriteRelationship(sb, relationship, "");
        }
        if (relationships.Any(r => !r.Active))
        {
            sb.AppendLine();
            sb.AppendLine("  # --- review: low-confidence relationships, or ones joining a node under review ---");
            foreach (var (relationship, _) in relationships.Where(r => !r.Active))
            {
                WriteRelationship(sb, relationship, "# ");
            }
        }
        if (!relationships.Any(r => r.Active))
        {
            sb.AppendLine("  []");
        }
        return sb.ToString();
    }

    private bool IsActive(DraftNode node) => node.Why.Confidence >= rules.ActiveConfidence;

    private static void WriteNode(StringBuilder sb, DraftNode node, string comment)
    {
        var origin = node.Known ? "known" : "NEW";
        sb.AppendLine($"  {comment}# {origin}, confidence {Format(node.Why.Confidence)}, rule {node.Why.Rule}{(node.Remark is null ? "" : "; " + node.Remark)}");
        sb.AppendLine($"  {comment}- id: {node.Id}");
        sb.AppendLine($"  {comment}  kind: {node.Kind.Name}");
        sb.AppendLine($"  {comment}  name: {Quote(node.Name)}");
        if (node.Aliases.Count > 0)
        {
            sb.AppendLine($"  {comment}  aliases: [{string.Join(", ", node.Aliases.Select(Quote))}]");
        }
        WriteSource(sb, comment, node.Quote, node.Note);
        WriteClaims(sb, comment, node.Claims);
    }

    private static void WriteRelationship(StringBuilder sb, DraftRelationship relationship, string comment)
    {
        sb.AppendLine($"  {comment}- type: {relationship.Type.Name}  # confidence {Format(relationship.Why.Confidence)}, rule {relationship.Why.Rule}");
        sb.AppendLine($"  {comment}  from: {relationship.From.Id}");
        sb.AppendLine($"  {comment}  to: {relationship.To.Id}");
        WriteSource(sb, comment, relationship.Quote, relationship.Note);
        WriteClaims(sb, comment, relationship.Claims);
    }

    private static void WriteSource(StringBuilder sb, string comment, string? quote, string? note)
    {
        if (quote is not null)
        {
            sb.AppendLine($"  {comment}  quote: {Quote(quote)}");
        }
        else
        {
            sb.AppendLine($"  {comment}  inferred: true");
            sb.AppendLine($"  {comment}  note: {Quote(note ?? "proposed by kg-seed draft")}");
        }
    }

    private static void WriteClaims(StringBuilder sb, string comment, IReadOnlyList<DraftClaim> claims)
    {
        if (claims.Count == 0)
        {
            return;
        }
        sb.AppendLine($"  {comment}  properties:");
        foreach (var group in claims.GroupBy(c => c.Property))
        {
            var items = group.Select(c =>
                $"{{value: {Value(c.Value)}{(c.Qualifier is null ? "" : $", qualifier: {c.Qualifier}")}, quote: {Quote(c.Quote)}}}").ToList();
            var why = string.Join("; ", group.Select(c => $"confidence {Format(c.Why.Confidence)}, rule {c.Why.Rule}").Distinct());
            sb.AppendLine(items.Count == 1
                ? $"  {comment}    {group.Key}: {items[0]}  # {why}"
                : $"  {comment}    {group.Key}: [{string.Join(", ", items)}]  # {why}");
        }
    }

    private static string Value(object value) => value switch
    {
        string text => Quote(text),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? ""),
    };

    private static string Format(double confidence) => confidence.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ when char.IsControl(ch) => $"\\u{(int)ch:X4}",
                _ => ch.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
