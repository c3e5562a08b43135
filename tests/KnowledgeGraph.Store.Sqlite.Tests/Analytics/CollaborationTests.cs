using KnowledgeGraph.Store.Analytics;
using static KnowledgeGraph.Store.Sqlite.Tests.Analytics.Analyze;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>Question 1 over <see cref="SyntheticGraph"/>: pairs and counts worked out by hand.</summary>
public class CollaborationTests(AnalyticsStore fixture) : IClassFixture<AnalyticsStore>
{
    /// <summary>"a-b:2" per pair: the stored ids' last digit (101 = a ... 105 = e) and the shared projects.</summary>
    private async Task<(int Total, string Pairs)> PairsAsync(CollaborationQuery query)
    {
        var result = await fixture.RunAsync(a => a.CollaboratingCitiesAsync(query));
        var pairs = result.GetProperty("pairs").EnumerateArray().Select(p =>
            $"{Letter(p.GetProperty("cityA").GetProperty("id").GetString()!)}-{Letter(p.GetProperty("cityB").GetProperty("id").GetString()!)}:{p.GetProperty("sharedProjects").GetInt32()}").ToList();
        return (result.GetProperty("totalCount").GetInt32(), L([.. pairs]));
    }

    private static char Letter(string id) => (char)('a' + (id[^1] - '1'));

    [Fact]
    public async Task Pairs_through_organisations_and_direct_partnership_ranked_by_shared_projects()
    {
        var result = await fixture.RunAsync(a => a.CollaboratingCitiesAsync(new CollaborationQuery { First = 2 }));
        Assert.Equal(Json("""
            {'totalCount': 6, 'pairs': [
              {'cityA': {'id': 'city:geonames:101', 'name': 'Alpha', 'countryCode': 'ES'},
               'cityB': {'id': 'city:geonames:102', 'name': 'Beta', 'countryCode': 'ES'}, 'sharedProjects': 2,
               'projects': [{'id': 'project:p1', 'name': 'Project One', 'acronym': 'P1'}, {'id': 'project:p2', 'name': 'Project Two', 'acronym': 'P2'}]},
              {'cityA': {'id': 'city:geonames:101', 'name': 'Alpha', 'countryCode': 'ES'},
               'cityB': {'id': 'city:geonames:103', 'name': 'Gamma', 'countryCode': 'FR'}, 'sharedProjects': 2,
               'projects': [{'id': 'project:p1', 'name': 'Project One', 'acronym': 'P1'}, {'id': 'project:p3', 'name': 'Project Three', 'acronym': 'P3'}]}]}
            """), result.Text());
        Assert.Equal((6, L("a-b:2", "a-c:2", "a-d:1", "b-c:1", "b-d:1", "d-e:1")), await PairsAsync(new CollaborationQuery()));
    }

    [Fact]
    public async Task Paging_skips_and_limits()
    {
        Assert.Equal((6, L("a-d:1", "b-c:1")), await PairsAsync(new CollaborationQuery { First = 2, Offset = 2 }));
        Assert.Equal((6, L()), await PairsAsync(new CollaborationQuery { Offset = 6 }));
    }

    [Fact]
    public async Task Theme_keeps_its_projects()
    {
        Assert.Equal((6, L("a-b:2", "a-c:1", "a-d:1", "b-c:1", "b-d:1", "d-e:1")), await PairsAsync(new CollaborationQuery { ThemeId = "theme:culture" }));
        Assert.Equal((1, L("a-c:1")), await PairsAsync(new CollaborationQuery { ThemeId = "theme:mobility" }));
    }

    [Fact]
    public async Task Programme_includes_its_sub_programmes()
    {
        Assert.Equal((5, L("a-b:2", "a-c:1", "a-d:1", "b-c:1", "b-d:1")), await PairsAsync(new CollaborationQuery { ProgrammeId = "programme:root" }));
        Assert.Equal((3, L("a-b:1", "a-c:1", "b-c:1")), await PairsAsync(new CollaborationQuery { ProgrammeId = "programme:sub" }));
    }

    [Fact]
    public async Task Years_keep_overlapping_projects_and_drop_undated_ones()
    {
        Assert.Equal((5, L("a-b:2", "a-c:1", "a-d:1", "b-c:1", "b-d:1")), await PairsAsync(new CollaborationQuery { FromYear = 2016, ToYear = 2019 }));
        Assert.Equal((3, L("a-b:1", "a-d:1", "b-d:1")), await PairsAsync(new CollaborationQuery { FromYear = 2020 }));
        Assert.Equal((1, L("a-c:1")), await PairsAsync(new CollaborationQuery { ToYear = 2012 }));
    }

    [Fact]
    public async Task Network_keeps_pairs_of_members_and_country_pairs_with_a_city_in_it()
    {
        Assert.Equal((2, L("a-c:2", "a-d:1")), await PairsAsync(new CollaborationQuery { NetworkId = "network:n" }));
        Assert.Equal((3, L("a-c:2", "b-c:1", "d-e:1")), await PairsAsync(new CollaborationQuery { CountryId = "country:fr" }));
        Assert.Equal((1, L("a-c:1")), await PairsAsync(new CollaborationQuery { CountryId = "country:fr", NetworkId = "network:n", ThemeId = "theme:culture" }));
    }

    [Fact]
    public async Task Unknown_ids_match_nothing()
    {
        Assert.Equal((0, L()), await PairsAsync(new CollaborationQuery { ThemeId = "theme:nothing" }));
        Assert.Equal((0, L()), await PairsAsync(new CollaborationQuery { NetworkId = "network:nothing" }));
    }

    [Fact]
    public async Task Out_of_bounds_requests_are_refused()
    {
        await Assert.ThrowsAsync<KnowledgeGraph.Store.Query.QueryValidationException>(() => fixture.Store.Analytics.CollaboratingCitiesAsync(new CollaborationQuery { First = 0 }));
        await Assert.ThrowsAsync<KnowledgeGraph.Store.Query.QueryValidationException>(() => fixture.Store.Analytics.CollaboratingCitiesAsync(new CollaborationQuery { Offset = -1 }));
        await Assert.ThrowsAsync<KnowledgeGraph.Store.Query.QueryValidationException>(() => fixture.Store.Analytics.CollaboratingCitiesAsync(new CollaborationQuery { FromYear = 2020, ToYear = 2010 }));
    }
}
