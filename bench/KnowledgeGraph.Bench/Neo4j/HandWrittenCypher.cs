namespace KnowledgeGraph.Bench.Neo4j;

/// <summary>
/// The requests of the Neo4j query bench and their hand-written Cypher (Neo4j 3.1 dialect). Each statement answers
/// the question its GraphQL request asks, with the same selection, order and page, straight from the stored nodes and
/// relationships: a city takes part in a project directly (PARTNER_IN) or through an organisation LOCATED_IN it; a
/// partner's countries are its own IN_COUNTRY and its city's (docs/analytics.md).
/// </summary>
public static class HandWrittenCypher
{
    /// <summary>Every request about <paramref name="s"/>.</summary>
    public static IReadOnlyList<HandWrittenRequest> All(BenchSubjects s) =>
    [
        new("nested-3-levels", "programmes",
            """{ programmes(first: 10) { nodes { id name funds(first: 10) { nodes { id name partners(first: 10) { nodes { id name ... on Organisation { locatedIn { nodes { id name } } } } } } } } } }""",
            """
            MATCH (g:Programme) WITH g ORDER BY g.id LIMIT 10
            OPTIONAL MATCH (g)<-[:FUNDED_BY]-(p:Project)
            WITH g, p ORDER BY p.id
            WITH g, collect(p)[..10] AS ps
            UNWIND CASE WHEN size(ps) = 0 THEN [null] ELSE ps END AS p
            OPTIONAL MATCH (p)<-[:PARTNER_IN]-(a)
            WITH g, p, a ORDER BY a.id
            WITH g, p, collect(a)[..10] AS partners
            WITH g, p, [a IN partners | CASE WHEN a:Organisation
              THEN {id: a.id, name: a.name, locatedIn: {nodes: [(a)-[:LOCATED_IN]->(c:City) | {id: c.id, name: c.name}]}}
              ELSE {id: a.id, name: a.name} END] AS partners
            ORDER BY g.id, p.id
            WITH g, collect(CASE WHEN p IS NULL THEN NULL ELSE {id: p.id, name: p.name, partners: {nodes: partners}} END) AS funds
            ORDER BY g.id
            RETURN collect({id: g.id, name: g.name, funds: {nodes: funds}}) AS nodes
            """, P()),
        new("filtered-sorted", "cities",
            """{ cities(where: { population: { gt: 100000 } }, orderBy: [{ population: DESC }], first: 20) { totalCount nodes { id name population } } }""",
            """
            MATCH (c:City) WHERE c.population > $min
            WITH c ORDER BY c.population DESC, c.id
            WITH collect(c) AS matched
            RETURN size(matched) AS totalCount, [c IN matched[..20] | {id: c.id, name: c.name, population: c.population}] AS nodes
            """, P(("min", 100000))),
        new("by-id", "city",
            $$"""{ city(id: "{{s.CityId}}") { id name population } }""",
            "MATCH (c:City {id: $id}) RETURN c.id AS id, c.name AS name, c.population AS population",
            P(("id", s.CityId))),
        new("search", "search",
            $$"""{ search(text: "{{s.SearchText}}", first: 10) { id name } }""",
            // No full-text index on 3.1: every folded name is read; the best match first (exact, then shortest name).
            """
            MATCH (n) WHERE any(f IN n._folded WHERE f STARTS WITH $word OR f CONTAINS $spaced)
            WITH n, reduce(m = 1000000, f IN [f IN n._folded WHERE f STARTS WITH $word OR f CONTAINS $spaced] | CASE WHEN size(f) < m THEN size(f) ELSE m END) AS shortest
            ORDER BY CASE WHEN $word IN n._folded THEN 0 ELSE 1 END, shortest, n.id
            LIMIT 10
            RETURN n.id AS id, n.name AS name
            """, P(("word", s.SearchText), ("spaced", " " + s.SearchText))),
        new("q1-collaborating", "collaboratingCities",
            $$"""{ collaboratingCities(theme: "{{s.ThemeId}}", first: 10) { totalCount pairs { cityA { id } cityB { id } sharedProjects } } }""",
            """
            MATCH (:Theme {id: $theme})<-[:ADDRESSES]-(p:Project)<-[:PARTNER_IN]-(x)
            OPTIONAL MATCH (x)-[:LOCATED_IN]->(l:City)
            WITH DISTINCT p, CASE WHEN x:City THEN x ELSE l END AS c
            WHERE c IS NOT NULL
            WITH p, collect(c) AS cs
            UNWIND cs AS a
            UNWIND cs AS b
            WITH a, b, p WHERE a.id < b.id
            WITH a, b, count(p) AS shared
            ORDER BY shared DESC, a.id, b.id
            WITH collect({a: a.id, b: b.id, n: shared}) AS pairs
            RETURN size(pairs) AS totalCount, [x IN pairs[..10] | {cityA: {id: x.a}, cityB: {id: x.b}, sharedProjects: x.n}] AS pairs
            """, P(("theme", s.ThemeId))),
        new("q2-city-profile", "cityProfile",
            $$"""{ cityProfile(city: "{{s.CityId}}", first: 10) { city { id } projects { id role } partners { totalCount items { city { id } sharedProjects } } activity { year projects } } }""",
            """
            MATCH (c:City {id: $city})
            OPTIONAL MATCH (c)<-[:LOCATED_IN*0..1]-(x)-[r:PARTNER_IN]->(p:Project)
            WITH c, p, collect(r.role) AS roles
            WITH c, p, CASE WHEN 'lead' IN roles THEN 'lead' WHEN 'partner' IN roles THEN 'partner' END AS role, toInteger(substring(p.startDate, 0, 4)) AS year
            ORDER BY CASE WHEN year IS NULL THEN 1 ELSE 0 END, year, p.name, p.id
            WITH c, collect(p) AS ps, collect({id: p.id, role: role, year: year}) AS projects
            UNWIND ps AS p
            MATCH (p)<-[:PARTNER_IN]-(y)
            OPTIONAL MATCH (y)-[:LOCATED_IN]->(l:City)
            WITH c, projects, p, CASE WHEN y:City THEN y ELSE l END AS pc
            WHERE pc IS NOT NULL AND pc <> c
            WITH c, projects, pc, count(DISTINCT p) AS shared
            ORDER BY shared DESC, pc.id
            WITH c, projects, collect({city: {id: pc.id}, sharedProjects: shared}) AS partners
            RETURN {id: c.id} AS city, [x IN projects | {id: x.id, role: x.role}] AS projects,
              {totalCount: size(partners), items: partners[..10]} AS partners,
              [y IN reduce(acc = [], x IN projects | CASE WHEN x.year IS NULL OR x.year IN acc THEN acc ELSE acc + x.year END)
                | {year: y, projects: size([x IN projects WHERE x.year = y])}] AS activity
            """, P(("city", s.CityId))),
        new("q3-connections", "connections",
            $$"""{ connections(from: "{{s.CityId}}", to: "{{s.PathToId}}", first: 5) { length paths { nodes { id } } } }""",
            """
            MATCH (a:City {id: $from}), (b:City {id: $to})
            MATCH p = allShortestPaths((a)-[*..4]-(b))
            WHERE all(x IN nodes(p)[1..-1] WHERE NOT x.kind IN $excluded)
            WITH p ORDER BY reduce(k = '', i IN range(0, length(p) - 1) | k + (nodes(p)[i]).id + '\t' + type(relationships(p)[i]) + '\t') + (nodes(p)[length(p)]).id
            LIMIT 5
            RETURN length(p) AS length, [x IN nodes(p) | {id: x.id}] AS nodes
            """, P(("from", s.CityId), ("to", s.PathToId), ("excluded", new[] { "Country", "Theme", "Study" }))),
        new("q3-connections-typed", "connections",
            $$"""{ connections(from: "{{s.CityId}}", to: "{{s.PathToId}}", relationshipTypes: [COOPERATES_WITH, MEMBER_OF], first: 5) { length paths { nodes { id } } } }""",
            """
            MATCH (a:City {id: $from}), (b:City {id: $to})
            MATCH p = allShortestPaths((a)-[:COOPERATES_WITH|MEMBER_OF*..4]-(b))
            WHERE all(x IN nodes(p)[1..-1] WHERE NOT x.kind IN $excluded)
            WITH p ORDER BY reduce(k = '', i IN range(0, length(p) - 1) | k + (nodes(p)[i]).id + '\t' + type(relationships(p)[i]) + '\t') + (nodes(p)[length(p)]).id
            LIMIT 5
            RETURN length(p) AS length, [x IN nodes(p) | {id: x.id}] AS nodes
            """, P(("from", s.CityId), ("to", s.PathToId), ("excluded", new[] { "Country", "Theme", "Study" }))),
        new("q4-most-connected", "mostConnected",
            $$"""{ mostConnected(kind: CITY, by: PARTNERS, theme: "{{s.ThemeId}}", first: 10) { totalCount items { node { id } partners projects } } }""",
            """
            MATCH (:Theme {id: $theme})<-[:ADDRESSES]-(p:Project)<-[:PARTNER_IN]-(x)
            OPTIONAL MATCH (x)-[:LOCATED_IN]->(l:City)
            WITH DISTINCT p, CASE WHEN x:City THEN x ELSE l END AS c
            WHERE c IS NOT NULL
            WITH p, collect(c) AS cs
            UNWIND cs AS a
            UNWIND cs AS b
            WITH a, count(DISTINCT p) AS projects, collect(DISTINCT b) AS met
            WITH a, projects, size(met) - 1 AS partners
            ORDER BY partners DESC, projects DESC, a.id
            WITH collect({node: {id: a.id}, partners: partners, projects: projects}) AS ranked
            RETURN size(ranked) AS totalCount, ranked[..10] AS items
            """, P(("theme", s.ThemeId))),
        new("q5-programme", "programmeProjects",
            $$"""{ programmeProjects(programme: "{{s.ProgrammeId}}", first: 10) { totalCount euFunding countries { country { id } projects } projects { id partners } } }""",
            """
            MATCH (:Programme {id: $programme})<-[:PART_OF*0..]-(:Programme)<-[:FUNDED_BY]-(p:Project)
            WITH DISTINCT p
            OPTIONAL MATCH (p)<-[:PARTNER_IN]-(x)
            WITH p, collect(DISTINCT x) AS xs
            UNWIND CASE WHEN size(xs) = 0 THEN [null] ELSE xs END AS x
            OPTIONAL MATCH (x)-[:LOCATED_IN*0..1]->()-[:IN_COUNTRY]->(k:Country)
            WITH p, size(xs) AS partners, collect(DISTINCT k) AS countries
            ORDER BY CASE WHEN p.euFunding IS NULL THEN 1 ELSE 0 END, p.euFunding DESC, p.name, p.id
            WITH collect({id: p.id, funding: p.euFunding, partners: partners, countries: countries}) AS rows
            WITH rows, reduce(s = 0.0, r IN rows | s + coalesce(r.funding, 0.0)) AS funding
            UNWIND rows AS r
            UNWIND r.countries AS k
            WITH k, count(*) AS n, head(collect(rows)) AS rows, head(collect(funding)) AS funding
            ORDER BY n DESC, k.id
            WITH collect({country: {id: k.id}, projects: n}) AS countries, head(collect(rows)) AS rows, head(collect(funding)) AS funding
            RETURN size(rows) AS totalCount, round(funding * 100) / 100 AS euFunding, countries, [r IN rows[..10] | {id: r.id, partners: r.partners}] AS projects
            """, P(("programme", s.ProgrammeId))),
        new("q5-country", "countryPartners",
            $$"""{ countryPartners(country: "{{s.CountryId}}", theme: "{{s.ThemeId}}", first: 10) { cities { totalCount items { id projects } } organisations { totalCount items { id projects } } projects { totalCount items { id partners } } } }""",
            """
            MATCH (k:Country {id: $country})
            MATCH (:Theme {id: $theme})<-[:ADDRESSES]-(p:Project)
            WITH k, collect(p) AS ps
            OPTIONAL MATCH (k)<-[:IN_COUNTRY]-(c:City)<-[:LOCATED_IN*0..1]-()-[:PARTNER_IN]->(p:Project) WHERE p IN ps
            WITH k, ps, c, count(DISTINCT p) AS n
            ORDER BY n DESC, c.name, c.id
            WITH k, ps, [x IN collect({id: c.id, projects: n}) WHERE x.id IS NOT NULL] AS cities
            UNWIND ps AS p
            OPTIONAL MATCH (p)<-[:PARTNER_IN]-(x) WHERE (x)-[:LOCATED_IN*0..1]->()-[:IN_COUNTRY]->(k)
            WITH cities, p, collect(DISTINCT x) AS xs
            WITH cities, collect({p: p, xs: xs}) AS rows
            UNWIND rows AS r
            UNWIND r.xs AS o
            WITH cities, rows, r, o WHERE o:Organisation
            WITH cities, rows, o, count(DISTINCT r.p) AS n
            ORDER BY n DESC, o.name, o.id
            WITH cities, rows, collect({id: o.id, projects: n}) AS orgs
            UNWIND rows AS r
            WITH cities, orgs, r.p AS p, size(r.xs) AS n WHERE n > 0
            WITH cities, orgs, p, n
            ORDER BY n DESC, p.name, p.id
            WITH cities, orgs, collect({id: p.id, partners: n}) AS projects
            RETURN {totalCount: size(cities), items: cities[..10]} AS cities,
              {totalCount: size(orgs), items: orgs[..10]} AS organisations,
              {totalCount: size(projects), items: projects[..10]} AS projects
            """, P(("country", s.CountryId), ("theme", s.ThemeId))),
    ];

    private static Dictionary<string, object?> P(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
