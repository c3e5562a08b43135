using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Tests.Live;
using KnowledgeGraph.Store.Neo4j.Tests.Query;
using KnowledgeGraph.Store.Sqlite.Tests.Analytics;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Tests.Analytics;

/// <summary>
/// The subgraph over the synthetic analytics graph (organisations with and without a city, cities as direct partners,
/// a programme tree, memberships, projects without dates, ids stored under GeoNames keys): Neo4j's answer (one Cypher
/// statement) is SQLite's JSON for every scope, kind set and collapse tried, and the scopes really keep different
/// projects.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class SubgraphParityTests(LiveNeo4j server) : IAsyncLifetime
{
    private static SeedGraphs? s_graphs;

    public async Task InitializeAsync()
    {
        if (LiveNeo4j.SkipReason is not null || s_graphs is not null)
        {
            return;
        }
        var graphs = new SeedGraphs(server);
        await graphs.LoadAsync([SyntheticGraph.Batch()]);
        s_graphs = graphs;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Task<string> SameAsync(SubgraphQuery query) => PathParity.AssertSameAsync(s_graphs!, a => a.SubgraphAsync(query), query.ToString());

    private static int Projects(string json) => System.Text.Json.JsonElement.Parse(json).GetProperty("projects").GetInt32();

    [Neo4jFact]
    public async Task Every_scope_answers_as_sqlite()
    {
        var sizes = new HashSet<int>();
        string?[] themes = [null, "theme:culture", "theme:mobility", "theme:nothing"];
        string?[] programmes = [null, "programme:root", "programme:other"];
        string?[] countries = [null, "country:es", "country:it", "country:fr"];
        string?[] networks = [null, "network:n"];
        foreach (var theme in themes)
        {
            foreach (var programme in programmes)
            {
                foreach (var country in countries)
                {
                    foreach (var network in networks)
                    {
                        var query = new SubgraphQuery { ThemeId = theme, ProgrammeId = programme, CountryId = country, NetworkId = network };
                        sizes.Add(Projects(await SameAsync(query)));
                    }
                }
            }
        }
        Assert.True(sizes.Count >= 4, $"the scopes kept only {sizes.Count} different numbers of projects: the test would compare too little");
        await SameAsync(new SubgraphQuery { FromYear = 2016 });
        await SameAsync(new SubgraphQuery { ToYear = 2015 });
        await SameAsync(new SubgraphQuery { FromYear = 2012, ToYear = 2019 });
        // An old id (city:a was asserted, the store keys it under its GeoNames id) resolves the same way.
        await SameAsync(new SubgraphQuery { CountryId = "country:es", NetworkId = "network:n", First = 2 });
    }

    [Neo4jFact]
    public async Task Kinds_collapse_and_limits_answer_as_sqlite()
    {
        IReadOnlyList<Model.Schema.NodeKind>?[] kindSets = [null, [M.City], [M.City, M.Organisation], [M.Project, M.City, M.Programme], [M.Theme, M.Project], [M.Network, M.City]];
        foreach (var kinds in kindSets)
        {
            foreach (var collapse in new[] { false, true })
            {
                for (var first = 1; first <= 4; first++)
                {
                    await SameAsync(new SubgraphQuery { Kinds = kinds, Collapse = collapse, First = first });
                }
            }
        }
    }
}
