using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Sqlite.Query;

/// <summary>Where a level's nodes come from: the FROM clause, its conditions, and the node (and edge) aliases.</summary>
internal sealed record Source(string From, IReadOnlyList<string> Conditions, string Node, string? Edge);

/// <summary>One key of an ordering: its value, whether text (compared ignoring ASCII case) and the direction.</summary>
internal sealed record OrderKey(string Value, bool Text, bool Descending)
{
    /// <summary>An expression holding this key's value as it is compared (with the collation of text keys).</summary>
    public string Compared(string expression) => Text ? expression + " COLLATE NOCASE" : expression;

    /// <summary>An ORDER BY term over an expression holding this key's value.</summary>
    public string On(string expression) => Compared(expression) + (Descending ? " DESC" : "");
}

/// <summary>Writes the SQL of one plan (see <see cref="SqliteQueryCompiler"/>).</summary>
internal sealed partial class PlanWriter
{
    private readonly SqlText _sql;

    public PlanWriter(SqlText sql) => _sql = sql;

    /// <summary>The root expression: a JSON array, object or 'null'.</summary>
    public string Root(NodeQuery query)
    {
        var source = RootSource(query.Kind);
        var set = Set(query, source, null);
        return query.Shape == ResultShape.Single ? $"coalesce({set}, 'null')" : set;
    }

    private Source RootSource(NodeKind? kind)
    {
        var n = "n" + _sql.NextAlias();
        return new Source("nodes " + n, kind is null ? [] : [$"{n}.kind = {_sql.Param(kind.Name)}"], n, null);
    }

    /// <summary>
    /// The nodes related to <paramref name="parent"/> through a relationship (and the edges reaching them), as one FROM
    /// that a level filters, orders and pages.
    /// </summary>
    /// <remarks>
    /// A symmetric relationship is stored once (smaller id first), so the node may stand at either end. Each end is
    /// its own indexed search (src through UNIQUE(src, type, dst), dst through edges_by_dst), joined by UNION ALL
    /// into rows that keep the edge's columns and name the other end: one condition "src = p OR dst = p" is served by
    /// no index, and SQLite then read every edge of the type once per parent (issue 20). A loop (src = dst) is read
    /// from its src end only.
    /// </remarks>
    private Source RelatedSource(RelationshipType rel, Direction direction, string parent)
    {
        if (!rel.IsSymmetric)
        {
            return EndSource(new End(rel, direction, ExcludeLoops: false), parent);
        }
        var i = _sql.NextAlias();
        string e = "e" + i, n = "n" + i, u = "u" + i;
        var type = _sql.Param(rel.Name);
        var columns = $"{u}.seq, {u}.type, {u}.src, {u}.dst, {u}.props";
        var ends = $"SELECT {columns}, {u}.dst AS other FROM edges {u} WHERE {u}.src = {parent}.seq AND {u}.type = {type}\n" +
                   $"UNION ALL\nSELECT {columns}, {u}.src AS other FROM edges {u} WHERE {u}.dst = {parent}.seq AND {u}.type = {type} AND {u}.src <> {u}.dst";
        return new Source($"{Sub(ends)} AS {e} JOIN nodes {n} ON {n}.seq = {e}.other", [], n, e);
    }

    /// <summary>One end a node may stand at: the side of a directed relationship, or either end of a symmetric one.</summary>
    /// <param name="ExcludeLoops">The second end of a symmetric relationship: a loop was read from the first.</param>
    private sealed record End(RelationshipType Relationship, Direction Direction, bool ExcludeLoops);

    /// <summary>
    /// The ends to read for counts, sums and relationship filters, each its own indexed search: one for a directed
    /// relationship, both for a symmetric one (whose counts add up and whose filters hold at either end), so that no
    /// subquery rows are built to be counted (see <see cref="RelatedSource"/>).
    /// </summary>
    private static IReadOnlyList<End> Ends(RelationshipType rel, Direction direction) => rel.IsSymmetric
        ? [new End(rel, Direction.Outgoing, ExcludeLoops: false), new End(rel, Direction.Incoming, ExcludeLoops: true)]
        : [new End(rel, direction, ExcludeLoops: false)];

    /// <summary>The edges (and, with <paramref name="joinNode"/>, the nodes) at one end of the parent.</summary>
    private Source EndSource(End end, string parent, bool joinNode = true, NodeKind? kind = null)
    {
        var i = _sql.NextAlias();
        string e = "e" + i, n = "n" + i;
        var type = _sql.Param(end.Relationship.Name);
        var (self, other) = end.Direction == Direction.Outgoing ? ("src", "dst") : ("dst", "src");
        var conditions = new List<string> { $"{e}.{self} = {parent}.seq", $"{e}.type = {type}" };
        if (end.ExcludeLoops)
        {
            conditions.Add($"{e}.src <> {e}.dst");
        }
        if (kind is not null)
        {
            conditions.Add($"{n}.kind = {_sql.Param(kind.Name)}");
        }
        return new Source(joinNode || kind is not null ? $"edges {e} JOIN nodes {n} ON {n}.seq = {e}.{other}" : "edges " + e, conditions, n, e);
    }

    private static string And(IEnumerable<string> conditions)
    {
        // Continuation lines of a condition (its subqueries) are indented under it.
        var list = conditions.Select(c => c.Replace("\n", "\n    ", StringComparison.Ordinal)).ToList();
        return list.Count == 0 ? "1" : string.Join("\n  AND ", list);
    }
}
