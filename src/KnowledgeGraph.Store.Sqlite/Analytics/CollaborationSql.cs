using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>
/// Question 1 in SQL: city pairs sharing scoped projects, ranked, with the shared projects of each pair (unless
/// <see cref="CollaborationQuery.IncludeProjects"/> is false).
/// </summary>
/// <remarks>
/// The pairs come from the derived table <c>project_cities</c> (one row per project and city taking part), joined to
/// itself per project with the smaller node seq first, so no id is read while counting. Ids are read only for the pairs
/// that can be on the page: those sharing at least as many projects as the pair at the page's last rank. With a theme
/// alone the pairs and their counts are read from the per-theme table <c>theme_city_pairs</c>.
/// </remarks>
internal static class CollaborationSql
{
    public static CompiledQuery Compile(CollaborationQuery query)
    {
        var sql = new AnalyticsSql();
        var themeOnly = query is { ThemeId: not null, ProgrammeId: null, NetworkId: null, CountryId: null, FromYear: null, ToYear: null };
        if (themeOnly)
        {
            // A theme alone: the pairs are precomputed per theme (theme_city_pairs), read through (theme, n); the theme's
            // projects are read only for the pairs' project lists.
            if (query.IncludeProjects)
            {
                sql.ScopedProjects(query, participation: false);
            }
            sql.Cte($"ranked(ca, cb, n) AS NOT MATERIALIZED (SELECT ca, cb, n FROM theme_city_pairs WHERE theme = {sql.Node(query.ThemeId!)})");
        }
        else
        {
            Pairs(sql, query);
        }
        var last = sql.P(query.First + query.Offset - 1);
        sql.Cte($"""
            page(ca, cb, n, ida, idb) AS MATERIALIZED (
                SELECT iif(na.id < nb.id, r.ca, r.cb), iif(na.id < nb.id, r.cb, r.ca), r.n, min(na.id, nb.id), max(na.id, nb.id)
                FROM ranked r CROSS JOIN nodes na ON na.seq = r.ca CROSS JOIN nodes nb ON nb.seq = r.cb
                WHERE r.n >= coalesce((SELECT n FROM ranked ORDER BY n DESC LIMIT 1 OFFSET {last}), 0)
                ORDER BY r.n DESC, 4, 5 LIMIT {SqlText.Integer(query.First)} OFFSET {sql.P(query.Offset)})
            """);
        var projects = query.IncludeProjects
            ? $"""
                        ,
                        'projects', (SELECT json_group_array(json_object('id', p.id, 'name', p.name, 'acronym', p.props ->> '$.acronym')
                                                             ORDER BY p.name, p.id)
                                     FROM project_cities x CROSS JOIN project_cities y ON y.project = x.project AND y.city = pg.cb
                                     CROSS JOIN nodes p ON p.seq = x.project
                                     WHERE x.city = pg.ca AND x.project IN (SELECT seq FROM scoped_projects))
                        """
            : "";
        return sql.Build($"""
            SELECT json_object(
                'totalCount', (SELECT count(*) FROM ranked),
                'pairs', (SELECT json_group_array(json(j) ORDER BY n DESC, ida, idb) FROM (
                    SELECT pg.n, pg.ida, pg.idb, json_object(
                        'cityA', {AnalyticsSql.CityObject("na")},
                        'cityB', {AnalyticsSql.CityObject("nb")},
                        'sharedProjects', pg.n{projects}) AS j
                    FROM page pg JOIN nodes na ON na.seq = pg.ca JOIN nodes nb ON nb.seq = pg.cb))
            ) AS result
            """);
    }

    /// <summary>Adds <c>scoped_projects</c>, <c>pair_rows(ca, cb, project)</c> and <c>ranked(ca, cb, n)</c> computed from project_cities.</summary>
    private static void Pairs(AnalyticsSql sql, CollaborationQuery query)
    {
        sql.ScopedProjects(query, participation: false);
        string pairs;
        if (query.NetworkId is null && query.CountryId is null)
        {
            pairs = """
                SELECT a.city AS ca, b.city AS cb, a.project FROM scoped_projects sp
                CROSS JOIN project_cities a ON a.project = sp.seq
                CROSS JOIN project_cities b ON b.project = sp.seq AND b.city > a.city
                """;
        }
        else
        {
            var member = query.NetworkId is { } network ? "WHERE " + sql.CityIsMember("pc.city", network) : "";
            var inCountry = query.CountryId is { } c ? sql.CityInCountry("pc.city", c) : "0";
            sql.Cte($"""
                cities(city, project, in_country) AS MATERIALIZED (
                    SELECT pc.city, pc.project, {inCountry} FROM scoped_projects sp CROSS JOIN project_cities pc ON pc.project = sp.seq {member})
                """);
            var country = query.CountryId is null ? "" : "WHERE a.in_country OR b.in_country";
            pairs = $"SELECT a.city AS ca, b.city AS cb, a.project FROM cities a JOIN cities b ON b.project = a.project AND b.city > a.city {country}";
        }
        sql.Cte($"pair_rows(ca, cb, project) AS NOT MATERIALIZED ({pairs})");
        sql.Cte("ranked(ca, cb, n) AS MATERIALIZED (SELECT ca, cb, count(*) FROM pair_rows GROUP BY ca, cb)");
    }
}
