using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Neo4j.Query;

internal sealed partial class CypherPlanWriter
{
    /// <summary>
    /// A search without a full-text index (Neo4j 3.x and 4.x): every folded word of the text must start a word of one
    /// folded name or alias (<c>_folded</c>, <see cref="TextKey"/>: case and accents removed, as SQLite's unicode61
    /// tokenizer with diacritics removed). Best match first: an exact name, then the shortest matching name, then by id.
    /// SQLite ranks by bm25, so the order of equally good matches may differ (docs/neo4j.md).
    /// </summary>
    public string Search(SearchQuery query)
    {
        var i = _c.Next();
        var n = "n" + i;
        var words = SearchWords.Split(query.Text).Select(TextKey.Normalize).Where(w => w.Length > 0).ToArray();
        var lines = new List<string>();
        var carry = "";
        if (query.Projection.Fields.Any(NeedsStudies))
        {
            lines.Add($"OPTIONAL MATCH (st:{CypherText.Quote(studyLabel)})");
            lines.Add("WITH collect([st.id, st.name]) AS studies");
            carry = "studies, ";
        }
        lines.Add($"MATCH ({n})");
        var conditions = new List<string>();
        if (query.Kinds is { Count: > 0 } kinds)
        {
            conditions.Add($"{n}.kind IN {_c.Param(kinds.Select(k => k.Name).ToArray())}");
        }
        var w = _c.Param(words);
        var spaced = _c.Param(words.Select(x => " " + x).ToArray());
        conditions.Add($"{n}._folded IS NOT NULL");
        lines.Add("WHERE " + string.Join("\n  AND ", conditions));
        lines.Add($"WITH {carry}{n}, [f IN {n}._folded WHERE all(j IN range(0, size({w}) - 1) WHERE f STARTS WITH {w}[j] OR f CONTAINS {spaced}[j]) | size(f)] AS hits");
        lines.Add("WHERE size(hits) > 0");
        lines.Add($"WITH {carry}{n}, CASE WHEN {_c.Param(string.Join(" ", words))} IN {n}._folded THEN 0 ELSE 1 END AS exact, reduce(m = 1000000, h IN hits | CASE WHEN h < m THEN h ELSE m END) AS shortest");
        lines.Add($"ORDER BY exact, shortest, {n}.id");
        lines.Add("LIMIT " + CypherText.Integer(query.First));
        lines.Add($"RETURN {carry}collect({Item(new NodeQuery { Projection = query.Projection }, n, null, [])}) AS items");
        return string.Join("\n", lines);
    }
}
