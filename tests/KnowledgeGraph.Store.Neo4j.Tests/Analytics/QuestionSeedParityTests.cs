using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Tests.Live;
using KnowledgeGraph.Store.Neo4j.Tests.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Tests.Analytics;

/// <summary>
/// Questions 1, 2, 4 and 5 over the seed graph: for every theme, programme, network and country of the graph (read from the
/// store, not restated) and combinations, Neo4j's JSON is SQLite's, one statement each.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class QuestionSeedParityTests(LiveNeo4j server) : IAsyncLifetime
{
    private static SeedGraphs? s_graphs;
    private static Dictionary<string, string[]>? s_ids;

    public async Task InitializeAsync()
    {
        if (LiveNeo4j.SkipReason is not null || s_graphs is not null)
        {
            return;
        }
        var graphs = new SeedGraphs(server);
        await graphs.LoadAsync();
        var ids = new Dictionary<string, List<string>>();
        await foreach (var n in graphs.Sqlite.ReadNodesAsync())
        {
            (ids.TryGetValue(n.Kind, out var list) ? list : ids[n.Kind] = []).Add(n.Id);
        }
        s_ids = ids.ToDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToArray());
        s_graphs = graphs;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string[] Ids(Model.Schema.NodeKind kind) => s_ids!.TryGetValue(kind.Name, out var ids) && ids.Length > 0 ? ids : [kind.IdPrefix + ":none"];

    private static IEnumerable<T> Scopes<T>(T blank) where T : PagedAnalyticsScope =>
        QuestionParity.Scopes(blank, Ids(M.Theme), Ids(M.Programme), Ids(M.Network), Ids(M.Country).Take(6).ToArray());

    [Neo4jFact]
    public async Task Every_question_answers_as_sqlite_in_every_scope()
    {
        foreach (var query in Scopes(new CollaborationQuery()))
        {
            await QuestionParity.AssertSameAsync(s_graphs!, query);
        }
        foreach (var subject in Enum.GetValues<CentralitySubject>())
        {
            foreach (var measure in Enum.GetValues<CentralityMeasure>())
            {
                foreach (var query in Scopes(new CentralityQuery { Subject = subject, Measure = measure }))
                {
                    await QuestionParity.AssertSameAsync(s_graphs!, query);
                }
            }
        }
        foreach (var programme in Ids(M.Programme))
        {
            await QuestionParity.AssertSameAsync(s_graphs!, new ProgrammeProjectsQuery(programme));
            await QuestionParity.AssertSameAsync(s_graphs!, new ProgrammeProjectsQuery(programme) { ThemeId = Ids(M.Theme)[0], FromYear = 2015 });
        }
        foreach (var city in Ids(M.City))
        {
            foreach (var query in Scopes(new CityProfileQuery(city)))
            {
                await QuestionParity.AssertSameAsync(s_graphs!, query);
            }
            await QuestionParity.AssertSameAsync(s_graphs!, new CityProfileQuery(city) { IncludeCountries = false, IncludeNetworks = false });
            await QuestionParity.AssertSameAsync(s_graphs!, new CityProfileQuery(city) { ProjectFields = new HashSet<string> { "id", "direct", "programmes" } });
        }
        foreach (var country in Ids(M.Country))
        {
            await QuestionParity.AssertSameAsync(s_graphs!, new CountryPartnersQuery(country));
            await QuestionParity.AssertSameAsync(s_graphs!, new CountryPartnersQuery(country) { NetworkId = Ids(M.Network)[0], First = 2 });
        }
    }
}
