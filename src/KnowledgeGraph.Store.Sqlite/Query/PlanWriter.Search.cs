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
        var rows = $"SELECT {NodeObject(query.Projection.Fields, [], source)} AS j,\n       row_number() OVER (ORDER BY {order}) AS rn\n" +
                   $"FROM {source.From}\nWHERE {And(conditions)}\nORDER BY {order}\nLIMIT {_sql.Param(query.First)}";
        return Sub($"SELECT json_group_array(json(r.j) ORDER BY r.rn) FROM {Sub(rows)} AS r");
    }
}
