using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Neo4j.Query;

/// <summary>
/// The full-text index search uses on Neo4j 5 and later: every kind's folded names and aliases (<c>_folded</c>, a list of
/// strings), analysed by Lucene's standard analyzer without stop words, so each folded word is one term (folded names
/// hold only lower-case letters, digits and single spaces). Neo4j 3.x has no full-text indexes and 4.x only through
/// procedures; there search reads the nodes' <c>_folded</c> lists without an index (docs/neo4j.md, "Search").
/// </summary>
public static class SearchIndex
{
    /// <summary>The index's name.</summary>
    public const string Name = "kg_search";

    /// <summary>The first major version with the index.</summary>
    public const int SinceMajor = 5;

    /// <summary>The statements that create the index on a server of <paramref name="major"/> version (none before 5); idempotent.</summary>
    public static IReadOnlyList<string> Schema(GraphModel model, int major) =>
        major >= SinceMajor
            ? [$"CREATE FULLTEXT INDEX {Name} IF NOT EXISTS FOR (n:{string.Join('|', model.NodeKinds.Select(k => CypherText.Quote(k.Name)))}) ON EACH [n._folded] " +
               "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}"]
            : [];

    /// <summary>
    /// The Lucene query for folded words: each word required, as a prefix (<c>+barc* +sona*</c>). A folded word holds only
    /// letters and digits, none of Lucene's special characters, and in lower case no operator (AND, OR, NOT) either.
    /// </summary>
    public static string Query(IEnumerable<string> words) => string.Join(" ", words.Select(w => "+" + w + "*"));
}
