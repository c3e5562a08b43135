using System.Text;
using System.Text.Json;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Analytics;

/// <summary>
/// Question 4 in Cypher: cities or organisations ranked by partners or projects within a scope, one page of them; for
/// betweenness, the scoped collaboration graph that <see cref="BetweennessRanking"/> ranks in memory (as SQLite does).
/// The same JSON as SQLite (<see cref="CentralityQuery"/>).
/// </summary>
/// <remarks>
/// Who takes part: the cities of each project in scope (<see cref="AnalyticsCypher.Cities"/>), or its organisations
/// PARTNER_IN it; members of the network only when one is given. Each taking part is paired with every other of the same
/// project: the distinct others are its partners, the distinct projects its projects. The country restricts the ranked
/// nodes only. An organisation's <c>countryCode</c> (its first city's by id, else its first country's ISO code) is chosen
/// when the row is written.
/// </remarks>
internal static class CentralityCypher
{
    /// <summary>The statement for <paramref name="query"/> (validated by the caller).</summary>
    public static CompiledCypher Compile(CentralityQuery query)
    {
        var a = new AnalyticsCypher();
        var carry = a.Scope(query);
        var head = a.Lookups();
        var keep = carry.Length == 0 ? "" : carry + ", ";
        var cities = query.Subject == CentralitySubject.City;
        var body = new StringBuilder(a.ScopedProjects(query, carry, query.ProgrammeId is null ? null : "g"));
        if (cities)
        {
            body.Append($"\nWITH {keep}p, {AnalyticsCypher.Cities("p")} AS cs");
            body.Append("\nUNWIND cs AS c");
            body.Append($"\nWITH DISTINCT {keep}p, c");
            if (query.NetworkId is not null)
            {
                body.Append(" WHERE ").Append(AnalyticsCypher.IsMember("c"));
            }
        }
        else
        {
            body.Append($"\nMATCH (c:{AnalyticsCypher.L(M.Organisation)})-[:{AnalyticsCypher.T(M.PartnerIn)}]->(p)");
            body.Append($"\nWITH DISTINCT {keep}p, c");
            if (query.NetworkId is not null)
            {
                body.Append(" WHERE ").Append(AnalyticsCypher.OrganisationIsMember("c"));
            }
        }
        var country = query.CountryId is null ? null : cities ? AnalyticsCypher.InCountry("a") : AnalyticsCypher.OrganisationInCountry("a");
        body.Append($"\nWITH {keep}p, collect(c) AS cs\nUNWIND cs AS a");
        var node = cities
            ? "{id: a.id, kind: a.kind, name: a.name, countryCode: a.countryCode}"
            : $"{{id: a.id, kind: a.kind, name: a.name, places: [(a)-[:{AnalyticsCypher.T(M.LocatedIn)}]->(l) | {{id: l.id, code: l.countryCode}}], "
              + $"countries: [(a)-[:{AnalyticsCypher.T(M.InCountry)}]->(i) | {{id: i.id, code: i.isoCode}}]}}";
        if (query.Measure == CentralityMeasure.Betweenness)
        {
            body.Append($"""

                UNWIND cs AS b
                WITH {keep}a, count(DISTINCT p) AS projects, count(DISTINCT CASE WHEN b <> a THEN b END) AS partners,
                    collect(DISTINCT CASE WHEN a._seq < b._seq THEN b._seq END) AS next
                ORDER BY a._seq
                WITH collect({"{"}seq: a._seq, next: next, node: CASE WHEN {country ?? "true"} THEN {node} END, partners: partners, projects: projects{"}"}) AS nodes
                WITH nodes, reduce(s = 0, x IN nodes | s + size(x.next)) AS edgeCount
                RETURN size(nodes) AS nodeCount, edgeCount,
                    CASE WHEN size(nodes) <= {a.P((long)query.MaxGraphNodes)} AND edgeCount <= {a.P((long)query.MaxGraphEdges)} THEN nodes END AS nodes
                """);
            return a.Build(head, body.ToString());
        }
        if (country is not null)
        {
            body.Append($"\nWITH {keep}p, cs, a WHERE {country}");
        }
        var order = query.Measure == CentralityMeasure.Partners ? "partners DESC, projects DESC, a.id" : "projects DESC, partners DESC, a.id";
        body.Append($"""

            UNWIND cs AS b
            WITH a, count(DISTINCT p) AS projects, count(DISTINCT CASE WHEN b <> a THEN b END) AS partners
            ORDER BY {order}
            WITH collect({"{"}a: a, partners: partners, projects: projects{"}"}) AS ranked
            WITH size(ranked) AS total, ranked[{a.Slice(query)}] AS page
            UNWIND CASE WHEN size(page) = 0 THEN [NULL] ELSE page END AS x
            WITH total, x, x.a AS a
            RETURN total, collect(CASE WHEN x IS NULL THEN NULL ELSE {"{"}node: {node}, partners: x.partners, projects: x.projects{"}"} END) AS items
            """);
        return a.Build(head, body.ToString());
    }

    /// <summary>SQLite's JSON from the statement's row (for betweenness, ranked in memory).</summary>
    public static string Shape(JsonElement row, CentralityQuery query, CancellationToken cancellationToken)
    {
        if (query.Measure == CentralityMeasure.Betweenness)
        {
            return BetweennessRanking.Rank(Graph(row), query, cancellationToken);
        }
        return AnalyticsJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("totalCount", row.GetProperty("total").GetInt64());
            w.WriteStartArray("items");
            foreach (var item in AnalyticsJson.Items(row.GetProperty("items")))
            {
                w.WriteStartObject();
                w.WritePropertyName("node");
                Node(w, item.GetProperty("node"));
                w.WriteNumber("partners", item.GetProperty("partners").GetInt64());
                w.WriteNumber("projects", item.GetProperty("projects").GetInt64());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The graph JSON <see cref="BetweennessRanking"/> reads: nodes by <c>_seq</c>, edges by their indexes.</summary>
    private static string Graph(JsonElement row) => AnalyticsJson.Write(w =>
    {
        var nodes = row.GetProperty("nodes");
        w.WriteStartObject();
        w.WriteNumber("nodeCount", row.GetProperty("nodeCount").GetInt64());
        w.WriteNumber("edgeCount", row.GetProperty("edgeCount").GetInt64());
        if (nodes.ValueKind != JsonValueKind.Array)
        {
            w.WriteNull("nodes");
            w.WriteNull("edges");
            w.WriteEndObject();
            return;
        }
        var index = new Dictionary<long, int>();
        foreach (var n in nodes.EnumerateArray())
        {
            index[n.GetProperty("seq").GetInt64()] = index.Count;
        }
        w.WriteStartArray("nodes");
        foreach (var n in nodes.EnumerateArray())
        {
            var ranked = n.GetProperty("node").ValueKind == JsonValueKind.Object;
            w.WriteStartObject();
            w.WritePropertyName("node");
            Node(w, n.GetProperty("node"));
            w.WritePropertyName("partners");
            AnalyticsJson.Value(w, ranked ? n.GetProperty("partners") : default);
            w.WritePropertyName("projects");
            AnalyticsJson.Value(w, ranked ? n.GetProperty("projects") : default);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var n in nodes.EnumerateArray())
        {
            var from = index[n.GetProperty("seq").GetInt64()];
            foreach (var next in AnalyticsJson.Items(n.GetProperty("next")))
            {
                w.WriteStartArray();
                w.WriteNumberValue(from);
                w.WriteNumberValue(index[next.GetInt64()]);
                w.WriteEndArray();
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>
    /// <c>{"id", "kind", "name", "countryCode"}</c>; an organisation's code is its first city's (by id), else its first
    /// country's ISO code (by id), as SQLite's <c>coalesce</c> of the two.
    /// </summary>
    private static void Node(Utf8JsonWriter w, JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        foreach (var key in new[] { "id", "kind", "name" })
        {
            w.WritePropertyName(key);
            AnalyticsJson.Value(w, AnalyticsJson.Get(node, key));
        }
        w.WritePropertyName("countryCode");
        if (node.TryGetProperty("countryCode", out var code))
        {
            AnalyticsJson.Value(w, code);
        }
        else
        {
            var place = AnalyticsJson.ByText(AnalyticsJson.Items(node.GetProperty("places")), "id").Select(p => AnalyticsJson.Get(p, "code")).FirstOrDefault();
            var country = AnalyticsJson.ByText(AnalyticsJson.Items(node.GetProperty("countries")), "id").Select(p => AnalyticsJson.Get(p, "code")).FirstOrDefault();
            AnalyticsJson.Value(w, place.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? country : place);
        }
        w.WriteEndObject();
    }
}
