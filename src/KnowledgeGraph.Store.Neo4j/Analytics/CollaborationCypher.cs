using System.Text;
using System.Text.Json;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Query;

namespace KnowledgeGraph.Store.Neo4j.Analytics;

/// <summary>
/// Question 1 in Cypher: city pairs sharing projects in scope, ranked by shared projects then ids, one page of them with
/// their shared projects; the same JSON as SQLite (<see cref="CollaborationQuery"/>).
/// </summary>
/// <remarks>
/// The projects in scope each give their cities (<see cref="AnalyticsCypher.Cities"/>, once each; members of the network
/// only), paired with the smaller id first (<c>a.id &lt; b.id</c>, so each pair once, as <c>cityA</c>/<c>cityB</c>);
/// with a country, a pair needs one of its cities in it. The pairs are counted, ordered and sliced in the statement;
/// each page pair's projects are put in SQLite's order (name, then id) when the row is written.
/// </remarks>
internal static class CollaborationCypher
{
    /// <summary>The statement for <paramref name="query"/> (validated by the caller).</summary>
    public static CompiledCypher Compile(CollaborationQuery query)
    {
        var a = new AnalyticsCypher();
        var carry = a.Scope(query);
        var head = a.Lookups();
        var keep = carry.Length == 0 ? "" : carry + ", ";
        var body = new StringBuilder(a.ScopedProjects(query, carry, query.ProgrammeId is null ? null : "g"));
        body.Append($"\nWITH {keep}p, {AnalyticsCypher.Cities("p")} AS cs");
        body.Append("\nUNWIND cs AS c");
        body.Append($"\nWITH DISTINCT {keep}p, c");
        if (query.NetworkId is not null)
        {
            body.Append(" WHERE ").Append(AnalyticsCypher.IsMember("c"));
        }
        if (query.CountryId is not null)
        {
            body.Append($"\nWITH p, collect(c) AS cs, collect(CASE WHEN {AnalyticsCypher.InCountry("c")} THEN c END) AS homes");
        }
        else
        {
            body.Append("\nWITH p, collect(c) AS cs");
        }
        body.Append("\nUNWIND cs AS a\nUNWIND cs AS b");
        body.Append("\nWITH p, a, b WHERE a.id < b.id").Append(query.CountryId is null ? "" : " AND (a IN homes OR b IN homes)");
        body.Append("\nWITH a, b, count(*) AS n").Append(query.IncludeProjects ? ", collect(p) AS ps" : "");
        body.Append("\nORDER BY n DESC, a.id, b.id");
        body.Append("\nWITH collect({a: a, b: b, n: n").Append(query.IncludeProjects ? ", ps: ps" : "").Append("}) AS pairs");
        var projects = query.IncludeProjects ? ", projects: [q IN x.ps | {id: q.id, name: q.name, acronym: q.acronym}]" : "";
        var slice = a.Slice(query);
        body.Append("\nRETURN size(pairs) AS total,\n    [x IN pairs[").Append(slice).Append("] | ")
            .Append(City("x.a", "cityA")).Append(", ").Append(City("x.b", "cityB")).Append(", sharedProjects: x.n").Append(projects).Append("}] AS pairs");
        return a.Build(head, body.ToString());
    }

    /// <summary>The opening of a page item's map with the city <paramref name="node"/> as <paramref name="key"/>.</summary>
    private static string City(string node, string key) =>
        (key == "cityA" ? "{" : "") + $"{key}: {{id: {node}.id, name: {node}.name, countryCode: {node}.countryCode}}";

    /// <summary>SQLite's JSON from the statement's row.</summary>
    public static string Shape(JsonElement row, CollaborationQuery query) => AnalyticsJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("totalCount", row.GetProperty("total").GetInt64());
        w.WriteStartArray("pairs");
        foreach (var pair in AnalyticsJson.Items(row.GetProperty("pairs")))
        {
            w.WriteStartObject();
            w.WritePropertyName("cityA");
            AnalyticsJson.Map(w, pair.GetProperty("cityA"), "id", "name", "countryCode");
            w.WritePropertyName("cityB");
            AnalyticsJson.Map(w, pair.GetProperty("cityB"), "id", "name", "countryCode");
            w.WriteNumber("sharedProjects", pair.GetProperty("sharedProjects").GetInt64());
            if (query.IncludeProjects)
            {
                w.WriteStartArray("projects");
                foreach (var project in AnalyticsJson.ByText(AnalyticsJson.Items(pair.GetProperty("projects")), "name", "id"))
                {
                    AnalyticsJson.Map(w, project, "id", "name", "acronym");
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
