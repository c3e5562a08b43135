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
    /// The nodes related to <paramref name="parent"/> through a relationship; without <paramref name="joinNode"/> only
    /// the edges (for counts and sums over relationships).
    /// </summary>
    private Source RelatedSource(RelationshipType rel, Direction direction, string parent, bool joinNode = true, NodeKind? kind = null)
    {
        var i = _sql.NextAlias();
        string e = "e" + i, n = "n" + i;
        var type = _sql.Param(rel.Name);
        string other;
        var conditions = new List<string>();
        if (rel.IsSymmetric)
        {
            // Stored once (smaller id first): the node may stand at either end. Each end is its own indexed search
            // (src through UNIQUE(src, type, dst), dst through edges_by_dst), joined by UNION ALL: one condition
            // "src = p OR dst = p" is served by no index, and SQLite then reads every edge of the type per parent
            // (issue 20). A loop (src = dst) is read from the src end only. The derived rows keep the edge's columns
            // and name the other end.
            var u = "u" + i;
            var ends = $"SELECT {u}.seq, {u}.type, {u}.src, {u}.dst, {u}.props, {u}.dst AS other FROM edges {u} WHERE {u}.src = {parent}.seq AND {u}.type = {type}\n" +
                       $"UNION ALL\nSELECT {u}.seq, {u}.type, {u}.src, {u}.dst, {u}.props, {u}.src AS other FROM edges {u} WHERE {u}.dst = {parent}.seq AND {u}.type = {type} AND {u}.src <> {u}.dst";
            joinNode |= kind is not null;
            if (kind is not null)
            {
                conditions.Add($"{n}.kind = {_sql.Param(kind.Name)}");
            }
            var both = SqlText.Sub(ends) + " AS " + e;
            return new Source(joinNode ? $"{both} JOIN nodes {n} ON {n}.seq = {e}.other" : both, conditions, n, e);
        }
        else if (direction == Direction.Outgoing)
        {
            conditions.Add($"{e}.src = {parent}.seq");
            conditions.Add($"{e}.type = {type}");
            other = $"{e}.dst";
        }
        else
        {
            conditions.Add($"{e}.dst = {parent}.seq");
            conditions.Add($"{e}.type = {type}");
            other = $"{e}.src";
        }
        joinNode |= kind is not null;
        if (kind is not null)
        {
            conditions.Add($"{n}.kind = {_sql.Param(kind.Name)}");
        }
        return new Source(joinNode ? $"edges {e} JOIN nodes {n} ON {n}.seq = {other}" : "edges " + e, conditions, n, e);
    }

    private static string And(IEnumerable<string> conditions)
    {
        // Continuation lines of a condition (its subqueries) are indented under it.
        var list = conditions.Select(c => c.Replace("\n", "\n    ", StringComparison.Ordinal)).ToList();
        return list.Count == 0 ? "1" : string.Join("\n  AND ", list);
    }
}
