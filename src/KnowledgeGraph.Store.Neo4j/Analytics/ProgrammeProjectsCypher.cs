using System.Text;
using System.Text.Json;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Analytics;

/// <summary>
/// Question 5 (programme side) in Cypher: the projects of a programme tree (PART_OF at any depth) in scope, with their
/// partner countries and EU funding sums, one page of projects; the same JSON as SQLite (<see cref="ProgrammeProjectsQuery"/>).
/// </summary>
/// <remarks>
/// The projects are collected once in SQLite's page order (EU funding descending, missing last, then name and id: the
/// missing flag first and the value coalesced, so Neo4j 3.1's pattern comprehensions after the sort stay intact); the
/// tree's programmes, the countries (each partner's IN_COUNTRY, or its city's) and the page's members come from that
/// list. Sums and the short lists' order (names, ids) are finished when the row is written: money is summed as SQLite's
/// <c>sum()</c> and <c>round(..., 2)</c> do, and <c>euFunding</c>/<c>budget</c> are printed from <c>_props</c>.
/// </remarks>
internal static class ProgrammeProjectsCypher
{
    private static readonly string[] Members = ["id", "name", "acronym", "startDate", "endDate", "euFunding", "budget", "programmes", "partners", "countries"];

    /// <summary>The statement for <paramref name="query"/> (validated by the caller).</summary>
    public static CompiledCypher Compile(ProgrammeProjectsQuery query)
    {
        var a = new AnalyticsCypher();
        a.Node("g", query.Id, M.Programme);
        var scope = a.Scope(query, programme: false);
        var carry = scope.Length == 0 ? "g" : "g, " + scope;
        var head = a.Lookups();
        var body = new StringBuilder(a.ScopedProjects(query, carry, "g"));
        var conditions = new List<string>();
        if (query.CountryId is not null)
        {
            conditions.Add($"size(coalesce([(p)<-[:{AnalyticsCypher.T(M.PartnerIn)}]-()-[:{AnalyticsCypher.T(M.InCountry)}]->(k) | 1], [])) "
                + $"+ size(coalesce([(p)<-[:{AnalyticsCypher.T(M.PartnerIn)}]-()-[:{AnalyticsCypher.T(M.LocatedIn)}]->()-[:{AnalyticsCypher.T(M.InCountry)}]->(k) | 1], [])) > 0");
        }
        if (query.NetworkId is not null)
        {
            // As patterns, not a list predicate: Neo4j 3.1 answers a pattern comprehension inside a list comprehension wrongly.
            conditions.Add($"size(coalesce([(p)<-[:{AnalyticsCypher.T(M.PartnerIn)}]-(:{AnalyticsCypher.L(M.City)})-[:{AnalyticsCypher.T(M.MemberOf)}]->(net) | 1], [])) "
                + $"+ size(coalesce([(p)<-[:{AnalyticsCypher.T(M.PartnerIn)}]-()-[:{AnalyticsCypher.T(M.LocatedIn)}]->()-[:{AnalyticsCypher.T(M.MemberOf)}]->(net) | 1], [])) > 0");
        }
        if (conditions.Count > 0)
        {
            body.Append($"\nWITH {carry}, p WHERE ").Append(string.Join(" AND ", conditions));
        }
        body.Append("\nWITH p ORDER BY p.euFunding IS NULL, coalesce(p.euFunding, 0.0) DESC, p.name, p.id");
        // Grouped by nothing, so the row stays when no project is in scope; the programme is looked up again (a few nodes).
        var id = a.P(query.Id);
        body.Append($"\nWITH collect(p) AS ps\nOPTIONAL MATCH (g:{AnalyticsCypher.L(M.Programme)}) WHERE g.id = {id} OR {id} IN g._keys\nWITH collect(g)[0] AS g, ps");
        var fields = Members.Where(f => query.ProjectFields is null || query.ProjectFields.Contains(f)).ToHashSet(StringComparer.Ordinal);
        var countriesOf = $"coalesce([(q)<-[:{AnalyticsCypher.T(M.PartnerIn)}]-()-[:{AnalyticsCypher.T(M.InCountry)}]->(kx) | kx], []) "
            + $"+ coalesce([(q)<-[:{AnalyticsCypher.T(M.PartnerIn)}]-()-[:{AnalyticsCypher.T(M.LocatedIn)}]->()-[:{AnalyticsCypher.T(M.InCountry)}]->(kx) | kx], [])";
        if (query.IncludeCountries)
        {
            body.Append($"""

                UNWIND CASE WHEN size(ps) = 0 THEN [NULL] ELSE ps END AS q
                WITH g, ps, q, CASE WHEN q IS NULL THEN [] ELSE {countriesOf} END AS ks
                UNWIND CASE WHEN size(ks) = 0 THEN [NULL] ELSE ks END AS kk
                WITH DISTINCT g, ps, q, kk
                WITH g, ps, kk, collect(q.euFunding) AS eus, count(q) AS n
                WITH g, ps, collect(CASE WHEN kk IS NULL THEN NULL ELSE {"{"}id: kk.id, name: kk.name, isoCode: kk.isoCode, projects: n, eus: eus{"}"} END) AS countries
                """);
        }
        var project = new List<string> { "id: q.id", "name: q.name" };
        if (fields.Contains("acronym"))
        {
            project.Add("acronym: q.acronym");
        }
        if (fields.Contains("startDate"))
        {
            project.Add("startDate: q.startDate");
        }
        if (fields.Contains("endDate"))
        {
            project.Add("endDate: q.endDate");
        }
        if (fields.Contains("euFunding") || fields.Contains("budget"))
        {
            project.Add("props: q._props");
        }
        if (fields.Contains("programmes"))
        {
            project.Add($"programmes: coalesce([(q)-[:{AnalyticsCypher.T(M.FundedBy)}]->(f) | {{id: f.id, name: f.name}}], [])");
        }
        if (fields.Contains("partners"))
        {
            project.Add($"partners: size(coalesce([(q)<-[:{AnalyticsCypher.T(M.PartnerIn)}]-() | 1], []))");
        }
        if (fields.Contains("countries"))
        {
            project.Add($"countries: [cx IN {countriesOf} | {{id: cx.id, name: cx.name, isoCode: cx.isoCode}}]");
        }
        var returns = new List<string>
        {
            "CASE WHEN g IS NULL THEN NULL ELSE {id: g.id, name: g.name, acronym: g.acronym, period: g.period} END AS programme",
        };
        if (query.IncludeProgrammes)
        {
            returns.Add($"CASE WHEN g IS NULL THEN [] ELSE coalesce([(g)<-[:{AnalyticsCypher.T(M.PartOf)}*0..]-(y) | {{id: y.id, name: y.name, "
                + $"projects: size(coalesce([(y)<-[:{AnalyticsCypher.T(M.FundedBy)}]-(z) WHERE z IN ps | 1], []))}}], []) END AS programmes");
        }
        returns.Add("size(ps) AS total");
        returns.Add("[q IN ps | q.euFunding] AS eus");
        if (query.IncludeBudget)
        {
            returns.Add("[q IN ps | q.budget] AS budgets");
        }
        if (query.IncludeCountries)
        {
            returns.Add("countries");
        }
        returns.Add($"[q IN ps[{a.Slice(query)}] | {{{string.Join(", ", project)}}}] AS projects");
        body.Append("\nRETURN ").Append(string.Join(",\n    ", returns));
        return a.Build(head, body.ToString());
    }

    /// <summary>SQLite's JSON from the statement's row.</summary>
    public static string Shape(JsonElement row, ProgrammeProjectsQuery query) => AnalyticsJson.Write(w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("programme");
        AnalyticsJson.Map(w, row.GetProperty("programme"), "id", "name", "acronym", "period");
        if (query.IncludeProgrammes)
        {
            w.WriteStartArray("programmes");
            var tree = AnalyticsJson.Items(row.GetProperty("programmes")).DistinctBy(p => AnalyticsJson.Text(p, "id"));
            foreach (var programme in AnalyticsJson.ByText(tree, "name", "id"))
            {
                AnalyticsJson.Map(w, programme, "id", "name", "projects");
            }
            w.WriteEndArray();
        }
        w.WriteNumber("totalCount", row.GetProperty("total").GetInt64());
        w.WritePropertyName("euFunding");
        w.WriteRawValue(AnalyticsJson.RoundedSum(AnalyticsJson.Items(row.GetProperty("eus"))));
        if (query.IncludeBudget)
        {
            w.WritePropertyName("budget");
            w.WriteRawValue(AnalyticsJson.RoundedSum(AnalyticsJson.Items(row.GetProperty("budgets"))));
        }
        if (query.IncludeCountries)
        {
            w.WriteStartArray("countries");
            var countries = AnalyticsJson.ByText(AnalyticsJson.Items(row.GetProperty("countries")), "id")
                .OrderByDescending(c => AnalyticsJson.Integer(c, "projects"));
            foreach (var country in countries)
            {
                w.WriteStartObject();
                w.WritePropertyName("country");
                AnalyticsJson.Map(w, country, "id", "name", "isoCode");
                w.WriteNumber("projects", AnalyticsJson.Integer(country, "projects"));
                if (query.IncludeCountryFunding)
                {
                    w.WritePropertyName("euFunding");
                    w.WriteRawValue(AnalyticsJson.RoundedSum(AnalyticsJson.Items(country.GetProperty("eus"))));
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteStartArray("projects");
        foreach (var project in AnalyticsJson.Items(row.GetProperty("projects")))
        {
            w.WriteStartObject();
            foreach (var field in Members.Where(f => query.ProjectFields is null || query.ProjectFields.Contains(f)))
            {
                w.WritePropertyName(field);
                switch (field)
                {
                    case "euFunding" or "budget":
                        AnalyticsJson.PropertyJson(w, project.GetProperty("props"), field);
                        break;
                    case "programmes":
                        w.WriteStartArray();
                        foreach (var programme in AnalyticsJson.ByText(AnalyticsJson.Items(project.GetProperty("programmes")), "name", "id"))
                        {
                            AnalyticsJson.Map(w, programme, "id", "name");
                        }
                        w.WriteEndArray();
                        break;
                    case "countries":
                        w.WriteStartArray();
                        var distinct = AnalyticsJson.Items(project.GetProperty("countries")).DistinctBy(c => AnalyticsJson.Text(c, "id"));
                        foreach (var country in AnalyticsJson.ByText(distinct, "id"))
                        {
                            AnalyticsJson.Map(w, country, "id", "name", "isoCode");
                        }
                        w.WriteEndArray();
                        break;
                    default:
                        AnalyticsJson.Value(w, AnalyticsJson.Get(project, field));
                        break;
                }
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
