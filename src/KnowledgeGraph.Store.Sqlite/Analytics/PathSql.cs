using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>
/// Question 3 in SQL: shortest paths by a bidirectional breadth-first search in recursive CTEs.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item><c>fw</c> / <c>bw</c>: (node, distance) rows walked from each end, <c>UNION</c> (so each pair once, which
/// also stops cycles), the source side up to ⌈hops/2⌉, the target side up to ⌊hops/2⌋, both capped by the breadth
/// limit; relationships either way, of the allowed types, never into an excluded kind (except the other end).</item>
/// <item><c>ds</c> / <c>dt</c>: the distance of each node from each end; <c>len</c>: the shortest length
/// min(ds + dt); <c>meet</c>: the nodes where the walks meet on a shortest path.</item>
/// <item><c>useful</c>: every node on some shortest path with its position, stepping back from <c>meet</c>
/// towards the source (ds decreasing) and on towards the target (dt decreasing).</item>
/// <item>Every recursive step is written <c>CROSS JOIN</c>, which fixes SQLite's join order: the one queued row first,
/// then its edges through an index (otherwise a type filter can make the planner scan all edges of the type per row).</item>
/// <item>Iterative deepening: the search within 2 hops runs first, then within 4, ... up to <c>MaxHops</c>, each
/// phase only when the earlier ones found nothing, so two nodes a step or two apart cost two shallow walks instead of
/// two walks of ⌈MaxHops/2⌉ (which from a large city reach much of the graph).</item>
/// <item>The first phase (within 1 or 2 hops) is plain joins instead: each end's relationships (<c>na</c> / <c>nb</c>,
/// read in full: no walk, so no breadth limit and never truncated), a relationship between the ends, else the nodes
/// related to both; the paths of the shortest length are built, sorted by key and limited directly.</item>
/// <item><c>paths</c>: a depth-first enumeration from the source through <c>useful</c> nodes, position by position
/// (so no cycles), ordered by the node ids on the way (a priority queue: deepest first, then smallest key), stopping
/// after enough rows for the paths asked for; the visited path is kept as JSON arrays of node and edge seqs.</item>
/// </list>
/// </remarks>
internal static class PathSql
{
    public static CompiledQuery Compile(PathQuery query)
    {
        var sql = new AnalyticsSql();
        var types = query.RelationshipTypes is { Count: > 0 } t
            ? $" AND e.type IN ({string.Join(", ", t.Select(sql.T))})"
            : "";
        // Plain lists of parameters: the planner treats them as constants (a json_each subquery per row was slower).
        var excluded = query.ExcludedKinds.Count == 0 ? "0" : $"n.kind IN ({string.Join(", ", query.ExcludedKinds.Select(sql.K))})";
        var breadth = sql.P(query.BreadthLimit);
        sql.Cte($"ends(s, t) AS MATERIALIZED (SELECT {sql.Node(query.FromId)}, {sql.Node(query.ToId)})");
        // Iterative deepening: each phase is the whole search within fewer hops; a later phase runs only when the earlier
        // ones found no path (CASE evaluates only the branch it takes, and a CTE is computed when first read).
        var phases = Hops(query.MaxHops)
            .Select(hops => hops <= 2 ? ShortPhase(sql, query, hops, types, excluded) : Phase(sql, query, hops, types, excluded, breadth))
            .ToList();
        var result = phases.Count == 1
            ? phases[0].Result
            : "CASE " + string.Concat(phases.SkipLast(1).Select(p => $"WHEN (SELECT l FROM {p.Length}) IS NOT NULL THEN {p.Result}\n")) +
              $"ELSE {phases[^1].Result} END";
        return sql.Build($"SELECT {result} AS result");
    }

    /// <summary>The hop limits of the phases: 2, 4, ... below <paramref name="maxHops"/>, then <paramref name="maxHops"/>.</summary>
    private static IEnumerable<int> Hops(int maxHops)
    {
        for (var hops = 2; hops < maxHops; hops += 2)
        {
            yield return hops;
        }
        yield return maxHops;
    }

    /// <summary>Adds the CTEs of a search within <paramref name="hops"/> (named <c>h{hops}_...</c>); returns its length CTE and result.</summary>
    private static (string Length, string Result) Phase(AnalyticsSql sql, PathQuery query, int hops, string types, string excluded, string breadth)
    {
        var h = $"h{hops}_";
        var len = $"(SELECT l FROM {h}len)";
        sql.Cte(Walk($"{h}fw", "s", "t", sql.P((hops + 1) / 2), types, excluded, SqlText.Integer(query.BreadthLimit)));
        sql.Cte(Walk($"{h}bw", "t", "s", sql.P(hops / 2), types, excluded, SqlText.Integer(query.BreadthLimit)));
        sql.Cte($"{h}ds(node, d) AS MATERIALIZED (SELECT node, min(d) FROM {h}fw GROUP BY node)");
        sql.Cte($"{h}dt(node, d) AS MATERIALIZED (SELECT node, min(d) FROM {h}bw GROUP BY node)");
        sql.Cte($"{h}len(l) AS MATERIALIZED (SELECT min(ds.d + dt.d) FROM {h}ds ds JOIN {h}dt dt ON dt.node = ds.node)");
        sql.Cte($"{h}meet(node, pos) AS MATERIALIZED (SELECT ds.node, ds.d FROM {h}ds ds JOIN {h}dt dt ON dt.node = ds.node WHERE ds.d + dt.d = {len})");
        sql.Cte($"""
            {h}fu(node, pos) AS (
                SELECT node, pos FROM {h}meet
                UNION
                SELECT e.dst, f.pos - 1 FROM {h}fu f CROSS JOIN edges e ON e.src = f.node{types} JOIN {h}ds ds ON ds.node = e.dst AND ds.d = f.pos - 1
                WHERE f.pos > 0
                UNION
                SELECT e.src, f.pos - 1 FROM {h}fu f CROSS JOIN edges e ON e.dst = f.node{types} JOIN {h}ds ds ON ds.node = e.src AND ds.d = f.pos - 1
                WHERE f.pos > 0)
            """);
        sql.Cte($"""
            {h}bu(node, pos) AS (
                SELECT node, pos FROM {h}meet
                UNION
                SELECT e.dst, b.pos + 1 FROM {h}bu b CROSS JOIN edges e ON e.src = b.node{types}
                JOIN {h}dt dt ON dt.node = e.dst AND dt.d = {len} - b.pos - 1
                WHERE b.pos < {len}
                UNION
                SELECT e.src, b.pos + 1 FROM {h}bu b CROSS JOIN edges e ON e.dst = b.node{types}
                JOIN {h}dt dt ON dt.node = e.src AND dt.d = {len} - b.pos - 1
                WHERE b.pos < {len})
            """);
        sql.Cte($"{h}useful(node, pos) AS MATERIALIZED (SELECT node, pos FROM {h}fu UNION SELECT node, pos FROM {h}bu)");
        // Depth-first: each complete path costs at most one row per hop beyond the prefix it shares with the previous one.
        var rows = SqlText.Integer(((long)query.MaxPaths * (hops + 1)) + 1);
        sql.Cte($"""
            {h}paths(node, pos, nodes, rels, key) AS (
                SELECT n.seq, 0, json_array(n.seq), json_array(), n.id FROM ends JOIN nodes n ON n.seq = ends.s
                WHERE {len} IS NOT NULL
                UNION ALL
                SELECT u.node, p.pos + 1, json_insert(p.nodes, '$[#]', u.node), json_insert(p.rels, '$[#]', e.seq),
                       p.key || char(9) || e.type || char(9) || n.id
                FROM {h}paths p CROSS JOIN edges e ON e.src = p.node{types} JOIN {h}useful u ON u.node = e.dst AND u.pos = p.pos + 1
                JOIN nodes n ON n.seq = u.node
                UNION ALL
                SELECT u.node, p.pos + 1, json_insert(p.nodes, '$[#]', u.node), json_insert(p.rels, '$[#]', e.seq),
                       p.key || char(9) || e.type || char(9) || n.id
                FROM {h}paths p CROSS JOIN edges e ON e.dst = p.node{types} JOIN {h}useful u ON u.node = e.src AND u.pos = p.pos + 1
                JOIN nodes n ON n.seq = u.node
                ORDER BY 2 DESC, 5
                LIMIT {rows})
            """);
        var truncated = $"(SELECT count(*) FROM {h}fw) >= {breadth} OR (SELECT count(*) FROM {h}bw) >= {breadth}";
        var kept = $"SELECT key, nodes, rels FROM {h}paths WHERE pos = {len} ORDER BY key LIMIT {SqlText.Integer(query.MaxPaths)}";
        return ($"{h}len", Result(len, truncated, kept));
    }

    /// <summary>
    /// The search within <paramref name="hops"/> (1 or 2) as plain joins over the two ends' relationships (named
    /// <c>h{hops}_...</c>); returns its length CTE and result.
    /// </summary>
    private static (string Length, string Result) ShortPhase(AnalyticsSql sql, PathQuery query, int hops, string types, string excluded)
    {
        var h = $"h{hops}_";
        var len = $"(SELECT l FROM {h}len)";
        foreach (var (name, end) in new[] { ("na", "s"), ("nb", "t") })
        {
            sql.Cte($"""
                {h}{name}(node, edge, type) AS MATERIALIZED (
                    SELECT e.dst, e.seq, e.type FROM ends CROSS JOIN edges e ON e.src = ends.{end}{types}
                    UNION ALL
                    SELECT e.src, e.seq, e.type FROM ends CROSS JOIN edges e ON e.dst = ends.{end}{types})
                """);
        }
        // The middle node of a two-hop path: related to both ends, neither end, not of an excluded kind.
        var middle = $"""
            ends CROSS JOIN {h}na a JOIN {h}nb b ON b.node = a.node JOIN nodes n ON n.seq = a.node
                WHERE a.node <> ends.s AND a.node <> ends.t AND NOT {excluded}
            """;
        var two = hops >= 2 ? $"\n        WHEN EXISTS (SELECT 1 FROM {middle}) THEN 2" : "";
        sql.Cte($"""
            {h}len(l) AS MATERIALIZED (
                SELECT CASE
                    WHEN s IS NULL OR t IS NULL THEN NULL
                    WHEN s = t THEN 0
                    WHEN EXISTS (SELECT 1 FROM {h}na a WHERE a.node = ends.t) THEN 1{two}
                END FROM ends)
            """);
        var twoPaths = hops >= 2
            ? $"""

                UNION ALL
                SELECT x.id || char(9) || a.type || char(9) || n.id || char(9) || b.type || char(9) || y.id,
                       json_array(ends.s, a.node, ends.t), json_array(a.edge, b.edge)
                FROM {middle} AND {len} = 2
                """.Replace("FROM ends CROSS JOIN", "FROM ends JOIN nodes x ON x.seq = ends.s JOIN nodes y ON y.seq = ends.t CROSS JOIN", StringComparison.Ordinal)
            : "";
        sql.Cte($"""
            {h}paths(key, nodes, rels) AS MATERIALIZED (
                SELECT key, nodes, rels FROM (
                    SELECT x.id AS key, json_array(ends.s) AS nodes, json_array() AS rels
                    FROM ends JOIN nodes x ON x.seq = ends.s WHERE {len} = 0
                    UNION ALL
                    SELECT x.id || char(9) || a.type || char(9) || y.id, json_array(ends.s, ends.t), json_array(a.edge)
                    FROM ends JOIN nodes x ON x.seq = ends.s JOIN nodes y ON y.seq = ends.t CROSS JOIN {h}na a
                    WHERE a.node = ends.t AND {len} = 1{twoPaths})
                ORDER BY key LIMIT {SqlText.Integer(query.MaxPaths)})
            """);
        return ($"{h}len", Result(len, "0", $"SELECT key, nodes, rels FROM {h}paths"));
    }

    /// <summary>The answer's JSON from the length, the truncation test and the kept paths (key, node seqs, edge seqs).</summary>
    private static string Result(string len, string truncated, string kept)
    {
        const string node = "json_object('id', n.id, 'kind', n.kind, 'name', n.name)";
        return $"""
            json_object(
                'from', json((SELECT {node} FROM nodes n WHERE n.seq = (SELECT s FROM ends))),
                'to', json((SELECT {node} FROM nodes n WHERE n.seq = (SELECT t FROM ends))),
                'length', {len},
                'truncated', json(iif({truncated}, 'true', 'false')),
                'paths', (SELECT coalesce(json_group_array(json(j) ORDER BY key), json_array()) FROM (
                    SELECT p.key, json_object(
                        'nodes', (SELECT json_group_array({node} ORDER BY x.key)
                                  FROM json_each(p.nodes) x JOIN nodes n ON n.seq = x.value),
                        'relationships', (SELECT json_group_array(json_object('type', e.type, 'from', a.id, 'to', b.id, 'properties', json(e.props))
                                                                  ORDER BY x.key)
                                          FROM json_each(p.rels) x JOIN edges e ON e.seq = x.value
                                          JOIN nodes a ON a.seq = e.src JOIN nodes b ON b.seq = e.dst)) AS j
                    FROM ({kept}) p)))
            """;
    }

    /// <summary>The breadth-first walk from one end (<paramref name="from"/>) that may enter the other end whatever its kind.</summary>
    private static string Walk(string name, string from, string other, string depth, string types, string excluded, string breadth) => $"""
        {name}(node, d) AS (
            SELECT {from}, 0 FROM ends WHERE s IS NOT NULL AND t IS NOT NULL
            UNION
            SELECT e.dst, w.d + 1 FROM {name} w CROSS JOIN edges e ON e.src = w.node{types} JOIN nodes n ON n.seq = e.dst
            WHERE w.d < {depth} AND (NOT {excluded} OR n.seq = (SELECT {other} FROM ends))
            UNION
            SELECT e.src, w.d + 1 FROM {name} w CROSS JOIN edges e ON e.dst = w.node{types} JOIN nodes n ON n.seq = e.src
            WHERE w.d < {depth} AND (NOT {excluded} OR n.seq = (SELECT {other} FROM ends))
            LIMIT {breadth})
        """;
}
