using System.Text.RegularExpressions;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>One line of SQLite's EXPLAIN QUERY PLAN: its id, its parent's id and what it says.</summary>
public sealed record PlanLine(int Id, int Parent, string Detail);

/// <summary>
/// Reads an EXPLAIN QUERY PLAN for loops that read a large part of a table: a table read inside a loop (under a
/// correlated subquery, or after another table of the same join, which it is nested in) must be a search by a
/// selective key. A <c>SCAN</c> of a table, or a <c>SEARCH</c> whose index is used only for the node's kind or the
/// edge's type (the few values that split the whole graph into a handful of large groups), reads every row of the
/// group once per outer row: the cliff of issue 20. Scans of subquery results (materialised or co-routines, named by
/// the plan) are not table reads.
/// </summary>
public static partial class QueryPlanCheck
{
    /// <summary>The columns that split a table into a few large groups: an index search on them alone is a scan of one.</summary>
    private static readonly HashSet<string> Unselective = ["kind", "type"];

    /// <summary>Every table read inside a loop that is not a selective search, with the plan line.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<PlanLine> lines)
    {
        var byId = lines.ToDictionary(l => l.Id);
        var subqueries = lines.Select(l => SubqueryName().Match(l.Detail)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        var problems = new List<string>();
        foreach (var line in lines)
        {
            var read = TableRead().Match(line.Detail);
            if (!read.Success || subqueries.Contains(read.Groups[2].Value) || !InLoop(line, lines, byId))
            {
                continue;
            }
            if (read.Groups[1].Value == "SCAN")
            {
                problems.Add($"a scan inside a loop: {line.Detail}");
                continue;
            }
            var keys = SearchKeys().Match(line.Detail);
            if (keys.Success && keys.Groups[1].Value.Split(" AND ").Select(Column).All(Unselective.Contains))
            {
                problems.Add($"a search by {keys.Groups[1].Value} alone inside a loop: {line.Detail}");
            }
        }
        return problems;
    }

    /// <summary>Under a correlated subquery, or after a table read of the same join (an inner loop of it).</summary>
    private static bool InLoop(PlanLine line, IReadOnlyList<PlanLine> lines, Dictionary<int, PlanLine> byId)
    {
        if (lines.Any(l => l.Parent == line.Parent && l.Id < line.Id && TableRead().IsMatch(l.Detail)))
        {
            return true;
        }
        for (var parent = line.Parent; byId.TryGetValue(parent, out var up); parent = up.Parent)
        {
            if (up.Detail.StartsWith("CORRELATED ", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static string Column(string constraint) => ConstraintColumn().Match(constraint.Trim()).Value;

    [GeneratedRegex(@"^(SCAN|SEARCH) (\S+)")]
    private static partial Regex TableRead();

    [GeneratedRegex(@"^(?:MATERIALIZE|CO-ROUTINE) (\S+)")]
    private static partial Regex SubqueryName();

    [GeneratedRegex(@"INDEX \S+ \((.*)\)$")]
    private static partial Regex SearchKeys();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z_0-9]*")]
    private static partial Regex ConstraintColumn();
}
