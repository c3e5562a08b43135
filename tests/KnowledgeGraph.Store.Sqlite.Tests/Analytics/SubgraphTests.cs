using System.Text.Json;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Query;
using static KnowledgeGraph.Store.Sqlite.Tests.Analytics.Analyze;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>
/// The subgraph over <see cref="SyntheticGraph"/>: which projects a scope keeps (ranked by partners: P3 has 4, P1 and
/// P2 have 3 and come by name, P4 has 2), the nodes and edges drawn, the collapse into cities, kinds and derived edges.
/// </summary>
public class SubgraphTests(AnalyticsStore fixture) : IClassFixture<AnalyticsStore>
{
    private Task<JsonElement> RunAsync(SubgraphQuery query) => fixture.RunAsync(a => a.SubgraphAsync(query));

    private static List<string> Ids(JsonElement result, string kind) =>
        [.. result.GetProperty("nodes").EnumerateArray().Where(n => n.GetProperty("kind").GetString() == kind).Select(n => n.GetProperty("id").GetString()!)];

    private static List<string> Edges(JsonElement result, string? type = null) =>
        [.. result.GetProperty("edges").EnumerateArray()
            .Where(e => type is null || e.GetProperty("type").GetString() == type)
            .Select(e => $"{e.GetProperty("type").GetString()} {e.GetProperty("from").GetString()} {e.GetProperty("to").GetString()} " +
                         $"{e.GetProperty("weight").GetInt32()} [{string.Join(",", e.GetProperty("via").EnumerateArray().Select(v => v.GetString()))}]")];

    [Fact]
    public async Task The_whole_scope_gives_every_project_with_its_partners_cities_programmes_themes_and_networks()
    {
        var all = await RunAsync(new SubgraphQuery());
        Assert.Equal(4, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(4, all.GetProperty("projects").GetInt32());
        Assert.Equal(["project:p1", "project:p2", "project:p3", "project:p4"], Ids(all, "Project"));
        Assert.Equal(["org:a1", "org:a2", "org:c1", "org:d1", "org:x"], Ids(all, "Organisation"));
        // Alpha, Beta, Gamma, Delta, Epsilon (stored under their GeoNames ids).
        Assert.Equal(["city:geonames:101", "city:geonames:102", "city:geonames:103", "city:geonames:104", "city:geonames:105"], Ids(all, "City"));
        Assert.Equal(["programme:other", "programme:root", "programme:sub"], Ids(all, "Programme"));
        Assert.Equal(["network:n"], Ids(all, "Network"));
        Assert.Empty(Ids(all, "Country"));
        Assert.Empty(Ids(all, "Event"));
        Assert.Equal(12, Edges(all, "PARTNER_IN").Count);
        Assert.Equal(
            ["LOCATED_IN org:a1 city:geonames:101 1 []", "LOCATED_IN org:a2 city:geonames:101 1 []",
             "LOCATED_IN org:c1 city:geonames:103 1 []", "LOCATED_IN org:d1 city:geonames:104 1 []"],
            Edges(all, "LOCATED_IN"));
        // Memberships of the cities drawn; Beta and Epsilon are not members.
        Assert.Equal(["MEMBER_OF city:geonames:101 network:n 1 []", "MEMBER_OF city:geonames:103 network:n 1 []", "MEMBER_OF city:geonames:104 network:n 1 []"],
            Edges(all, "MEMBER_OF"));
        var alpha = all.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "city:geonames:101");
        Assert.Equal("ES", alpha.GetProperty("countryCode").GetString());
        // Alpha: two organisations in it and one membership.
        Assert.Equal(3, alpha.GetProperty("degree").GetInt32());
        var agency = all.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "org:a1");
        Assert.Equal("city:geonames:101", agency.GetProperty("city").GetString());
        Assert.Equal("ES", agency.GetProperty("countryCode").GetString());
        var p1 = all.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "project:p1");
        Assert.Equal(Json("{'id': 'project:p1', 'kind': 'Project', 'name': 'Project One', 'countryCode': null, 'latitude': null, 'longitude': null, 'city': null, 'acronym': 'P1', 'startDate': '2015-01-01', 'endDate': '2018-12-31', 'degree': 5}"), p1.Text());
    }

    [Fact]
    public async Task Projects_are_ranked_by_partners_then_name_and_the_first_kept()
    {
        var two = await RunAsync(new SubgraphQuery { First = 2 });
        Assert.Equal(4, two.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, two.GetProperty("projects").GetInt32());
        Assert.Equal(["project:p1", "project:p3"], Ids(two, "Project"));
        var three = await RunAsync(new SubgraphQuery { First = 3 });
        Assert.Equal(["project:p1", "project:p2", "project:p3"], Ids(three, "Project"));
    }

    [Fact]
    public async Task Country_and_network_keep_projects_with_one_partner_in_both()
    {
        Assert.Equal(["project:p1", "project:p3", "project:p4"], Ids(await RunAsync(new SubgraphQuery { CountryId = "country:fr" }), "Project"));
        // Italy: Delta's museum (P2, P4) and the company without a city but in Italy itself (P3).
        Assert.Equal(["project:p2", "project:p3", "project:p4"], Ids(await RunAsync(new SubgraphQuery { CountryId = "country:it" }), "Project"));
        // In Italy and a member: the company is no member, so P3 goes.
        Assert.Equal(["project:p2", "project:p4"], Ids(await RunAsync(new SubgraphQuery { CountryId = "country:it", NetworkId = "network:n" }), "Project"));
        Assert.Equal(["project:p1", "project:p2", "project:p3"], Ids(await RunAsync(new SubgraphQuery { CountryId = "country:es", NetworkId = "network:n" }), "Project"));
        // Theme, programme tree and years as in the other questions; old ids resolve, unknown ones match nothing.
        Assert.Equal(["project:p1", "project:p2"], Ids(await RunAsync(new SubgraphQuery { ProgrammeId = "programme:root" }), "Project"));
        Assert.Equal(["project:p2"], Ids(await RunAsync(new SubgraphQuery { ThemeId = "theme:culture", FromYear = 2019 }), "Project"));
        var none = await RunAsync(new SubgraphQuery { NetworkId = "network:nothing" });
        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());
        Assert.Equal(Json("{'totalCount': 0, 'projects': 0, 'nodes': [], 'edges': []}"), none.Text());
    }

    [Fact]
    public async Task Collapsed_organisations_are_drawn_as_their_cities()
    {
        var cities = await RunAsync(new SubgraphQuery { Collapse = true, ThemeId = "theme:culture" });
        // The company has no city, so it stays; the others are gone.
        Assert.Empty(Ids(cities, "Organisation"));
        Assert.Equal(
            ["PARTNER_IN city:geonames:101 project:p1 1 [org:a1]", "PARTNER_IN city:geonames:101 project:p2 1 [org:a2]",
             "PARTNER_IN city:geonames:102 project:p1 1 []", "PARTNER_IN city:geonames:102 project:p2 1 []",
             "PARTNER_IN city:geonames:103 project:p1 1 [org:c1]", "PARTNER_IN city:geonames:104 project:p2 1 [org:d1]",
             "PARTNER_IN city:geonames:104 project:p4 1 [org:d1]", "PARTNER_IN city:geonames:105 project:p4 1 []"],
            Edges(cities, "PARTNER_IN"));
        Assert.Empty(Edges(cities, "LOCATED_IN"));
        var roles = cities.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "PARTNER_IN")
            .Select(e => e.GetProperty("role").GetString()).ToList();
        Assert.Equal(["lead", "partner", "partner", "lead", "partner", "partner", "partner", "lead"], roles);

        // Mobility's P3: two organisations of Alpha become one edge of weight 2; the company stays itself.
        var mobility = await RunAsync(new SubgraphQuery { Collapse = true, ThemeId = "theme:mobility" });
        Assert.Equal(["org:x"], Ids(mobility, "Organisation"));
        Assert.Equal(
            ["PARTNER_IN city:geonames:101 project:p3 2 [org:a1,org:a2]", "PARTNER_IN city:geonames:103 project:p3 1 [org:c1]", "PARTNER_IN org:x project:p3 1 []"],
            Edges(mobility, "PARTNER_IN"));
    }

    [Fact]
    public async Task Without_projects_partners_are_linked_by_the_projects_they_share()
    {
        var cities = await RunAsync(new SubgraphQuery { Collapse = true, Kinds = [M.City] });
        Assert.Equal(["city:geonames:101", "city:geonames:102", "city:geonames:103", "city:geonames:104", "city:geonames:105"], Ids(cities, "City"));
        Assert.Equal(
            ["SHARED_PROJECTS city:geonames:101 city:geonames:102 2 [project:p1,project:p2]",
             "SHARED_PROJECTS city:geonames:101 city:geonames:103 2 [project:p1,project:p3]",
             "SHARED_PROJECTS city:geonames:101 city:geonames:104 1 [project:p2]",
             "SHARED_PROJECTS city:geonames:102 city:geonames:103 1 [project:p1]",
             "SHARED_PROJECTS city:geonames:102 city:geonames:104 1 [project:p2]",
             "SHARED_PROJECTS city:geonames:104 city:geonames:105 1 [project:p4]"],
            Edges(cities));
        // Kinds keep the edges between kept nodes only.
        var projects = await RunAsync(new SubgraphQuery { Kinds = [M.Project, M.Theme] });
        Assert.Equal(["ADDRESSES"], Edges(projects).Select(e => e.Split(' ')[0]).Distinct());
        Assert.Equal(6, projects.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Out_of_range_limits_and_years_are_refused()
    {
        await Assert.ThrowsAsync<QueryValidationException>(() => fixture.Store.Analytics.SubgraphAsync(new SubgraphQuery { First = 0 }));
        await Assert.ThrowsAsync<QueryValidationException>(() => fixture.Store.Analytics.SubgraphAsync(new SubgraphQuery { First = SubgraphQuery.MaxProjects + 1 }));
        await Assert.ThrowsAsync<QueryValidationException>(() => fixture.Store.Analytics.SubgraphAsync(new SubgraphQuery { FromYear = 2020, ToYear = 2010 }));
    }
}
