using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Tests.Live;
using KnowledgeGraph.Store.Neo4j.Tests.Query;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Tests.Analytics;

/// <summary>
/// The <c>connections</c> question over a small graph built for its edge cases (ties, type filters, kind exclusions, a
/// symmetric relationship stored against the path, no path, the same node, an unknown id): Neo4j's answer (one Cypher
/// statement) is SQLite's JSON, and the cases really are what they claim.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class PathParityTests(LiveNeo4j server) : IAsyncLifetime
{
    private static SeedGraphs? s_graphs;

    /// <summary>
    /// a–b cooperate and d–a cooperate (written d to a); a, b, c, e are members of n1; c, e, d of n2 (so a to d by
    /// membership is two tied paths through c and e); a and f are only linked through their country.
    /// </summary>
    private static IReadOnlyList<GraphBatch> Batches() =>
    [
        StudyText.Batch("study:paths",
            """
              - {id: city:a, kind: City, name: Alpha, quote: a}
              - {id: city:b, kind: City, name: Beta, quote: b}
              - {id: city:c, kind: City, name: Gamma, quote: c}
              - {id: city:d, kind: City, name: Delta, quote: d}
              - {id: city:e, kind: City, name: Epsilon, quote: e}
              - {id: city:f, kind: City, name: Phi, quote: f}
              - {id: network:n1, kind: Network, name: Net One, quote: n1}
              - {id: network:n2, kind: Network, name: Net Two, quote: n2}
              - {id: country:xx, kind: Country, name: Exland, quote: xx}
            """,
            """
              - {type: COOPERATES_WITH, from: city:a, to: city:b, quote: ab}
              - {type: COOPERATES_WITH, from: city:d, to: city:a, quote: da}
              - {type: MEMBER_OF, from: city:a, to: network:n1, quote: a1, properties: {status: member}}
              - {type: MEMBER_OF, from: city:b, to: network:n1, quote: b1}
              - {type: MEMBER_OF, from: city:c, to: network:n1, quote: c1}
              - {type: MEMBER_OF, from: city:e, to: network:n1, quote: e1}
              - {type: MEMBER_OF, from: city:c, to: network:n2, quote: c2}
              - {type: MEMBER_OF, from: city:e, to: network:n2, quote: e2}
              - {type: MEMBER_OF, from: city:d, to: network:n2, quote: d2}
              - {type: IN_COUNTRY, from: city:a, to: country:xx, quote: ax}
              - {type: IN_COUNTRY, from: city:f, to: country:xx, quote: fx}
            """),
    ];

    public async Task InitializeAsync()
    {
        if (LiveNeo4j.SkipReason is not null || s_graphs is not null)
        {
            return;
        }
        var graphs = new SeedGraphs(server);
        await graphs.LoadAsync(Batches());
        s_graphs = graphs;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Task<string> SameAsync(PathQuery query) => PathParity.AssertSameAsync(s_graphs!, query);

    private static System.Text.Json.JsonElement Parse(string json) => System.Text.Json.JsonElement.Parse(json);

    [Neo4jFact]
    public async Task Ties_come_in_key_order_and_max_paths_keeps_the_first()
    {
        var all = Parse(await SameAsync(new PathQuery("city:a", "city:d") { RelationshipTypes = [M.MemberOf], MaxPaths = 10 }));
        Assert.Equal(4, all.GetProperty("length").GetInt32());
        Assert.Equal(2, all.GetProperty("paths").GetArrayLength());
        var one = Parse(await SameAsync(new PathQuery("city:a", "city:d") { RelationshipTypes = [M.MemberOf], MaxPaths = 1 }));
        Assert.Equal(1, one.GetProperty("paths").GetArrayLength());
        await SameAsync(new PathQuery("city:d", "city:a") { RelationshipTypes = [M.MemberOf], MaxPaths = 10 });
        // Within 3 hops by membership there is none.
        Assert.Equal(System.Text.Json.JsonValueKind.Null,
            Parse(await SameAsync(new PathQuery("city:a", "city:d") { RelationshipTypes = [M.MemberOf], MaxHops = 3 })).GetProperty("length").ValueKind);
    }

    [Neo4jFact]
    public async Task Symmetric_relationships_keep_their_stored_direction()
    {
        // Stored d to a, kept oriented by creation order (a first) as SQLite does: it runs against this path.
        var json = Parse(await SameAsync(new PathQuery("city:d", "city:a")));
        Assert.Equal(1, json.GetProperty("length").GetInt32());
        Assert.Equal("city:a", json.GetProperty("paths")[0].GetProperty("relationships")[0].GetProperty("from").GetString());
        await SameAsync(new PathQuery("city:b", "city:d") { MaxPaths = 100 });
        await SameAsync(new PathQuery("city:b", "network:n2") { MaxPaths = 100 });
    }

    [Neo4jFact]
    public async Task Excluded_kinds_are_never_passed_through_but_may_be_ends()
    {
        var blocked = Parse(await SameAsync(new PathQuery("city:a", "city:f")));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, blocked.GetProperty("length").ValueKind);
        var open = Parse(await SameAsync(new PathQuery("city:a", "city:f") { ExcludedKinds = [] }));
        Assert.Equal(2, open.GetProperty("length").GetInt32());
        await SameAsync(new PathQuery("city:b", "country:xx"));
        await SameAsync(new PathQuery("city:b", "city:c") { ExcludedKinds = [M.Network] });
        await SameAsync(new PathQuery("city:b", "city:c") { ExcludedKinds = [M.Network], RelationshipTypes = [M.CooperatesWith, M.MemberOf] });
    }

    [Neo4jFact]
    public async Task Same_node_unknown_ids_and_every_pair_answer_as_sqlite()
    {
        Assert.Equal(0, Parse(await SameAsync(new PathQuery("city:a", "city:a"))).GetProperty("length").GetInt32());
        await SameAsync(new PathQuery("city:a", "city:nowhere"));
        await SameAsync(new PathQuery("city:nowhere", "city:a"));
        await SameAsync(new PathQuery("city:nowhere", "city:nowhere"));
        string[] ids = ["city:a", "city:b", "city:c", "city:d", "city:e", "city:f", "network:n1", "network:n2", "country:xx"];
        foreach (var from in ids)
        {
            foreach (var to in ids)
            {
                await SameAsync(new PathQuery(from, to) { MaxPaths = 100 });
                await SameAsync(new PathQuery(from, to) { MaxHops = 1 });
            }
        }
    }
}
