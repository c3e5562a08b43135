using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>
/// The subgraph's facts in SQL (the shape <see cref="SubgraphAssembler"/> reads): the projects in scope ranked by their
/// partners, the first ones kept, each with its partners (role, memberships, city and the city's memberships), its
/// programmes and its themes.
/// </summary>
internal static class SubgraphSql
{
    /// <summary>The properties every node of the facts carries (JSON text for numbers, text otherwise).</summary>
    private static string Node(string n) =>
        $"""
        json_object('id', {n}.id, 'kind', {n}.kind, 'name', {n}.name, 'countryCode', {n}.props ->> '$.countryCode',
            'latitude', {n}.props -> '$.latitude', 'longitude', {n}.props -> '$.longitude', 'acronym', {n}.props ->> '$.acronym',
            'startDate', {n}.props ->> '$.startDate', 'endDate', {n}.props ->> '$.endDate')
        """;

    public static CompiledQuery Compile(SubgraphQuery query)
    {
        var sql = new AnalyticsSql();
        sql.ScopedProjects(query, participation: false);
        var partnerIn = sql.T(M.PartnerIn);
        // Country and network: one partner of the project is in the country and a member (itself or through its city).
        var partnerTests = new List<string>();
        if (query.CountryId is { } country)
        {
            partnerTests.Add(sql.OrganisationInCountry("pe.src", country));
        }
        if (query.NetworkId is { } network)
        {
            partnerTests.Add(sql.OrganisationIsMember("pe.src", network));
        }
        var where = partnerTests.Count == 0
            ? "1"
            : $"EXISTS (SELECT 1 FROM edges pe WHERE pe.dst = sp.seq AND pe.type = {partnerIn} AND {string.Join(" AND ", partnerTests)})";
        sql.Cte($"""
            ranked(seq, partners) AS MATERIALIZED (
                SELECT sp.seq, (SELECT count(*) FROM edges e WHERE e.dst = sp.seq AND e.type = {partnerIn})
                FROM scoped_projects sp WHERE {where})
            """);
        sql.Cte($"""
            kept(seq, ord) AS MATERIALIZED (
                SELECT r.seq, row_number() OVER (ORDER BY r.partners DESC, p.name, p.id) AS ord
                FROM ranked r CROSS JOIN nodes p ON p.seq = r.seq ORDER BY ord LIMIT {SqlText.Integer(query.First)})
            """);
        sql.Cte($"""
            partners(project, partner, role, city) AS MATERIALIZED (
                SELECT k.seq, e.src, e.props ->> '$.role',
                       (SELECT l.dst FROM edges l JOIN nodes c ON c.seq = l.dst WHERE l.src = e.src AND l.type = {sql.T(M.LocatedIn)} ORDER BY c.id LIMIT 1)
                FROM kept k CROSS JOIN edges e ON e.dst = k.seq AND e.type = {partnerIn})
            """);
        var memberOf = sql.T(M.MemberOf);
        string Networks(string member) =>
            $"(SELECT json_group_array(json({Node("g")})) FROM edges m JOIN nodes g ON g.seq = m.dst WHERE m.src = {member} AND m.type = {memberOf})";
        string Targets(string type) =>
            $"json((SELECT json_group_array(json({Node("g")})) FROM edges f JOIN nodes g ON g.seq = f.dst WHERE f.src = k.seq AND f.type = {type}))";
        return sql.Build($"""
            SELECT json_object(
                'totalCount', (SELECT count(*) FROM ranked),
                'projects', json((SELECT json_group_array(json(j) ORDER BY ord) FROM (
                    SELECT k.ord, json_object(
                        'node', json({Node("p")}),
                        'partners', json((SELECT json_group_array(json_object(
                                'node', json({Node("x")}), 'role', pa.role, 'networks', json({Networks("x.seq")}),
                                'city', json(CASE WHEN c.seq IS NULL THEN NULL ELSE {Node("c")} END),
                                'cityNetworks', json(CASE WHEN c.seq IS NULL THEN '[]' ELSE {Networks("c.seq")} END)))
                            FROM partners pa CROSS JOIN nodes x ON x.seq = pa.partner LEFT JOIN nodes c ON c.seq = pa.city
                            WHERE pa.project = k.seq)),
                        'programmes', {Targets(sql.T(M.FundedBy))},
                        'themes', {Targets(sql.T(M.Addresses))}) AS j
                    FROM kept k CROSS JOIN nodes p ON p.seq = k.seq)))
            ) AS result
            """);
    }
}
