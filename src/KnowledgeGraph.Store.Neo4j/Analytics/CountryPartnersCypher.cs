using System.Text;
using System.Text.Json;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Analytics;

/// <summary>
/// Question 5 (country side) in Cypher: a country's partner cities, organisations and projects in scope with counts, one
/// page of each; the same JSON as SQLite (<see cref="CountryPartnersQuery"/>).
/// </summary>
/// <remarks>
/// Per project in scope: its cities in the country (<see cref="AnalyticsCypher.Cities"/> IN_COUNTRY it), and its partners
/// in the country (their own IN_COUNTRY or their city's, SQLite's <c>partner_countries</c>): the organisations among them
/// (anything not a City), and the count of those and of the cities taking part directly. Each city, organisation and
/// project becomes one entry <c>{t, e, n}</c> (t: 0 city, 1 organisation, 2 project), entries are ordered by count
/// descending, name and id in the statement, and the three lists are sliced from the one ordered list.
/// </remarks>
internal static class CountryPartnersCypher
{
    /// <summary>The statement for <paramref name="query"/> (validated by the caller).</summary>
    public static CompiledCypher Compile(CountryPartnersQuery query)
    {
        var a = new AnalyticsCypher();
        a.Node("k", query.Id, M.Country);
        var scope = a.Scope(query, country: false);
        var carry = scope.Length == 0 ? "k" : "k, " + scope;
        var head = a.Lookups();
        var body = new StringBuilder(a.ScopedProjects(query, carry, query.ProgrammeId is null ? null : "g"));
        var partnerIn = AnalyticsCypher.T(M.PartnerIn);
        var inCountry = $"(size(coalesce([(x)-[:{AnalyticsCypher.T(M.InCountry)}]->(k) | 1], [])) + size(coalesce([(x)-[:{AnalyticsCypher.T(M.LocatedIn)}]->()-[:{AnalyticsCypher.T(M.InCountry)}]->(k) | 1], [])) > 0)";
        var network = query.NetworkId is not null;
        var cityKind = a.P(M.City.Name);
        var inCountryTo = AnalyticsCypher.T(M.InCountry);
        var locatedIn = AnalyticsCypher.T(M.LocatedIn);
        // Membership is tested on rows, after the UNWIND, bound first and filtered by the next WITH: Neo4j 3.1 answers a
        // pattern comprehension inside a list comprehension wrongly, and with the test in the WHERE of the DISTINCT it
        // re-plans the entries without the country.
        var cities = $"coalesce([(p)<-[:{partnerIn}]-(c:{AnalyticsCypher.L(M.City)})-[:{inCountryTo}]->(k) | c], []) "
            + $"+ coalesce([(p)<-[:{partnerIn}]-()-[:{locatedIn}]->(c)-[:{inCountryTo}]->(k) | c], [])";
        var filter = network
            ? $"\nWITH p, tp, e, CASE WHEN tp = 1 AND NOT e.kind = {cityKind} THEN {AnalyticsCypher.OrganisationIsMember("e")} ELSE {AnalyticsCypher.IsMember("e")} END AS member"
              + "\nWITH p, tp, e, member WHERE member"
            : "";
        var slice = a.Slice(query);
        body.Append($"""

            WITH {carry}, p, {cities} AS cs, coalesce([(p)<-[:{partnerIn}]-(x) WHERE {inCountry} | x], []) AS xs
            WITH {carry}, p, [c IN cs | {"{"}tp: 0, e: c{"}"}] + [x IN xs | {"{"}tp: 1, e: x{"}"}] AS entries
            UNWIND entries AS x
            WITH DISTINCT {carry}, p, x.tp AS tp, x.e AS e{filter}
            WITH p, CASE WHEN tp = 0 THEN [{"{"}tp: 0, e: e{"}"}] WHEN e.kind = {cityKind} THEN [{"{"}tp: 2, e: p{"}"}] ELSE [{"{"}tp: 1, e: e{"}"}, {"{"}tp: 2, e: p{"}"}] END AS entries
            UNWIND entries AS y
            WITH y.tp AS tp, y.e AS e, count(*) AS n
            WITH tp, e, n, CASE WHEN tp = 1 THEN coalesce([(e)-[:{locatedIn}]->(l) | {"{"}id: l.id, name: l.name{"}"}], []) ELSE [] END AS places
            ORDER BY tp, n DESC, e.name, e.id
            WITH collect({"{"}tp: tp, id: e.id, name: e.name, organisationType: e.organisationType, acronym: e.acronym, places: places, n: n{"}"}) AS entries
            WITH [x IN entries WHERE x.tp = 0] AS cities, [x IN entries WHERE x.tp = 1] AS orgs, [x IN entries WHERE x.tp = 2] AS projects
            OPTIONAL MATCH (k:{AnalyticsCypher.L(M.Country)}) WHERE k.id = {a.P(query.Id)} OR {a.P(query.Id)} IN k._keys
            RETURN CASE WHEN k IS NULL THEN NULL ELSE {"{"}id: k.id, name: k.name, isoCode: k.isoCode{"}"} END AS country,
                size(cities) AS cityCount, cities[{slice}] AS cities,
                size(orgs) AS organisationCount, orgs[{slice}] AS organisations,
                size(projects) AS projectCount, projects[{slice}] AS projects
            """);
        return a.Build(head, body.ToString());
    }

    /// <summary>SQLite's JSON from the statement's row.</summary>
    public static string Shape(JsonElement row, CountryPartnersQuery query) => AnalyticsJson.Write(w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("country");
        AnalyticsJson.Map(w, row.GetProperty("country"), "id", "name", "isoCode");
        w.WriteStartObject("cities");
        w.WriteNumber("totalCount", row.GetProperty("cityCount").GetInt64());
        w.WriteStartArray("items");
        foreach (var c in AnalyticsJson.Items(row.GetProperty("cities")))
        {
            w.WriteStartObject();
            w.WritePropertyName("id");
            AnalyticsJson.Value(w, AnalyticsJson.Get(c, "id"));
            w.WritePropertyName("name");
            AnalyticsJson.Value(w, AnalyticsJson.Get(c, "name"));
            w.WriteNumber("projects", AnalyticsJson.Integer(c, "n"));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("organisations");
        w.WriteNumber("totalCount", row.GetProperty("organisationCount").GetInt64());
        w.WriteStartArray("items");
        foreach (var o in AnalyticsJson.Items(row.GetProperty("organisations")))
        {
            w.WriteStartObject();
            foreach (var key in new[] { "id", "name", "organisationType" })
            {
                w.WritePropertyName(key);
                AnalyticsJson.Value(w, AnalyticsJson.Get(o, key));
            }
            w.WritePropertyName("city");
            var place = AnalyticsJson.ByText(AnalyticsJson.Items(o.GetProperty("places")), "id").FirstOrDefault();
            AnalyticsJson.Map(w, place, "id", "name");
            w.WriteNumber("projects", AnalyticsJson.Integer(o, "n"));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("projects");
        w.WriteNumber("totalCount", row.GetProperty("projectCount").GetInt64());
        w.WriteStartArray("items");
        foreach (var p in AnalyticsJson.Items(row.GetProperty("projects")))
        {
            w.WriteStartObject();
            foreach (var key in new[] { "id", "name", "acronym" })
            {
                w.WritePropertyName(key);
                AnalyticsJson.Value(w, AnalyticsJson.Get(p, key));
            }
            w.WriteNumber("partners", AnalyticsJson.Integer(p, "n"));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    });
}
