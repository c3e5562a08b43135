using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>
/// Question 4 by betweenness in SQL: the one statement fetching the scoped collaboration graph (the nodes of
/// <see cref="CentralitySql.Scores"/>, numbered, and the pairs sharing a project) in the JSON
/// <see cref="BetweennessRanking"/> reads; the lists are left out (null) when the graph exceeds the query's limits, so an
/// oversized scope costs only the counts.
/// </summary>
internal static class BetweennessSql
{
    public static CompiledQuery Compile(CentralityQuery query)
    {
        var sql = new AnalyticsSql();
        var cities = CentralitySql.Scores(sql, query);
        sql.Cte("""
            graph_nodes(seq, i) AS MATERIALIZED (
                SELECT seq, row_number() OVER (ORDER BY seq) - 1 FROM (SELECT DISTINCT seq FROM taking_part))
            """);
        sql.Cte("""
            graph_edges(a, b) AS MATERIALIZED (
                SELECT DISTINCT x.seq, y.seq FROM taking_part x JOIN taking_part y ON y.project = x.project AND x.seq < y.seq)
            """);
        sql.Cte($"""
            fits(ok) AS MATERIALIZED (
                SELECT (SELECT count(*) FROM graph_nodes) <= {sql.P(query.MaxGraphNodes)}
                   AND (SELECT count(*) FROM graph_edges) <= {sql.P(query.MaxGraphEdges)})
            """);
        return sql.Build($"""
            SELECT json_object(
                'nodeCount', (SELECT count(*) FROM graph_nodes),
                'edgeCount', (SELECT count(*) FROM graph_edges),
                'nodes', CASE WHEN (SELECT ok FROM fits) THEN json((
                    SELECT coalesce(json_group_array(json(j) ORDER BY i), json_array()) FROM (
                        SELECT g.i, json_object(
                            'node', CASE WHEN s.seq IS NULL THEN NULL ELSE json({CentralitySql.NodeObject(sql, cities, "n")}) END,
                            'partners', s.partners, 'projects', s.projects) AS j
                        FROM graph_nodes g JOIN nodes n ON n.seq = g.seq LEFT JOIN scores s ON s.seq = g.seq))) END,
                'edges', CASE WHEN (SELECT ok FROM fits) THEN json((
                    SELECT coalesce(json_group_array(json_array(ga.i, gb.i)), json_array())
                    FROM graph_edges ge JOIN graph_nodes ga ON ga.seq = ge.a JOIN graph_nodes gb ON gb.seq = ge.b)) END
            ) AS result
            """);
    }
}
