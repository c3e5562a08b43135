using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Analytics;

/// <summary>
/// The subgraph's facts in Cypher, in one statement (the shape <see cref="SubgraphAssembler"/> reads, the same as
/// SQLite's): the scope's nodes resolved by id or key, the projects in scope ranked by their partners, the first ones
/// kept, each with its partners, programmes and themes read by pattern comprehensions.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Each scope id is resolved among the nodes of its kind (<c>collect(x)[0]</c> keeps the row when it resolves to
/// nothing; the test then matches nothing, as in SQLite).</item>
/// <item>Years are the first four characters of <c>startDate</c> and <c>endDate</c>, as in SQLite.</item>
/// <item>An organisation's city is the LOCATED_IN target with the smallest id (a <c>reduce</c>, as a comprehension has
/// no order); partners, programmes and themes come in any order, the assembler orders them.</item>
/// </list>
/// </remarks>
internal static class SubgraphCypher
{
    /// <summary>The statement for <paramref name="query"/> (validated by the caller).</summary>
    public static CompiledCypher Compile(SubgraphQuery query)
    {
        var c = new CypherText();
        var lines = new List<string>();
        var carried = new List<string>();
        string Resolve(string variable, NodeKind kind, string id)
        {
            var p = c.Param(id);
            lines.Add($"OPTIONAL MATCH ({variable}:{CypherText.Quote(kind.Name)}) WHERE {variable}.id = {p} OR {p} IN {variable}._keys");
            lines.Add($"WITH {string.Join(", ", carried.Append($"collect({variable})[0] AS {variable}"))}");
            carried.Add(variable);
            return variable;
        }
        string T(RelationshipType type) => CypherText.Quote(type.Name);
        var tests = new List<string>();
        if (query.ThemeId is { } theme)
        {
            var t = Resolve("tn", M.Theme, theme);
            tests.Add($"{t} IS NOT NULL AND (p)-[:{T(M.Addresses)}]->({t})");
        }
        if (query.ProgrammeId is { } programme)
        {
            var g = Resolve("pn", M.Programme, programme);
            tests.Add($"{g} IS NOT NULL AND (p)-[:{T(M.FundedBy)}]->()-[:{T(M.PartOf)}*0..]->({g})");
        }
        var partnerTests = new List<string>();
        if (query.CountryId is { } country)
        {
            var k = Resolve("cn", M.Country, country);
            partnerTests.Add($"({k} IS NOT NULL AND ((y)-[:{T(M.InCountry)}]->({k}) OR (y)-[:{T(M.LocatedIn)}]->()-[:{T(M.InCountry)}]->({k})))");
        }
        if (query.NetworkId is { } network)
        {
            var n = Resolve("nn", M.Network, network);
            partnerTests.Add($"({n} IS NOT NULL AND ((y)-[:{T(M.MemberOf)}]->({n}) OR (y)-[:{T(M.LocatedIn)}]->()-[:{T(M.MemberOf)}]->({n})))");
        }
        if (partnerTests.Count > 0)
        {
        }
        const string startYear = "toInteger(substring(p.startDate, 0, 4))";
        const string endYear = "toInteger(substring(p.endDate, 0, 4))";
        if (query.FromYear is { } from)
        {
            tests.Add($"coalesce({endYear}, {startYear}) >= {c.Param(from)}");
        }
        if (query.ToYear is { } to)
        {
            tests.Add($"coalesce({startYear}, {endYear}) <= {c.Param(to)}");
        }
        const string node = "{id: {0}.id, kind: {0}.kind, name: {0}.name, countryCode: {0}.countryCode, latitude: {0}.latitude, longitude: {0}.longitude, acronym: {0}.acronym, startDate: {0}.startDate, endDate: {0}.endDate}";
        string N(string v) => node.Replace("{0}", v, StringComparison.Ordinal);
        string Networks(string member) => $"[({member})-[:{T(M.MemberOf)}]->(g) | {N("g")}]";
        lines.Add($"MATCH (p:{CypherText.Quote(M.Project.Name)})");
        if (tests.Count > 0)
        {
            lines.Add($"WHERE {string.Join("\n  AND ", tests)}");
        }
        if (partnerTests.Count > 0)
        {
            // any() over the partners bound by a WITH first: in a WHERE, Neo4j 3.1 answers size([pattern WHERE pattern
            // predicate | 1]) > 0 wrongly, and loses the comprehension's variables when any() tests two patterns.
            lines.Add($"WITH {string.Join(", ", carried.Prepend("p"))}, [(x)-[:{T(M.PartnerIn)}]->(p) | x] AS partnersOfP");
            lines.Add($"WHERE any(y IN partnersOfP WHERE {string.Join(" AND ", partnerTests)})");
        }
        lines.Add($"WITH p, size([(x)-[:{T(M.PartnerIn)}]->(p) | x]) AS partners");
        lines.Add("ORDER BY partners DESC, p.name, p.id");
        lines.Add("WITH collect(p) AS ps");
        lines.Add($"WITH size(ps) AS totalCount, ps[..{CypherText.Integer(query.First)}] AS kept");
        lines.Add($$"""
            RETURN totalCount, [p IN kept | {
                node: {{N("p")}},
                partners: [(x)-[r:{{T(M.PartnerIn)}}]->(p) | [y IN [reduce(m = NULL, l IN [(x)-[:{{T(M.LocatedIn)}}]->(l) | l] | CASE WHEN m IS NULL OR l.id < m.id THEN l ELSE m END)] | {
                    node: {{N("x")}}, role: r.role, networks: {{Networks("x")}},
                    city: CASE WHEN y IS NULL THEN NULL ELSE {{N("y")}} END,
                    cityNetworks: CASE WHEN y IS NULL THEN [] ELSE {{Networks("y")}} END}][0]],
                programmes: [(p)-[:{{T(M.FundedBy)}}]->(g) | {{N("g")}}],
                themes: [(p)-[:{{T(M.Addresses)}}]->(g) | {{N("g")}}]}] AS projects
            """);
        return new CompiledCypher(string.Join("\n", lines), c.Parameters, null);
    }
}
