using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Neo4j.Query;

internal sealed partial class CypherPlanWriter
{
    /// <summary>
    /// A search, matched and ranked as <see cref="SearchQuery"/> defines it for every back-end: every folded word of the
    /// text (<see cref="SearchWords.Folded"/>) must start a word of one folded name or alias (<c>_folded</c>,
    /// <see cref="TextKey"/>); best first: an exact folded name, then the shortest matching name, then by id.
    /// Without a full-text index (Neo4j 3.x, 4.x) the candidates are every node with names; with one
    /// (<paramref name="fullTextIndex"/>, Neo4j 5: <see cref="SearchIndex"/>) they are the index's hits for the words as
    /// prefixes, which hold every match (the index holds the same folded names), and the same test keeps the matches.
    /// </summary>
    public string Search(SearchQuery query, string? fullTextIndex = null)
    {
        var i = _c.Next();
        var n = "n" + i;
        var words = SearchWords.Folded(query.Text).ToArray();
        var lines = new List<string>();
        var carry = "";
        if (query.Projection.Fields.Any(NeedsStudies))
        {
            lines.Add($"OPTIONAL MATCH (st:{CypherText.Quote(studyLabel)})");
            lines.Add("WITH collect([st.id, st.name]) AS studies");
            carry = "studies, ";
        }
        lines.Add(fullTextIndex is null
            ? $"MATCH ({n})"
            : $"CALL db.index.fulltext.queryNodes({_c.Param(fullTextIndex)}, {_c.Param(SearchIndex.Query(words))}) YIELD node AS {n}");
        var conditions = new List<string>();
        if (query.Kinds is { Count: > 0 } kinds)
        {
            conditions.Add($"{n}.kind IN {_c.Param(kinds.Select(k => k.Name).ToArray())}");
        }
        if (fullTextIndex is null)
        {
            conditions.Add($"{n}._folded IS NOT NULL");
        }
        var w = _c.Param(words);
        var spaced = _c.Param(words.Select(x => " " + x).ToArray());
        if (conditions.Count > 0)
        {
            lines.Add("WHERE " + string.Join("\n  AND ", conditions));
        }
        lines.Add($"WITH {carry}{n}, [f IN {n}._folded WHERE all(j IN range(0, size({w}) - 1) WHERE f STARTS WITH {w}[j] OR f CONTAINS {spaced}[j]) | size(f)] AS hits");
        lines.Add("WHERE size(hits) > 0");
        lines.Add($"WITH {carry}{n}, CASE WHEN {_c.Param(string.Join(" ", words))} IN {n}._folded THEN 0 ELSE 1 END AS exact, reduce(m = 1000000, h IN hits | CASE WHEN h < m THEN h ELSE m END) AS shortest");
        lines.Add($"ORDER BY exact, shortest, {n}.id");
        lines.Add("LIMIT " + CypherText.Integer(query.First));
        lines.Add($"RETURN {carry}collect({Item(new NodeQuery { Projection = query.Projection }, n, null, [])}) AS items");
        return string.Join("\n", lines);
    }
}
