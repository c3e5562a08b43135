using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>Question 2 in SQL: a city's networks, projects, partner cities, countries reached and activity by year.</summary>
internal static class CityProfileSql
{
    public static CompiledQuery Compile(CityProfileQuery query)
    {
        var sql = new AnalyticsSql();
        sql.Cte($"the_city(seq) AS MATERIALIZED (SELECT n.seq FROM nodes n WHERE n.seq = {sql.Node(query.CityId)} AND n.kind = {sql.K(M.City)})");
        // Partners are counted by seq; ids are read only for those that can be on the page (at least the page's last count).
        // The city's projects (directly or through its organisations: the derived table project_cities, by city) bound
        // the scope: only their partners are read.
        if (query.ThemeId is null && query.ProgrammeId is null && query.FromYear is null && query.ToYear is null)
        {
            // No project scope: the city's rows of project_cities are its projects, each node read once for its kind and years.
            sql.Cte($"""
                my_projects(project, direct, role, sy, ey) AS MATERIALIZED (
                    SELECT pc.project, pc.direct, pc.role, CAST(substr(p.props ->> '$.startDate', 1, 4) AS INTEGER),
                           CAST(substr(p.props ->> '$.endDate', 1, 4) AS INTEGER)
                    FROM the_city c CROSS JOIN project_cities pc ON pc.city = c.seq CROSS JOIN nodes p ON p.seq = pc.project
                    WHERE p.kind = {sql.K(M.Project)})
                """);
        }
        else
        {
            sql.Cte("""
                city_candidates(seq) AS MATERIALIZED (
                    SELECT pc.project FROM the_city c CROSS JOIN project_cities pc ON pc.city = c.seq)
                """);
            sql.ScopedProjects(query, participation: false, candidates: "city_candidates", years: true);
            sql.Cte("""
                my_projects(project, direct, role, sy, ey) AS MATERIALIZED (
                    SELECT pc.project, pc.direct, pc.role, sp.sy, sp.ey FROM scoped_projects sp
                    CROSS JOIN project_cities pc ON pc.project = sp.seq AND pc.city = (SELECT seq FROM the_city))
                """);
        }
        var conditions = new List<string>();
        if (query.NetworkId is { } network)
        {
            conditions.Add(sql.CityIsMember("cp.city", network));
        }
        if (query.CountryId is { } country)
        {
            conditions.Add(sql.CityInCountry("cp.city", country));
        }
        var extra = string.Concat(conditions.Select(c => "\n      AND " + c));
        if (query.IncludeCountries)
        {
            // The countries count distinct partner cities and projects per country, so they read the rows themselves.
            sql.Cte($"""
                partner_rows(city, project) AS MATERIALIZED (
                    SELECT cp.city, cp.project FROM my_projects m CROSS JOIN project_cities cp ON cp.project = m.project
                    WHERE cp.city <> (SELECT seq FROM the_city){extra})
                """);
            sql.Cte("""
                partner_rank(city, n) AS MATERIALIZED (SELECT city, count(*) FROM partner_rows GROUP BY city)
                """);
        }
        else
        {
            // Without them, the partner rows are counted as they are read.
            sql.Cte($"""
                partner_rank(city, n) AS MATERIALIZED (
                    SELECT cp.city, count(*) FROM my_projects m CROSS JOIN project_cities cp ON cp.project = m.project
                    WHERE cp.city <> (SELECT seq FROM the_city){extra}
                    GROUP BY cp.city)
                """);
        }
        var inCountry = sql.T(M.InCountry);
        // Each project's members, only those asked for. The city's organisations in a project: the project's partners (a
        // few) that are LOCATED_IN the city.
        (string Name, string Sql)[] members =
        [
            ("id", "p.id"), ("name", "p.name"), ("acronym", "p.props ->> '$.acronym'"), ("startYear", "m.sy"), ("endYear", "m.ey"),
            ("role", "m.role"), ("direct", "json(iif(m.direct, 'true', 'false'))"),
            ("organisations", $"""
                (SELECT json_group_array(json_object('id', o.id, 'name', o.name, 'role', e.props ->> '$.role') ORDER BY o.name, o.id)
                 FROM edges e CROSS JOIN edges l ON l.src = e.src AND l.type = {sql.T(M.LocatedIn)} AND l.dst = (SELECT seq FROM the_city)
                 CROSS JOIN nodes o ON o.seq = e.src
                 WHERE e.dst = m.project AND e.type = {sql.T(M.PartnerIn)})
                """),
            ("programmes", $"""
                (SELECT json_group_array(json_object('id', g.id, 'name', g.name) ORDER BY g.name, g.id)
                 FROM edges f JOIN nodes g ON g.seq = f.dst WHERE f.src = m.project AND f.type = {sql.T(M.FundedBy)})
                """),
        ];
        var project = string.Join(", ", members.Where(f => query.ProjectFields is null || query.ProjectFields.Contains(f.Name)).Select(f => $"'{f.Name}', {f.Sql}"));
        var countries = query.IncludeCountries
            ? $"""

                'countries', (SELECT json_group_array(json(j) ORDER BY cities DESC, projects DESC, id) FROM (
                    SELECT x.cities, x.projects, k.id, json_object('country', {AnalyticsSql.CountryObject("k")},
                        'partnerCities', x.cities, 'projects', x.projects) AS j
                    FROM (SELECT c.dst AS country, count(DISTINCT pr.city) AS cities, count(DISTINCT pr.project) AS projects
                          FROM partner_rows pr CROSS JOIN edges c ON c.src = pr.city AND c.type = {inCountry} GROUP BY c.dst) x
                    JOIN nodes k ON k.seq = x.country)),
            """
            : "";
        var networks = query.IncludeNetworks
            ? $"""

                'networks', (SELECT json_group_array(json_object('id', n.id, 'name', n.name, 'acronym', n.props ->> '$.acronym',
                                 'status', m.props ->> '$.status', 'since', m.props ->> '$.since', 'until', m.props ->> '$.until')
                                 ORDER BY n.name, n.id)
                             FROM edges m JOIN nodes n ON n.seq = m.dst
                             WHERE m.src = (SELECT seq FROM the_city) AND m.type = {sql.T(M.MemberOf)}),
            """
            : "";
        return sql.Build($"""
            SELECT json_object(
                'city', json((SELECT {AnalyticsSql.CityObject("n")} FROM nodes n WHERE n.seq = (SELECT seq FROM the_city))),{networks}
                'projects', (SELECT json_group_array(json_object({project}) ORDER BY m.sy IS NULL, m.sy, p.name, p.id)
                             FROM my_projects m CROSS JOIN nodes p ON p.seq = m.project),
                'partners', json_object(
                    'totalCount', (SELECT count(*) FROM partner_rank),
                    'items', (SELECT json_group_array(json(j) ORDER BY n DESC, id) FROM (
                        SELECT r.n, r.id, json_object('city', {AnalyticsSql.CityObject("c")}, 'sharedProjects', r.n) AS j
                        FROM (SELECT pk.city, pk.n, pn.id FROM partner_rank pk CROSS JOIN nodes pn ON pn.seq = pk.city
                              WHERE pk.n >= coalesce((SELECT n FROM partner_rank ORDER BY n DESC LIMIT 1 OFFSET {sql.P(query.First + query.Offset - 1)}), 0)
                              ORDER BY pk.n DESC, pn.id LIMIT {SqlText.Integer(query.First)} OFFSET {sql.P(query.Offset)}) r
                        JOIN nodes c ON c.seq = r.city))),{countries}
                'activity', (SELECT json_group_array(json_object('year', y, 'projects', n) ORDER BY y) FROM (
                    SELECT m.sy AS y, count(*) AS n FROM my_projects m
                    WHERE m.sy IS NOT NULL GROUP BY m.sy))
            ) AS result
            """);
    }
}
