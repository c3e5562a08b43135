using System.Globalization;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Import;

/// <summary>The end-of-import summary: per source rows, matches and match rate; nodes and relationships added; rates.</summary>
public static class ImportSummary
{
    /// <summary>Writes the summary of <paramref name="plan"/> loaded with <paramref name="report"/> in <paramref name="loadSeconds"/>.</summary>
    public static void Write(TextWriter output, ImportPlan plan, LoadReport report, double loadSeconds)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(string.Create(c, $"{"source",-20} {"rows",9} {"nodes",8} {"rels",8} {"matched",8} {"unmatched",9} {"match rate",10}"));
        foreach (var s in plan.Context.Report.Sources)
        {
            output.WriteLine(string.Create(c, $"{s.Name,-20} {s.Rows,9:N0} {s.NodesAsserted,8:N0} {s.RelationshipsAsserted,8:N0} {s.Matched,8:N0} {s.Unmatched,9:N0} {s.MatchRate,9:0.0}%"));
            foreach (var (method, count) in s.MatchedByMethod)
            {
                output.WriteLine(string.Create(c, $"    {count,8:N0}  {method}"));
            }
        }
        foreach (var skipped in plan.Skipped)
        {
            output.WriteLine($"skipped: {skipped}");
        }
        var nodesAdded = report.Changes.Where(ch => ch.Kind == ChangeKind.NodeAdded).GroupBy(ch => ch.Detail ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal);
        var relsAdded = report.Changes.Where(ch => ch.Kind == ChangeKind.RelationshipAdded).GroupBy(ch => ch.Subject.Split(' ')[0]).OrderBy(g => g.Key, StringComparer.Ordinal);
        output.WriteLine();
        output.WriteLine(string.Create(c, $"Nodes added: {report.Count(ChangeKind.NodeAdded):N0} ({string.Join(", ", nodesAdded.Select(g => string.Create(c, $"{g.Key} {g.Count():N0}")))})"));
        output.WriteLine(string.Create(c, $"Relationships added: {report.Count(ChangeKind.RelationshipAdded):N0} ({string.Join(", ", relsAdded.Select(g => string.Create(c, $"{g.Key} {g.Count():N0}")))})"));
        output.WriteLine(string.Create(c, $"Also: {report.Count(ChangeKind.NodeMerged):N0} nodes merged, {report.Count(ChangeKind.NameAdded):N0} names added, {report.Count(ChangeKind.PropertyChanged):N0} properties changed, {report.Count(ChangeKind.SourceAdded):N0} sources added."));
        if (report.IsEmpty)
        {
            output.WriteLine("No changes: the store already holds these facts.");
        }
        var matched = plan.Context.Report.Sources.Sum(s => s.Matched);
        var unmatched = plan.Context.Report.Sources.Sum(s => s.Unmatched);
        output.WriteLine(string.Create(c, $"Cities matched: {matched:N0}, unmatched: {unmatched:N0} ({plan.Context.Report.Unmatched.Count:N0} rows in the report)."));
        var facts = plan.NodeAssertions + plan.RelationshipAssertions;
        output.WriteLine(string.Create(c,
            $"Time: gazetteer {plan.GazetteerSeconds:0.0} s, read {plan.ReadSeconds:0.0} s ({plan.Rows / Math.Max(plan.ReadSeconds, 1e-3):N0} rows/s), load {loadSeconds:0.0} s ({facts / Math.Max(loadSeconds, 1e-3):N0} facts/s, {plan.RelationshipAssertions / Math.Max(loadSeconds, 1e-3):N0} relationships/s)."));
    }
}
