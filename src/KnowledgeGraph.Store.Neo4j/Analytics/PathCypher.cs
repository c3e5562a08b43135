using System.Text;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Query;

namespace KnowledgeGraph.Store.Neo4j.Analytics;

/// <summary>
/// Question 3 in Cypher: the shortest paths between two nodes by Neo4j's own <c>allShortestPaths</c>, in one statement.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Each end is the node holding the id as its <c>id</c> or among its <c>_keys</c> (as SQLite's <c>node_keys</c>),
/// looked up under the label of the kind the id's prefix names (not among all nodes); <c>collect(x)[0]</c> keeps a
/// missing end as null without losing the row.</item>
/// <item>The search runs only for two different ends (Neo4j refuses a shortest path from a node to itself; the same
/// node is the path of length 0, built in the <c>RETURN</c>), relationships either way, of the allowed types, through at
/// most <c>MaxHops</c>; the kind exclusion is a predicate on every node of the path except the ends, which Neo4j
/// evaluates during the breadth-first search.</item>
/// <item>Paths are ordered by SQLite's key (the ids and types along the path joined by tabs) and the first
/// <c>MaxPaths</c> kept; each relationship reports its stored direction (symmetric ones are stored oriented by
/// <c>_seq</c>, as in SQLite) and its <c>_props</c> (SQLite's JSON text).</item>
/// <item>There is no breadth limit: Neo4j's bidirectional search is bounded by the hops, so <c>truncated</c> is
/// always false.</item>
/// </list>
/// </remarks>
internal static class PathCypher
{
    /// <summary>The statement for <paramref name="query"/> (validated by the caller).</summary>
    public static CompiledCypher Compile(PathQuery query)
    {
        var c = new CypherText();
        var types = query.RelationshipTypes is { Count: > 0 } t
            ? ":" + string.Join("|", t.Select(r => CypherText.Quote(r.Name)).Distinct(StringComparer.Ordinal))
            : "";
        var where = new StringBuilder("a <> b");
        if (query.ExcludedKinds.Count > 0)
        {
            var kinds = c.Param(query.ExcludedKinds.Select(k => k.Name).Distinct(StringComparer.Ordinal).ToArray());
            where.Append($" AND all(x IN nodes(p) WHERE x = a OR x = b OR NOT x.kind IN {kinds})");
        }
        const string node = "{id: {0}.id, kind: {0}.kind, name: {0}.name}";
        string Node(string v) => node.Replace("{0}", v, StringComparison.Ordinal);
        var from = c.Param(query.FromId);
        var to = c.Param(query.ToId);
        var text = $$"""
            OPTIONAL MATCH (a{{Label(query.FromId)}}) WHERE a.id = {{from}} OR {{from}} IN a._keys
            WITH collect(a)[0] AS a
            OPTIONAL MATCH (b{{Label(query.ToId)}}) WHERE b.id = {{to}} OR {{to}} IN b._keys
            WITH a, collect(b)[0] AS b
            OPTIONAL MATCH p = allShortestPaths((a)-[{{types}}*1..{{CypherText.Integer(query.MaxHops)}}]-(b))
            WHERE {{where}}
            WITH a, b, p, CASE WHEN p IS NULL THEN '' ELSE reduce(k = a.id, i IN range(0, length(p) - 1) | k + '\t' + type(relationships(p)[i]) + '\t' + (nodes(p)[i + 1]).id) END AS key
            ORDER BY key
            WITH a, b, collect(CASE WHEN p IS NULL THEN NULL ELSE {length: length(p), nodes: [x IN nodes(p) | {{Node("x")}}], relationships: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: r._props}]} END) AS paths
            RETURN CASE WHEN a IS NULL THEN NULL ELSE {{Node("a")}} END AS fromNode,
                CASE WHEN b IS NULL THEN NULL ELSE {{Node("b")}} END AS toNode,
                CASE WHEN a IS NULL OR b IS NULL THEN [] WHEN a = b THEN [{length: 0, nodes: [{{Node("a")}}], relationships: []}] ELSE paths[..{{CypherText.Integer(query.MaxPaths)}}] END AS paths
            """;
        return new CompiledCypher(text, c.Parameters, null);
    }

    /// <summary>
    /// The label of the kind whose id prefix <paramref name="id"/> carries (every id of a kind, and every id a source used
    /// for one of its nodes, has it), so the end is looked up among that kind's nodes only; "" when no kind has the prefix.
    /// </summary>
    private static string Label(string id) =>
        KnowledgeGraph.Model.Schema.CityNetworksModel.Instance.NodeKinds.FirstOrDefault(k => id.StartsWith(k.IdPrefix + ":", StringComparison.Ordinal)) is { } kind
            ? ":" + CypherText.Quote(kind.Name)
            : "";
}
