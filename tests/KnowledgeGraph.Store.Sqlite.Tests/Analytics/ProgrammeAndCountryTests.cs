using KnowledgeGraph.Store.Analytics;
using static KnowledgeGraph.Store.Sqlite.Tests.Analytics.Analyze;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>Question 5 over <see cref="SyntheticGraph"/>: a programme's projects and funding, a country's partners.</summary>
public class ProgrammeAndCountryTests(AnalyticsStore fixture) : IClassFixture<AnalyticsStore>
{
    [Fact]
    public async Task Programme_projects_include_sub_programmes_with_countries_and_funding()
    {
        var result = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(new ProgrammeProjectsQuery("programme:root")));
        Assert.Equal(Json("""
            {'programme': {'id': 'programme:root', 'name': 'Root Programme', 'acronym': 'ROOT', 'period': '2014-2020'},
             'programmes': [{'id': 'programme:root', 'name': 'Root Programme', 'projects': 1}, {'id': 'programme:sub', 'name': 'Sub Programme', 'projects': 1}],
             'totalCount': 2, 'euFunding': 1500.0, 'budget': 2000.0,
             'countries': [
               {'country': {'id': 'country:es', 'name': 'Spain', 'isoCode': 'ES'}, 'projects': 2, 'euFunding': 1500.0},
               {'country': {'id': 'country:fr', 'name': 'France', 'isoCode': 'FR'}, 'projects': 1, 'euFunding': 1000.0},
               {'country': {'id': 'country:it', 'name': 'Italy', 'isoCode': 'IT'}, 'projects': 1, 'euFunding': 500.0}],
             'projects': [
               {'id': 'project:p1', 'name': 'Project One', 'acronym': 'P1', 'startDate': '2015-01-01', 'endDate': '2018-12-31', 'euFunding': 1000, 'budget': 2000,
                'programmes': [{'id': 'programme:sub', 'name': 'Sub Programme'}], 'partners': 3,
                'countries': [{'id': 'country:es', 'name': 'Spain', 'isoCode': 'ES'}, {'id': 'country:fr', 'name': 'France', 'isoCode': 'FR'}]},
               {'id': 'project:p2', 'name': 'Project Two', 'acronym': 'P2', 'startDate': '2019-03-01', 'endDate': '2021-06-30', 'euFunding': 500, 'budget': null,
                'programmes': [{'id': 'programme:root', 'name': 'Root Programme'}], 'partners': 3,
                'countries': [{'id': 'country:es', 'name': 'Spain', 'isoCode': 'ES'}, {'id': 'country:it', 'name': 'Italy', 'isoCode': 'IT'}]}]}
            """), result.Text());
    }

    [Fact]
    public async Task Programme_projects_filtered_and_paged()
    {
        var other = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(new ProgrammeProjectsQuery("programme:other") { First = 1 }));
        Assert.Equal(2, other.GetProperty("totalCount").GetInt32());
        Assert.Equal(300.0, other.GetProperty("euFunding").GetDouble());
        Assert.Equal(["project:p3"], other.GetProperty("projects").Strings("id"));
        Assert.Equal(["country:fr", "country:it", "country:es"], other.GetProperty("countries").Strings("country", "id"));
        // P3's organisation without a city (org:x) counts through its own country.
        Assert.Equal(["country:es", "country:fr", "country:it"], other.GetProperty("projects")[0].GetProperty("countries").Strings("id"));
        var second = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(new ProgrammeProjectsQuery("programme:other") { First = 1, Offset = 1 }));
        Assert.Equal(["project:p4"], second.GetProperty("projects").Strings("id"));

        var italy = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(new ProgrammeProjectsQuery("programme:root") { CountryId = "country:it" }));
        Assert.Equal(["project:p2"], italy.GetProperty("projects").Strings("id"));
        var members = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(new ProgrammeProjectsQuery("programme:other") { NetworkId = "network:n", ThemeId = "theme:culture" }));
        Assert.Equal(["project:p4"], members.GetProperty("projects").Strings("id"));
        var missing = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(new ProgrammeProjectsQuery("programme:nothing")));
        Assert.Equal(Json("{'programme': null, 'programmes': [], 'totalCount': 0, 'euFunding': 0.0, 'budget': 0.0, 'countries': [], 'projects': []}"), missing.Text());
    }

    [Fact]
    public async Task Programme_projects_of_a_network_alone_count_partners_through_their_organisations_cities()
    {
        // network:n has cities a, c and d as members: P3 takes part through org:a1 (in a), P4 through org:d1 (in d);
        // P1 and P2 through organisations in a.
        var other = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(new ProgrammeProjectsQuery("programme:other") { NetworkId = "network:n" }));
        Assert.Equal(["project:p3", "project:p4"], other.GetProperty("projects").Strings("id"));
        Assert.Equal(2, other.GetProperty("totalCount").GetInt32());
        var root = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(new ProgrammeProjectsQuery("programme:root") { NetworkId = "network:n", CountryId = "country:it" }));
        Assert.Equal(["project:p2"], root.GetProperty("projects").Strings("id"));
        Assert.Equal(500.0, root.GetProperty("euFunding").GetDouble());
        // A network that resolves to nothing has no members, so no project has a partner in it.
        var none = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(new ProgrammeProjectsQuery("programme:root") { NetworkId = "network:none" }));
        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, none.GetProperty("countries").GetArrayLength());
    }

    [Fact]
    public async Task Country_partners_with_counts()
    {
        var result = await fixture.RunAsync(a => a.CountryPartnersAsync(new CountryPartnersQuery("country:es")));
        Assert.Equal(Json("""
            {'country': {'id': 'country:es', 'name': 'Spain', 'isoCode': 'ES'},
             'cities': {'totalCount': 2, 'items': [{'id': 'city:geonames:101', 'name': 'Alpha', 'projects': 3}, {'id': 'city:geonames:102', 'name': 'Beta', 'projects': 2}]},
             'organisations': {'totalCount': 2, 'items': [
               {'id': 'org:a1', 'name': 'Alpha Agency', 'organisationType': 'agency', 'city': {'id': 'city:geonames:101', 'name': 'Alpha'}, 'projects': 2},
               {'id': 'org:a2', 'name': 'Alpha University', 'organisationType': 'university', 'city': {'id': 'city:geonames:101', 'name': 'Alpha'}, 'projects': 2}]},
             'projects': {'totalCount': 3, 'items': [
               {'id': 'project:p1', 'name': 'Project One', 'acronym': 'P1', 'partners': 2},
               {'id': 'project:p3', 'name': 'Project Three', 'acronym': 'P3', 'partners': 2},
               {'id': 'project:p2', 'name': 'Project Two', 'acronym': 'P2', 'partners': 2}]}}
            """), result.Text());
    }

    [Fact]
    public async Task Country_partners_filtered_and_paged()
    {
        var italy = await fixture.RunAsync(a => a.CountryPartnersAsync(new CountryPartnersQuery("country:it")));
        Assert.Equal(["org:d1", "org:x"], italy.GetProperty("organisations").GetProperty("items").Strings("id"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, italy.GetProperty("organisations").GetProperty("items")[1].GetProperty("city").ValueKind);
        Assert.Equal(["project:p4", "project:p3", "project:p2"], italy.GetProperty("projects").GetProperty("items").Strings("id"));

        var page = await fixture.RunAsync(a => a.CountryPartnersAsync(new CountryPartnersQuery("country:es") { ThemeId = "theme:culture", First = 1, Offset = 1 }));
        Assert.Equal(Json("{'totalCount': 2, 'items': [{'id': 'city:geonames:102', 'name': 'Beta', 'projects': 2}]}"), page.GetProperty("cities").Text());
        Assert.Equal(["org:a2"], page.GetProperty("organisations").GetProperty("items").Strings("id"));
        Assert.Equal(2, page.GetProperty("projects").GetProperty("totalCount").GetInt32());

        var members = await fixture.RunAsync(a => a.CountryPartnersAsync(new CountryPartnersQuery("country:fr") { NetworkId = "network:n" }));
        Assert.Equal(["city:geonames:103"], members.GetProperty("cities").GetProperty("items").Strings("id"));
    }
}
