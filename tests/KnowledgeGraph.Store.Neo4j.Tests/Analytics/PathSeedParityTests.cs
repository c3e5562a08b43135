using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Tests.Live;
using KnowledgeGraph.Store.Neo4j.Tests.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Tests.Analytics;

/// <summary>
/// The <c>connections</c> question over the seed graph: Neo4j's answer (one Cypher statement) is SQLite's JSON for every
/// pair of a sample of cities, organisations and projects, under the default options and variants.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class PathSeedParityTests(LiveNeo4j server) : IAsyncLifetime
{
    private static SeedGraphs? s_graphs;

    public async Task InitializeAsync()
    {
        if (LiveNeo4j.SkipReason is not null || s_graphs is not null)
        {
            return;
        }
        var graphs = new SeedGraphs(server);
        await graphs.LoadAsync();
        s_graphs = graphs;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The sample: the first cities, organisations and projects by id (read from the store, not restated).</summary>
    private static async Task<List<string>> SampleAsync()
    {
        var nodes = new List<StoredNode>();
        await foreach (var n in s_graphs!.Sqlite.ReadNodesAsync())
        {
            nodes.Add(n);
        }
        List<string> Of(string kind, int count) =>
            [.. nodes.Where(n => n.Kind == kind).Select(n => n.Id).Order(StringComparer.Ordinal).Take(count)];
        var sample = new List<string>();
        sample.AddRange(Of(M.City.Name, 6));
        sample.AddRange(Of(M.Organisation.Name, 3));
        sample.AddRange(Of(M.Project.Name, 2));
        Assert.True(sample.Count >= 8, $"the seed graph has too few nodes to sample ({sample.Count})");
        return sample;
    }

    private static IEnumerable<(string From, string To)> Pairs(List<string> ids) =>
        from i in Enumerable.Range(0, ids.Count) from j in Enumerable.Range(i + 1, ids.Count - i - 1) select (ids[i], ids[j]);

    [Neo4jFact]
    public async Task Every_pair_of_the_sample_answers_as_sqlite()
    {
        var found = 0;
        foreach (var (from, to) in Pairs(await SampleAsync()))
        {
            var json = await PathParity.AssertSameAsync(s_graphs!, new PathQuery(from, to) { MaxPaths = 10 });
            found += json.Contains("\"length\":null", StringComparison.Ordinal) ? 0 : 1;
        }
        Assert.True(found > 0, "no pair of the sample is connected: the test would compare only empty answers");
    }

    [Neo4jFact]
    public async Task Variants_answer_as_sqlite()
    {
        var pairs = Pairs(await SampleAsync()).Take(12).ToList();
        foreach (var (from, to) in pairs)
        {
            await PathParity.AssertSameAsync(s_graphs!, new PathQuery(from, to) { MaxHops = 2 });
            await PathParity.AssertSameAsync(s_graphs!, new PathQuery(to, from) { MaxHops = 6, MaxPaths = 1 });
            await PathParity.AssertSameAsync(s_graphs!, new PathQuery(from, to) { ExcludedKinds = [], MaxPaths = 100 });
            await PathParity.AssertSameAsync(s_graphs!, new PathQuery(from, to)
            {
                RelationshipTypes = [M.MemberOf, M.PartnerIn, M.LocatedIn, M.ParticipatedIn, M.HeldIn],
                MaxPaths = 100,
            });
        }
    }
}
