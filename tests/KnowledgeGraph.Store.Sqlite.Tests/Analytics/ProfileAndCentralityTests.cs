using KnowledgeGraph.Store.Analytics;
using static KnowledgeGraph.Store.Sqlite.Tests.Analytics.Analyze;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>Questions 2 and 4 over <see cref="SyntheticGraph"/>.</summary>
public class ProfileAndCentralityTests(AnalyticsStore fixture) : IClassFixture<AnalyticsStore>
{
    [Fact]
    public async Task City_profile_lists_networks_projects_partners_countries_and_activity()
    {
        var result = await fixture.RunAsync(a => a.CityProfileAsync(new CityProfileQuery("city:a")));
        Assert.Equal(Json("""
            {'city': {'id': 'city:geonames:101', 'name': 'Alpha', 'countryCode': 'ES'},
             'networks': [{'id': 'network:n', 'name': 'Net', 'acronym': 'NET', 'status': 'full member', 'since': '2010', 'until': null}],
             'projects': [
               {'id': 'project:p3', 'name': 'Project Three', 'acronym': 'P3', 'startYear': 2010, 'endYear': 2012, 'role': 'partner', 'direct': false,
                'organisations': [{'id': 'org:a1', 'name': 'Alpha Agency', 'role': 'partner'}, {'id': 'org:a2', 'name': 'Alpha University', 'role': 'partner'}],
                'programmes': [{'id': 'programme:other', 'name': 'Other Programme'}]},
               {'id': 'project:p1', 'name': 'Project One', 'acronym': 'P1', 'startYear': 2015, 'endYear': 2018, 'role': 'lead', 'direct': false,
                'organisations': [{'id': 'org:a1', 'name': 'Alpha Agency', 'role': 'lead'}],
                'programmes': [{'id': 'programme:sub', 'name': 'Sub Programme'}]},
               {'id': 'project:p2', 'name': 'Project Two', 'acronym': 'P2', 'startYear': 2019, 'endYear': 2021, 'role': 'partner', 'direct': false,
                'organisations': [{'id': 'org:a2', 'name': 'Alpha University', 'role': 'partner'}],
                'programmes': [{'id': 'programme:root', 'name': 'Root Programme'}]}],
             'partners': {'totalCount': 3, 'items': [
               {'city': {'id': 'city:geonames:102', 'name': 'Beta', 'countryCode': 'ES'}, 'sharedProjects': 2},
               {'city': {'id': 'city:geonames:103', 'name': 'Gamma', 'countryCode': 'FR'}, 'sharedProjects': 2},
               {'city': {'id': 'city:geonames:104', 'name': 'Delta', 'countryCode': 'IT'}, 'sharedProjects': 1}]},
             'countries': [
               {'country': {'id': 'country:es', 'name': 'Spain', 'isoCode': 'ES'}, 'partnerCities': 1, 'projects': 2},
               {'country': {'id': 'country:fr', 'name': 'France', 'isoCode': 'FR'}, 'partnerCities': 1, 'projects': 2},
               {'country': {'id': 'country:it', 'name': 'Italy', 'isoCode': 'IT'}, 'partnerCities': 1, 'projects': 1}],
             'activity': [{'year': 2010, 'projects': 1}, {'year': 2015, 'projects': 1}, {'year': 2019, 'projects': 1}]}
            """), result.Text());
    }

    [Fact]
    public async Task City_profile_filters_projects_and_partners()
    {
        var culture = await fixture.RunAsync(a => a.CityProfileAsync(new CityProfileQuery("city:geonames:105") { ThemeId = "theme:culture" }));
        Assert.Equal(["project:p4"], culture.GetProperty("projects").Strings("id"));
        Assert.True(culture.GetProperty("projects")[0].GetProperty("direct").GetBoolean());
        Assert.Equal("lead", culture.GetProperty("projects")[0].GetProperty("role").GetString());
        Assert.Equal("[]", culture.GetProperty("activity").Text());

        var members = await fixture.RunAsync(a => a.CityProfileAsync(new CityProfileQuery("city:a") { NetworkId = "network:n", First = 1 }));
        Assert.Equal(Json("{'totalCount': 2, 'items': [{'city': {'id': 'city:geonames:103', 'name': 'Gamma', 'countryCode': 'FR'}, 'sharedProjects': 2}]}"),
            members.GetProperty("partners").Text());
        Assert.Equal(3, members.GetProperty("projects").GetArrayLength());
        Assert.Equal(["country:fr", "country:it"], members.GetProperty("countries").Strings("country", "id"));

        var missing = await fixture.RunAsync(a => a.CityProfileAsync(new CityProfileQuery("city:nowhere")));
        Assert.Equal(Json("{'city': null, 'networks': [], 'projects': [], 'partners': {'totalCount': 0, 'items': []}, 'countries': [], 'activity': []}"), missing.Text());
    }

    [Fact]
    public async Task Cities_ranked_by_distinct_partners_then_projects()
    {
        var result = await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery()));
        Assert.Equal(5, result.GetProperty("totalCount").GetInt32());
        Assert.Equal(Json("""
            {'node': {'id': 'city:geonames:101', 'kind': 'City', 'name': 'Alpha', 'countryCode': 'ES'}, 'partners': 3, 'projects': 3}
            """), result.GetProperty("items")[0].Text());
        Assert.Equal(["a:3/3", "b:3/2", "d:3/2", "c:2/2", "e:1/1"], Scores(result));
        var byProjects = await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { Measure = CentralityMeasure.Projects, First = 2, Offset = 1 }));
        Assert.Equal(["b:3/2", "d:3/2"], Scores(byProjects));
    }

    [Fact]
    public async Task Centrality_within_a_network_counts_members_only_and_country_ranks_its_cities()
    {
        Assert.Equal(["a:2/3", "c:1/2", "d:1/2"], Scores(await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { NetworkId = "network:n" }))));
        // In Italy only Delta; its partners (Alpha, Beta, Epsilon) may be anywhere.
        Assert.Equal(["d:3/2"], Scores(await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { CountryId = "country:it", ThemeId = "theme:culture" }))));
    }

    [Fact]
    public async Task Organisations_ranked_by_partner_organisations()
    {
        var result = await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { Subject = CentralitySubject.Organisation }));
        Assert.Equal(["org:a2:4/2", "org:a1:3/2", "org:c1:3/2", "org:x:3/1", "org:d1:1/2"], Scores(result));
        Assert.Equal(["ES", "ES", "FR", "IT", "IT"], result.GetProperty("items").Strings("node", "countryCode"));
        var italy = await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { Subject = CentralitySubject.Organisation, CountryId = "country:it" }));
        Assert.Equal(["org:x:3/1", "org:d1:1/2"], Scores(italy));
        var members = await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { Subject = CentralitySubject.Organisation, NetworkId = "network:n" }));
        Assert.Equal(["org:a2:3/2", "org:a1:2/2", "org:c1:2/2", "org:d1:1/2"], Scores(members));
    }

    /// <summary>"a:partners/projects" for cities (by the stored id's last digit), "org:x:partners/projects" for organisations.</summary>
    private static List<string> Scores(System.Text.Json.JsonElement result) => result.GetProperty("items").EnumerateArray().Select(i =>
    {
        var id = i.GetProperty("node").GetProperty("id").GetString()!;
        var name = id.StartsWith("city:", StringComparison.Ordinal) ? ((char)('a' + (id[^1] - '1'))).ToString() : id;
        return $"{name}:{i.GetProperty("partners").GetInt32()}/{i.GetProperty("projects").GetInt32()}";
    }).ToList();
}
