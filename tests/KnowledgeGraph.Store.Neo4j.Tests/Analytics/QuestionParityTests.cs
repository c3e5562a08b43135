using System.Text.Json;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Tests.Live;
using KnowledgeGraph.Store.Neo4j.Tests.Query;
using KnowledgeGraph.Store.Sqlite.Tests.Analytics;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;

namespace KnowledgeGraph.Store.Neo4j.Tests.Analytics;

/// <summary>
/// Questions 1, 2, 4 and 5 over a small graph built for their edge cases: the SQLite tests' synthetic graph (cities taking
/// part directly and through organisations, a programme tree, ids resolved through keys, an organisation with no city,
/// a project without dates or funding) and a batch of ties (pairs and partners sharing as many projects, a city taking
/// part both directly and through its organisation, accented names, decimal funding). Every scope and page: Neo4j's
/// JSON is SQLite's, one statement each, and the cases really are what they claim.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class QuestionParityTests(LiveNeo4j server) : IAsyncLifetime
{
    private static SeedGraphs? s_graphs;

    private static readonly string[] Themes = ["theme:culture", "theme:mobility", "theme:nowhere"];
    private static readonly string[] Programmes = ["programme:root", "programme:sub", "programme:other", "programme:nowhere"];
    private static readonly string[] Networks = ["network:n", "network:nowhere"];
    private static readonly string[] Countries = ["country:es", "country:fr", "country:it", "country:nowhere"];
    private static readonly string[] Cities =
        ["city:a", "city:b", "city:c", "city:d", "city:e", "city:alesund", "city:evora", "city:zagreb", "city:geonames:101", "city:nowhere"];

    /// <summary>Ties: Ålesund, Évora and Zagreb share p5 and p6 (Zagreb directly and through its museum in p5); org:z1 is a network member itself.</summary>
    private static GraphBatch Ties() => StudyText.Batch("study:ties",
        """
          - {id: city:alesund, kind: City, name: Ålesund, quote: a, properties: {countryCode: "NO"}}
          - {id: city:evora, kind: City, name: Évora, quote: e, properties: {countryCode: PT}}
          - {id: city:zagreb, kind: City, name: Zagreb, quote: z, properties: {countryCode: HR}}
          - {id: org:z1, kind: Organisation, name: Zagreb Museum, quote: z1, properties: {organisationType: museum}}
          - {id: org:e1, kind: Organisation, name: Évora Agency, quote: e1}
          - {id: project:p5, kind: Project, name: Ährenfeld, quote: p5, properties: {acronym: P5, startDate: "2016-02-01", euFunding: 250.5, budget: 1000}}
          - {id: project:p6, kind: Project, name: Zebra, quote: p6, properties: {acronym: P6, startDate: "2017", euFunding: 250.5}}
          - {id: project:p7, kind: Project, name: alpha lower, quote: p7, properties: {endDate: "2014-12-31"}}
          - {id: city:geonames:101, kind: City, name: Alpha, quote: a}
          - {id: country:es, kind: Country, name: Spain, quote: es}
          - {id: network:n, kind: Network, name: Net, quote: n}
          - {id: theme:culture, kind: Theme, name: culture, quote: c}
          - {id: programme:sub, kind: Programme, name: Sub Programme, quote: s}
          - {id: programme:root, kind: Programme, name: Root Programme, quote: r}
        """,
        """
          - {type: PARTNER_IN, from: city:alesund, to: project:p5, quote: x, properties: {role: lead}}
          - {type: PARTNER_IN, from: city:zagreb, to: project:p5, quote: x}
          - {type: PARTNER_IN, from: org:z1, to: project:p5, quote: x, properties: {role: partner}}
          - {type: PARTNER_IN, from: org:e1, to: project:p5, quote: x}
          - {type: PARTNER_IN, from: city:alesund, to: project:p6, quote: x}
          - {type: PARTNER_IN, from: city:evora, to: project:p6, quote: x}
          - {type: PARTNER_IN, from: city:zagreb, to: project:p6, quote: x}
          - {type: PARTNER_IN, from: org:e1, to: project:p7, quote: x}
          - {type: PARTNER_IN, from: city:geonames:101, to: project:p7, quote: x}
          - {type: LOCATED_IN, from: org:z1, to: city:zagreb, quote: x}
          - {type: LOCATED_IN, from: org:e1, to: city:evora, quote: x}
          - {type: IN_COUNTRY, from: city:evora, to: country:es, quote: x}
          - {type: MEMBER_OF, from: org:z1, to: network:n, quote: x}
          - {type: MEMBER_OF, from: city:evora, to: network:n, quote: x}
          - {type: ADDRESSES, from: project:p5, to: theme:culture, quote: x}
          - {type: ADDRESSES, from: project:p6, to: theme:culture, quote: x}
          - {type: FUNDED_BY, from: project:p5, to: programme:sub, quote: x}
          - {type: FUNDED_BY, from: project:p6, to: programme:root, quote: x}
          - {type: FUNDED_BY, from: project:p7, to: programme:sub, quote: x}
        """);

    public async Task InitializeAsync()
    {
        if (LiveNeo4j.SkipReason is not null || s_graphs is not null)
        {
            return;
        }
        var graphs = new SeedGraphs(server);
        await graphs.LoadAsync([SyntheticGraph.Batch(), Ties()]);
        s_graphs = graphs;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Task<string> SameAsync(object query) => QuestionParity.AssertSameAsync(s_graphs!, query);

    private static IEnumerable<T> Scopes<T>(T blank) where T : PagedAnalyticsScope =>
        QuestionParity.Scopes(blank, Themes, Programmes, Networks, Countries);

    [Neo4jFact]
    public async Task Collaborating_cities_answer_as_sqlite_in_every_scope()
    {
        var all = JsonElement.Parse(await SameAsync(new CollaborationQuery()));
        // Ties really are there: several pairs share the same number of projects.
        Assert.Contains(all.GetProperty("pairs").EnumerateArray().GroupBy(p => p.GetProperty("sharedProjects").GetInt32()), g => g.Count() > 1);
        foreach (var query in Scopes(new CollaborationQuery()))
        {
            await SameAsync(query);
            await SameAsync(query with { IncludeProjects = false });
        }
        // Old ids resolve through the keys.
        Assert.NotEqual(0, JsonElement.Parse(await SameAsync(new CollaborationQuery { NetworkId = "network:n", CountryId = "country:es" }))
            .GetProperty("totalCount").GetInt32());
    }

    [Neo4jFact]
    public async Task City_profile_answers_as_sqlite_for_every_city_scope_and_selection()
    {
        foreach (var id in Cities)
        {
            foreach (var query in Scopes(new CityProfileQuery(id)))
            {
                await SameAsync(query);
            }
            await SameAsync(new CityProfileQuery(id) { IncludeCountries = false, IncludeNetworks = false });
            await SameAsync(new CityProfileQuery(id) { NetworkId = "network:n", IncludeCountries = false });
            await SameAsync(new CityProfileQuery(id) { ProjectFields = new HashSet<string> { "name", "role", "organisations" } });
            await SameAsync(new CityProfileQuery(id) { ProjectFields = new HashSet<string>() });
        }
        // Zagreb takes part in p5 both directly and through its museum: one project, direct, with its organisation.
        var zagreb = JsonElement.Parse(await SameAsync(new CityProfileQuery("city:zagreb")));
        Assert.Contains(zagreb.GetProperty("projects").EnumerateArray(), p => p.GetProperty("direct").GetBoolean()
            && p.GetProperty("organisations").GetArrayLength() == 1);
        // The old id resolves through the keys; the city has networks with membership details.
        var alpha = JsonElement.Parse(await SameAsync(new CityProfileQuery("city:a")));
        Assert.NotEqual(0, alpha.GetProperty("networks").GetArrayLength());
        Assert.NotEqual(0, alpha.GetProperty("partners").GetProperty("totalCount").GetInt32());
        Assert.NotEqual(0, alpha.GetProperty("countries").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, JsonElement.Parse(await SameAsync(new CityProfileQuery("city:nowhere"))).GetProperty("city").ValueKind);
    }

    [Neo4jFact]
    public async Task Most_connected_answers_as_sqlite_for_every_subject_measure_and_scope()
    {
        foreach (var subject in Enum.GetValues<CentralitySubject>())
        {
            foreach (var measure in Enum.GetValues<CentralityMeasure>())
            {
                foreach (var query in Scopes(new CentralityQuery { Subject = subject, Measure = measure }))
                {
                    await SameAsync(query);
                }
            }
        }
        var betweenness = JsonElement.Parse(await SameAsync(new CentralityQuery { Measure = CentralityMeasure.Betweenness }));
        Assert.Contains(betweenness.GetProperty("items").EnumerateArray(), i => i.GetProperty("betweenness").GetDouble() > 0);
    }

    [Neo4jFact]
    public async Task Betweenness_over_the_limits_is_the_same_error()
    {
        var query = new CentralityQuery { Measure = CentralityMeasure.Betweenness, MaxGraphNodes = 2 };
        var sqlite = await Assert.ThrowsAsync<KnowledgeGraph.Store.Query.QueryValidationException>(() => s_graphs!.Sqlite.Analytics.CentralityAsync(query));
        var neo4j = await Assert.ThrowsAsync<KnowledgeGraph.Store.Query.QueryValidationException>(() =>
            new KnowledgeGraph.Store.Neo4j.Analytics.Neo4jAnalytics(s_graphs!.Client).CentralityAsync(query));
        Assert.Equal(sqlite.Message, neo4j.Message);
    }

    [Neo4jFact]
    public async Task Programme_projects_answer_as_sqlite_for_every_programme_scope_and_selection()
    {
        foreach (var id in Programmes.Append("programme:geo-unused"))
        {
            foreach (var query in Scopes(new ProgrammeProjectsQuery(id)))
            {
                await SameAsync(query with { ProgrammeId = null });
            }
            await SameAsync(new ProgrammeProjectsQuery(id) { IncludeProgrammes = false, IncludeBudget = false, IncludeCountries = false });
            await SameAsync(new ProgrammeProjectsQuery(id) { IncludeCountryFunding = false, ProjectFields = new HashSet<string> { "name", "euFunding", "countries" } });
            await SameAsync(new ProgrammeProjectsQuery(id) { ProjectFields = new HashSet<string>() });
        }
        var root = JsonElement.Parse(await SameAsync(new ProgrammeProjectsQuery("programme:root")));
        Assert.Equal(2, root.GetProperty("programmes").GetArrayLength());
    }

    [Neo4jFact]
    public async Task Country_partners_answer_as_sqlite_for_every_country_and_scope()
    {
        foreach (var id in Countries)
        {
            foreach (var query in Scopes(new CountryPartnersQuery(id)))
            {
                await SameAsync(query with { CountryId = null });
            }
        }
        var it = JsonElement.Parse(await SameAsync(new CountryPartnersQuery("country:it")));
        Assert.Contains(it.GetProperty("organisations").GetProperty("items").EnumerateArray(), o => o.GetProperty("city").ValueKind == JsonValueKind.Null);
    }
}
