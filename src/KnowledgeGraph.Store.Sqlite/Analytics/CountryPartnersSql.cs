using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>Question 5 (country side) in SQL: a country's partner cities, organisations and their projects, with counts.</summary>
internal static class CountryPartnersSql
{
    public static CompiledQuery Compile(CountryPartnersQuery query)
    {
        var sql = new AnalyticsSql();
        sql.ScopedProjects(query, participation: false);
        var country = sql.Node(query.Id);
        // The derived tables are keyed by (project, country, ...): each scoped project's rows of this country are one seek.
        var cityMember = query.NetworkId is { } n1 ? "WHERE " + sql.CityIsMember("pcc.city", n1) : "";
        sql.Cte($"""
            country_cities(city, project) AS MATERIALIZED (
                SELECT pcc.city, pcc.project FROM scoped_projects sp
                CROSS JOIN project_city_countries pcc ON pcc.project = sp.seq AND pcc.country = {country} {cityMember})
            """);
        sql.Cte($"""
            country_partners(partner, is_city, project) AS MATERIALIZED (
                SELECT pc.partner, pc.is_city, pc.project FROM scoped_projects sp
                CROSS JOIN partner_countries pc ON pc.project = sp.seq AND pc.country = {country})
            """);
        var orgMember = query.NetworkId is { } n2 ? "AND " + sql.OrganisationIsMember("cp.partner", n2) : "";
        var directMember = query.NetworkId is { } n3 ? "AND " + sql.CityIsMember("cp.partner", n3) : "";
        sql.Cte($"""
            country_orgs(org, project) AS MATERIALIZED (
                SELECT cp.partner, cp.project FROM country_partners cp WHERE NOT cp.is_city {orgMember})
            """);
        sql.Cte($"""
            country_projects(project, partners) AS MATERIALIZED (
                SELECT project, count(*) FROM (
                    SELECT org AS partner, project FROM country_orgs
                    UNION ALL
                    SELECT cp.partner, cp.project FROM country_partners cp WHERE cp.is_city {directMember})
                GROUP BY project)
            """);
        var page = $"LIMIT {SqlText.Integer(query.First)} OFFSET {sql.P(query.Offset)}";
        return sql.Build($"""
            SELECT json_object(
                'country', json((SELECT {AnalyticsSql.CountryObject("n")} FROM nodes n WHERE n.seq = {sql.Node(query.Id)} AND n.kind = {sql.K(M.Country)})),
                'cities', json_object(
                    'totalCount', (SELECT count(DISTINCT city) FROM country_cities),
                    'items', (SELECT json_group_array(json_object('id', id, 'name', name, 'projects', projects) ORDER BY projects DESC, name, id) FROM (
                        SELECT c.id, c.name, x.projects FROM (SELECT city, count(*) AS projects FROM country_cities GROUP BY city) x
                        JOIN nodes c ON c.seq = x.city ORDER BY x.projects DESC, c.name, c.id {page}))),
                'organisations', json_object(
                    'totalCount', (SELECT count(DISTINCT org) FROM country_orgs),
                    'items', (SELECT json_group_array(json(j) ORDER BY projects DESC, name, id) FROM (
                        SELECT o.projects, o.name, o.id, json_object('id', o.id, 'name', o.name, 'organisationType', o.type,
                            'city', json((SELECT json_object('id', c.id, 'name', c.name) FROM edges l JOIN nodes c ON c.seq = l.dst
                                          WHERE l.src = o.seq AND l.type = {sql.T(M.LocatedIn)} ORDER BY c.id LIMIT 1)),
                            'projects', o.projects) AS j
                        FROM (SELECT n.seq, n.id, n.name, n.props ->> '$.organisationType' AS type, x.projects
                              FROM (SELECT org, count(*) AS projects FROM country_orgs GROUP BY org) x
                              JOIN nodes n ON n.seq = x.org ORDER BY x.projects DESC, n.name, n.id {page}) o))),
                'projects', json_object(
                    'totalCount', (SELECT count(*) FROM country_projects),
                    'items', (SELECT json_group_array(json_object('id', id, 'name', name, 'acronym', acronym, 'partners', partners)
                                                      ORDER BY partners DESC, name, id) FROM (
                        SELECT p.id, p.name, p.props ->> '$.acronym' AS acronym, x.partners FROM country_projects x
                        JOIN nodes p ON p.seq = x.project ORDER BY x.partners DESC, p.name, p.id {page})))
            ) AS result
            """);
    }
}
