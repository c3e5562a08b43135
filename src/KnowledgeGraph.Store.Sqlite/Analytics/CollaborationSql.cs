using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>Question 1 in SQL: city pairs sharing scoped projects, ranked, with the shared projects of each pair.</summary>
internal static class CollaborationSql
{
    public static CompiledQuery Compile(CollaborationQuery query)
    {
        var sql = new AnalyticsSql();
        sql.ScopedProjects(query);
        var member = query.NetworkId is { } network ? "WHERE " + sql.CityIsMember("cp.city", network) : "";
        sql.Cte($"""
            cities(city, cid, project) AS MATERIALIZED (
                SELECT cp.city, n.id, cp.project FROM city_projects cp CROSS JOIN nodes n ON n.seq = cp.city {member})
            """);
        var country = query.CountryId is { } c
            ? $"AND ({sql.CityInCountry("a.city", c)} OR {sql.CityInCountry("b.city", c)})"
            : "";
        sql.Cte($"""
            pair_rows(ca, cb, project) AS NOT MATERIALIZED (
                SELECT a.city, b.city, a.project FROM cities a JOIN cities b ON b.project = a.project AND a.cid < b.cid
                WHERE 1 {country})
            """);
        sql.Cte("ranked(ca, cb, n) AS MATERIALIZED (SELECT ca, cb, count(*) FROM pair_rows GROUP BY ca, cb)");
        sql.Cte($"""
            page(ca, cb, n, ida, idb) AS MATERIALIZED (
                SELECT r.ca, r.cb, r.n, na.id, nb.id FROM ranked r JOIN nodes na ON na.seq = r.ca JOIN nodes nb ON nb.seq = r.cb
                ORDER BY r.n DESC, na.id, nb.id LIMIT {sql.P(query.First)} OFFSET {sql.P(query.Offset)})
            """);
        return sql.Build($"""
            SELECT json_object(
                'totalCount', (SELECT count(*) FROM ranked),
                'pairs', (SELECT json_group_array(json(j) ORDER BY n DESC, ida, idb) FROM (
                    SELECT pg.n, pg.ida, pg.idb, json_object(
                        'cityA', {AnalyticsSql.CityObject("na")},
                        'cityB', {AnalyticsSql.CityObject("nb")},
                        'sharedProjects', pg.n,
                        'projects', (SELECT json_group_array(json_object('id', p.id, 'name', p.name, 'acronym', p.props ->> '$.acronym')
                                                             ORDER BY p.name, p.id)
                                     FROM pair_rows r JOIN nodes p ON p.seq = r.project WHERE r.ca = pg.ca AND r.cb = pg.cb)) AS j
                    FROM page pg JOIN nodes na ON na.seq = pg.ca JOIN nodes nb ON nb.seq = pg.cb))
            ) AS result
            """);
    }
}
