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
        sql.ScopedProjects(query);
        var cityMember = query.NetworkId is { } n1 ? "AND " + sql.CityIsMember("cp.city", n1) : "";
        sql.Cte($"""
            country_cities(city, project) AS MATERIALIZED (
                SELECT cp.city, cp.project FROM city_projects cp WHERE {sql.CityInCountry("cp.city", query.Id)} {cityMember})
            """);
        var orgMember = query.NetworkId is { } n2 ? "AND " + sql.OrganisationIsMember("e.src", n2) : "";
        var directMember = query.NetworkId is { } n3 ? "AND " + sql.CityIsMember("pa.city", n3) : "";
        sql.Cte($"""
            country_orgs(org, project) AS MATERIALIZED (
                SELECT DISTINCT e.src, e.dst FROM scoped_projects sp CROSS JOIN edges e ON e.dst = sp.seq AND e.type = {sql.T(M.PartnerIn)}
                JOIN nodes o ON o.seq = e.src AND o.kind = {sql.K(M.Organisation)}
                WHERE {sql.OrganisationInCountry("e.src", query.Id)} {orgMember})
            """);
        sql.Cte($"""
            country_projects(project, partners) AS MATERIALIZED (
                SELECT project, count(*) FROM (
                    SELECT org AS partner, project FROM country_orgs
                    UNION
                    SELECT pa.city, pa.project FROM participation pa
                    WHERE pa.org IS NULL AND {sql.CityInCountry("pa.city", query.Id)} {directMember})
                GROUP BY project)
            """);
        var page = $"LIMIT {sql.P(query.First)} OFFSET {sql.P(query.Offset)}";
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
