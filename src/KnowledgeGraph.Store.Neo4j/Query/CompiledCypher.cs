using KnowledgeGraph.Store.Neo4j.Client;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Neo4j.Query;

/// <summary>
/// One Cypher statement for one plan, and what <see cref="ResultShaper"/> needs to turn its one row into the plan's JSON:
/// the statement returns the node data (ordered and paged at the root), and the shaper lays out keys, sources, cursors
/// and nested pages exactly as the SQLite back-end does.
/// </summary>
/// <param name="Text">The statement.</param>
/// <param name="Parameters">Every value it uses, by name (<c>p1</c>...).</param>
/// <param name="Plan">The plan (null for a search).</param>
/// <param name="Search">The search (null for a plan).</param>
public sealed record CompiledCypher(string Text, IReadOnlyDictionary<string, object?> Parameters, NodeQuery? Plan, SearchQuery? Search = null)
{
    /// <summary>The statement as the client sends it.</summary>
    public CypherStatement Statement => new(Text, Parameters);
}
