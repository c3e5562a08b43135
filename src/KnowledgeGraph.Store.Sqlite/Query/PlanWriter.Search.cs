using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Sqlite.Query;

internal sealed partial class PlanWriter
{
    /// <summary>
    /// A search: the FTS5 index of names and aliases (unicode61, diacritics removed) matched with every word as a
    /// prefix, best rank per node first, then by id.
    /// </summary>
    public string Search(SearchQuery query)
    {
        var i = _sql.NextAlias();
        string n = "n" + i, m = "m" + i;
        var match = string.Join(" ", SearchWords.Split(query.Text).Select(w => "\"" + w + "\"*"));
        var conditions = new List<string>();
        if (query.Kinds is { Count: > 0 } kinds)
        {
            conditions.Add($"{n}.kind IN (SELECT value FROM json_each({_sql.ListParam(kinds.Select(k => k.Name))}))");
        }
        var source = new Source(
            $"(SELECT node, min(rank) AS rank FROM name_search WHERE name_search MATCH {_sql.Param(match)} GROUP BY node) AS {m}\n" +
            $"JOIN nodes {n} ON {n}.seq = {m}.node", conditions, n, null);
        var order = $"{m}.rank, {n}.id";
        // The best matches by their keys first, then objects for those only (a short prefix matches thousands of names).
        var q = "q" + i;
        var pick = $"SELECT {n}.seq AS s, {m}.rank AS rank, {n}.id AS id\n" +
                   $"FROM {source.From}\nWHERE {And(conditions)}\nORDER BY {order}\nLIMIT {SqlText.Integer(query.First)}";
        var rows = $"SELECT {NodeObject(query.Projection.Fields, [], source)} AS j, {q}.rank AS rank, {q}.id AS id\n" +
                   $"FROM {Sub(pick)} AS {q}\nCROSS JOIN nodes {n} ON {n}.seq = {q}.s";
        return Sub($"SELECT json_group_array(json(r.j) ORDER BY r.rank, r.id) FROM {Sub(rows)} AS r");
    }
}
