using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>Question 5 (programme side) in SQL: the projects of a programme tree with partner countries and funding sums.</summary>
internal static class ProgrammeProjectsSql
{
    public static CompiledQuery Compile(ProgrammeProjectsQuery query)
    {
        var sql = new AnalyticsSql();
        // The project rows of the city network filter are read by key from project_cities, so scoped_projects needs no
        // city_projects of its own.
        sql.ScopedProjects(query, programmeId: query.Id, participation: false);
        var partnerIn = sql.T(M.PartnerIn);
        // A project's countries are its partners' (the derived table partner_countries): every read below goes through its
        // key (project, country), so no temporary index is built over a derived set.
        var where = new List<string>();
        if (query.CountryId is { } country)
        {
            where.Add($"EXISTS (SELECT 1 FROM partner_countries pc WHERE pc.project = p.seq AND pc.country = {sql.Node(country)})");
        }
        if (query.NetworkId is { } network)
        {
            where.Add($"EXISTS (SELECT 1 FROM project_cities cp WHERE cp.project = p.seq AND {sql.CityIsMember("cp.city", network)})");
        }
        // With the programme alone (or with country and network, which test each project by key), the projects are read
        // once, straight from the programme tree's FUNDED_BY edges; a theme or a year range goes through scoped_projects
        // (which reads each project's node to filter it, so the node is read twice).
        var programmeAlone = query.ThemeId is null && query.FromYear is null && query.ToYear is null;
        var source = programmeAlone
            ? $"(SELECT DISTINCT f.src AS seq FROM programme_tree t CROSS JOIN edges f ON f.dst = t.seq AND f.type = {sql.T(M.FundedBy)}) x CROSS JOIN nodes p ON p.seq = x.seq"
            : "scoped_projects sp CROSS JOIN nodes p ON p.seq = sp.seq";
        if (programmeAlone)
        {
            where.Insert(0, $"p.kind = {sql.K(M.Project)}");
        }
        sql.Cte($"""
            projects_in(seq, id, name, eu{(query.IncludeBudget ? ", budget" : "")}) AS MATERIALIZED (
                SELECT p.seq, p.id, p.name, p.props ->> '$.euFunding'{(query.IncludeBudget ? ", p.props ->> '$.budget'" : "")}
                FROM {source}
                WHERE {(where.Count == 0 ? "1" : string.Join("\n      AND ", where))})
            """);
        var fundedBy = sql.T(M.FundedBy);
        // Parts nobody asked for (the API's selection sets the flags) are left out of the statement.
        (string Name, string Sql)[] members =
        [
            ("id", "pg.id"), ("name", "pg.name"), ("acronym", "p.props ->> '$.acronym'"),
            ("startDate", "p.props ->> '$.startDate'"), ("endDate", "p.props ->> '$.endDate'"),
            ("euFunding", "p.props -> '$.euFunding'"), ("budget", "p.props -> '$.budget'"),
            ("programmes", $"""
                (SELECT json_group_array(json_object('id', g.id, 'name', g.name) ORDER BY g.name, g.id)
                 FROM edges f JOIN nodes g ON g.seq = f.dst WHERE f.src = pg.seq AND f.type = {fundedBy})
                """),
            ("partners", $"(SELECT count(*) FROM edges e WHERE e.dst = pg.seq AND e.type = {partnerIn})"),
            ("countries", $"""
                (SELECT json_group_array({AnalyticsSql.CountryObject("k")} ORDER BY k.id)
                 FROM (SELECT DISTINCT country FROM partner_countries WHERE project = pg.seq) pc
                 CROSS JOIN nodes k ON k.seq = pc.country)
                """),
        ];
        var selected = members.Where(f => query.ProjectFields is null || query.ProjectFields.Contains(f.Name)).ToList();
        var project = string.Join(", ", selected.Select(f => $"'{f.Name}', {f.Sql}"));
        // The project node itself is read only for members stored in its properties.
        var readsNode = selected.Any(f => f.Sql.Contains("p.props", StringComparison.Ordinal));
        var parts = new List<string>();
        if (query.IncludeProgrammes)
        {
            parts.Add($"""
                'programmes', (SELECT json_group_array(json_object('id', n.id, 'name', n.name, 'projects', coalesce(x.projects, 0))
                                   ORDER BY n.name, n.id)
                               FROM programme_tree t JOIN nodes n ON n.seq = t.seq
                               LEFT JOIN (SELECT f.dst AS programme, count(*) AS projects
                                          FROM projects_in pi CROSS JOIN edges f ON f.src = pi.seq AND f.type = {fundedBy} GROUP BY f.dst) x
                                   ON x.programme = t.seq)
                """);
        }
        parts.Add("'totalCount', (SELECT count(*) FROM projects_in)");
        parts.Add("'euFunding', (SELECT round(coalesce(sum(eu), 0), 2) FROM projects_in)");
        if (query.IncludeBudget)
        {
            parts.Add("'budget', (SELECT round(coalesce(sum(budget), 0), 2) FROM projects_in)");
        }
        if (query.IncludeCountries)
        {
            parts.Add(query.IncludeCountryFunding
                ? $"""
                    'countries', (SELECT json_group_array(json(j) ORDER BY projects DESC, id) FROM (
                        SELECT x.projects, k.id, json_object('country', {AnalyticsSql.CountryObject("k")}, 'projects', x.projects,
                                                             'euFunding', x.eu) AS j
                        FROM (SELECT country, count(*) AS projects, round(coalesce(sum(eu), 0), 2) AS eu FROM (
                                  SELECT DISTINCT pi.seq, pc.country, pi.eu FROM projects_in pi CROSS JOIN partner_countries pc ON pc.project = pi.seq)
                              GROUP BY country) x
                        JOIN nodes k ON k.seq = x.country))
                    """
                : $"""
                    'countries', (SELECT json_group_array(json(j) ORDER BY projects DESC, id) FROM (
                        SELECT x.projects, k.id, json_object('country', {AnalyticsSql.CountryObject("k")}, 'projects', x.projects) AS j
                        FROM (SELECT country, count(*) AS projects FROM (
                                  SELECT DISTINCT pi.seq, pc.country FROM projects_in pi CROSS JOIN partner_countries pc ON pc.project = pi.seq)
                              GROUP BY country) x
                        JOIN nodes k ON k.seq = x.country))
                    """);
        }
        parts.Add($"""
            'projects', (SELECT json_group_array(json(j) ORDER BY eu IS NULL, eu DESC, name, id) FROM (
                SELECT pg.eu, pg.name, pg.id, json_object({project}) AS j
                FROM (SELECT * FROM projects_in ORDER BY eu IS NULL, eu DESC, name, id
                      LIMIT {SqlText.Integer(query.First)} OFFSET {sql.P(query.Offset)}) pg{(readsNode ? "\n    JOIN nodes p ON p.seq = pg.seq" : "")}))
            """);
        return sql.Build($"""
            SELECT json_object(
                'programme', json((SELECT json_object('id', n.id, 'name', n.name, 'acronym', n.props ->> '$.acronym', 'period', n.props ->> '$.period')
                                   FROM nodes n WHERE n.seq = {sql.Node(query.Id)} AND n.kind = {sql.K(M.Programme)})),
                {string.Join(",\n    ", parts)}
            ) AS result
            """);
    }
}
