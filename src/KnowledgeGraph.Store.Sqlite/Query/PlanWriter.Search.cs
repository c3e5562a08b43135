using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Sqlite.Query;

internal sealed partial class PlanWriter
{
    /// <summary>
    /// A search: the FTS5 index of folded names and aliases matched with every folded word as a prefix; best first as
    /// <see cref="SearchQuery"/> defines it (an exact folded name, then the shortest matching name, then by id), read
    /// from the matched rows (each holds one folded name).
    /// </summary>
    public string Search(SearchQuery query)
    {
        var i = _sql.NextAlias();
        string n = "n" + i, m = "m" + i;
        var words = SearchWords.Folded(query.Text);
        var match = string.Join(" ", words.Select(w => "\"" + w + "\"*"));
        var conditions = new List<string>();
        if (query.Kinds is { Count: > 0 } kinds)
        {
            conditions.Add($"{n}.kind IN (SELECT value FROM json_each({_sql.ListParam(kinds.Select(k => k.Name))}))");
        }
        var source = new Source(
            $"(SELECT node, min(name <> {_sql.Param(string.Join(" ", words))}) AS inexact, min(length(name)) AS shortest\n" +
            $" FROM name_search WHERE name_search MATCH {_sql.Param(match)} GROUP BY node) AS {m}\n" +
            $"JOIN nodes {n} ON {n}.seq = {m}.node", conditions, n, null);
        var order = $"{m}.inexact, {m}.shortest, {n}.id";
        // The best matches by their keys first, then objects for those only (a short prefix matches thousands of names).
        var q = "q" + i;
        var pick = $"SELECT {n}.seq AS s, {m}.inexact AS inexact, {m}.shortest AS shortest, {n}.id AS id\n" +
                   $"FROM {source.From}\nWHERE {And(conditions)}\nORDER BY {order}\nLIMIT {SqlText.Integer(query.First)}";
        var rows = $"SELECT {NodeObject(query.Projection.Fields, [], source)} AS j, {q}.inexact AS inexact, {q}.shortest AS shortest, {q}.id AS id\n" +
                   $"FROM {Sub(pick)} AS {q}\nCROSS JOIN nodes {n} ON {n}.seq = {q}.s";
        return Sub($"SELECT json_group_array(json(r.j) ORDER BY r.inexact, r.shortest, r.id) FROM {Sub(rows)} AS r");
    }
}
