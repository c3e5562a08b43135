using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>Question 4 in SQL: cities or organisations ranked by distinct partners (degree) or projects within a scope.</summary>
internal static class CentralitySql
{
    public static CompiledQuery Compile(CentralityQuery query)
    {
        var sql = new AnalyticsSql();
        bool cities;
        if (query is { Subject: CentralitySubject.City, ThemeId: not null, ProgrammeId: null, NetworkId: null, CountryId: null, FromYear: null, ToYear: null })
        {
            // A theme alone: each city's partners and projects are precomputed per theme (theme_city_degree).
            sql.Cte($"scores(seq, partners, projects) AS NOT MATERIALIZED (SELECT city, partners, projects FROM theme_city_degree WHERE theme = {sql.Node(query.ThemeId)})");
            cities = true;
        }
        else
        {
            cities = Scores(sql, query);
        }
        var order = query.Measure == CentralityMeasure.Partners ? "partners DESC, projects DESC, id" : "projects DESC, partners DESC, id";
        // Ids are read only for the nodes that can be on the page: those scoring at least the page's last rank.
        var measure = query.Measure == CentralityMeasure.Partners ? "partners" : "projects";
        sql.Cte($"""
            page(seq, partners, projects, id) AS MATERIALIZED (
                SELECT s.seq, s.partners, s.projects, n.id FROM scores s CROSS JOIN nodes n ON n.seq = s.seq
                WHERE s.{measure} >= coalesce((SELECT {measure} FROM scores ORDER BY {measure} DESC LIMIT 1 OFFSET {sql.P(query.First + query.Offset - 1)}), 0)
                ORDER BY {order} LIMIT {SqlText.Integer(query.First)} OFFSET {sql.P(query.Offset)})
            """);
        return sql.Build($"""
            SELECT json_object(
                'totalCount', (SELECT count(*) FROM scores),
                'items', (SELECT json_group_array(json(j) ORDER BY {order}) FROM (
                    SELECT pg.partners, pg.projects, pg.id, json_object(
                        'node', {NodeObject(sql, cities, "n")},
                        'partners', pg.partners, 'projects', pg.projects) AS j
                    FROM page pg JOIN nodes n ON n.seq = pg.seq))
            ) AS result
            """);
    }

    /// <summary>
    /// Adds <c>taking_part(seq, project)</c> (the cities or organisations taking part in the projects in scope, members
    /// only when a network is given) and <c>scores(seq, partners, projects)</c> (those to rank, in the country when one is
    /// given); returns whether the subject is cities.
    /// </summary>
    internal static bool Scores(AnalyticsSql sql, CentralityQuery query)
    {
        var cities = query.Subject == CentralitySubject.City;
        sql.ScopedProjects(query, participation: false);
        // Without a network every city of a scoped project takes part, so partners are read from project_cities by its key.
        var (partnersOf, partner) = ("JOIN taking_part b ON b.project = a.project AND b.seq <> a.seq", "b.seq");
        if (cities)
        {
            var member = query.NetworkId is { } network ? "WHERE " + sql.CityIsMember("pc.city", network) : "";
            sql.Cte($"""
                taking_part(seq, project) AS MATERIALIZED (
                    SELECT pc.city, pc.project FROM scoped_projects sp CROSS JOIN project_cities pc ON pc.project = sp.seq {member})
                """);
            if (query.NetworkId is null)
            {
                (partnersOf, partner) = ("CROSS JOIN project_cities b ON b.project = a.project AND b.city <> a.seq", "b.city");
            }
        }
        else
        {
            var member = query.NetworkId is { } network ? "AND " + sql.OrganisationIsMember("e.src", network) : "";
            sql.Cte($"""
                taking_part(seq, project) AS MATERIALIZED (
                    SELECT DISTINCT e.src, e.dst FROM scoped_projects sp CROSS JOIN edges e ON e.dst = sp.seq AND e.type = {sql.T(M.PartnerIn)}
                    JOIN nodes o ON o.seq = e.src AND o.kind = {sql.K(M.Organisation)} {member})
                """);
        }
        var country = query.CountryId is { } c
            ? "WHERE " + (cities ? sql.CityInCountry("x.seq", c) : sql.OrganisationInCountry("x.seq", c))
            : "";
        sql.Cte($"""
            scores(seq, partners, projects) AS MATERIALIZED (
                SELECT x.seq, coalesce(pp.partners, 0), x.projects
                FROM (SELECT seq, count(*) AS projects FROM taking_part GROUP BY seq) x
                LEFT JOIN (SELECT a.seq, count(DISTINCT {partner}) AS partners FROM taking_part a
                           {partnersOf} GROUP BY a.seq) pp ON pp.seq = x.seq
                {country})
            """);
        return cities;
    }

    /// <summary>The JSON object <c>{"id", "kind", "name", "countryCode"}</c> of the node aliased <paramref name="n"/>.</summary>
    internal static string NodeObject(AnalyticsSql sql, bool cities, string n)
    {
        var countryCode = cities
            ? $"{n}.props ->> '$.countryCode'"
            : $"""
              coalesce((SELECT c.props ->> '$.countryCode' FROM edges l JOIN nodes c ON c.seq = l.dst
                        WHERE l.src = {n}.seq AND l.type = {sql.T(M.LocatedIn)} ORDER BY c.id LIMIT 1),
                       (SELECT k.props ->> '$.isoCode' FROM edges i JOIN nodes k ON k.seq = i.dst
                        WHERE i.src = {n}.seq AND i.type = {sql.T(M.InCountry)} ORDER BY k.id LIMIT 1))
              """;
        return $"json_object('id', {n}.id, 'kind', {n}.kind, 'name', {n}.name, 'countryCode', {countryCode})";
    }
}
