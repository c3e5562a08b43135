using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The research-question root fields over the seed graph: in the seed, Barcelona Activa (located in Barcelona) is
/// the one partner of six projects (2020-barcelona-activa-international-projects.yaml), one of them funded by URBACT.
/// Each field costs one store statement.
/// </summary>
[Collection(ReadServerCollection.Name)]
public sealed class AnalyticsFieldTests(ApiServer server)
{
    private const string Barcelona = "city:geonames:3128760";

    private async Task<JsonElement> OneStatementAsync(string query)
    {
        var before = server.Statements;
        var data = await server.DataAsync(query);
        Assert.Equal(1, server.Statements - before);
        return data;
    }

    private async Task AssertBadInputAsync(string query, string message)
    {
        var body = await server.PostAsync(query);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollaboratingCities_finds_no_pair_when_one_city_takes_part_in_projects()
    {
        // A scope argument costs one look-up (the theme resolved by id, name or alias) besides the question.
        var before = server.Statements;
        var data = await server.DataAsync("{ collaboratingCities(theme: \"theme:culture\", first: 5) { totalCount pairs { sharedProjects } } }");
        Assert.Equal(2, server.Statements - before);
        Assert.Equal(0, data.GetProperty("collaboratingCities").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("collaboratingCities").GetProperty("pairs").GetArrayLength());
        await AssertBadInputAsync("{ collaboratingCities(fromYear: 2020, toYear: 2010) { totalCount } }", "fromYear (2020) is after toYear (2010)");
        await AssertBadInputAsync("{ collaboratingCities(first: 0) { totalCount } }", "first must be between");
    }

    [Fact]
    public async Task CityProfile_lists_the_projects_of_the_city_and_its_organisations()
    {
        var data = await OneStatementAsync($$"""{ cityProfile(city: "{{Barcelona}}") { city { name countryCode } networks { id } projects { id direct organisations { id } } partners { totalCount } } }""");
        var profile = data.GetProperty("cityProfile");
        Assert.Equal("Barcelona", profile.GetProperty("city").GetProperty("name").GetString());
        Assert.Equal("ES", profile.GetProperty("city").GetProperty("countryCode").GetString());
        Assert.Equal(0, profile.GetProperty("networks").GetArrayLength()); // the seed states no MEMBER_OF
        var projects = profile.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(6, projects.Count);
        Assert.Contains(projects, p => p.GetProperty("id").GetString() == "project:urbact-gender-equality-barcelona");
        Assert.All(projects, p => Assert.Equal("org:barcelona-activa", p.GetProperty("organisations")[0].GetProperty("id").GetString()));
        Assert.Equal(0, profile.GetProperty("partners").GetProperty("totalCount").GetInt32());
        await AssertBadInputAsync("{ cityProfile(city: \"city:nowhere\") { city { id } } }", "No city with id city:nowhere");
    }

    [Fact]
    public async Task Connections_gives_the_shortest_paths_between_two_nodes()
    {
        var data = await OneStatementAsync("""{ connections(from: "city:geonames:3108286", to: "org:barcelona-activa", first: 2) { from { name kind } length truncated paths { nodes { id } relationships { type } } } }""");
        var connections = data.GetProperty("connections");
        Assert.Equal("Terrassa", connections.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal(3, connections.GetProperty("length").GetInt32());
        Assert.False(connections.GetProperty("truncated").GetBoolean());
        var path = connections.GetProperty("paths")[0];
        Assert.Equal(2, connections.GetProperty("paths").GetArrayLength());
        Assert.Equal(4, path.GetProperty("nodes").GetArrayLength());
        Assert.Equal(Barcelona, path.GetProperty("nodes")[2].GetProperty("id").GetString());
        Assert.Equal("LOCATED_IN", path.GetProperty("relationships")[2].GetProperty("type").GetString());
        await AssertBadInputAsync("{ connections(from: \"city:geonames:3108286\", to: \"org:nowhere\") { length } }", "No node with id org:nowhere");
        await AssertBadInputAsync("{ connections(from: \"city:geonames:3108286\", to: \"org:barcelona-activa\", maxHops: 9) { length } }", "maxHops must be between");
    }

    [Fact]
    public async Task MostConnected_ranks_cities_or_organisations()
    {
        var data = await OneStatementAsync("{ mostConnected(by: PROJECTS, first: 3) { totalCount items { node { id name kind countryCode } partners projects } } }");
        var ranked = data.GetProperty("mostConnected");
        Assert.Equal(1, ranked.GetProperty("totalCount").GetInt32());
        var top = ranked.GetProperty("items")[0];
        Assert.Equal(Barcelona, top.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("ES", top.GetProperty("node").GetProperty("countryCode").GetString());
        Assert.Equal(6, top.GetProperty("projects").GetInt32());
        Assert.Equal(0, top.GetProperty("partners").GetInt32());
        var organisations = await OneStatementAsync("{ mostConnected(kind: ORGANISATION) { items { node { id kind } projects } } }");
        var org = organisations.GetProperty("mostConnected").GetProperty("items")[0];
        Assert.Equal("org:barcelona-activa", org.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("Organisation", org.GetProperty("node").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task ProgrammeProjects_lists_the_projects_a_programme_funds()
    {
        var data = await OneStatementAsync("""{ programmeProjects(programme: "programme:urbact") { programme { name } programmes { id projects } totalCount euFunding countries { country { isoCode } projects } projects { id partners countries { id } } } }""");
        var result = data.GetProperty("programmeProjects");
        Assert.Equal("URBACT", result.GetProperty("programme").GetProperty("name").GetString());
        Assert.Equal(1, result.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, result.GetProperty("euFunding").GetDouble());
        Assert.Equal("ES", result.GetProperty("countries")[0].GetProperty("country").GetProperty("isoCode").GetString());
        var project = result.GetProperty("projects")[0];
        Assert.Equal("project:urbact-gender-equality-barcelona", project.GetProperty("id").GetString());
        Assert.Equal(1, project.GetProperty("partners").GetInt32());
        Assert.Equal("country:es", project.GetProperty("countries")[0].GetProperty("id").GetString());
        await AssertBadInputAsync("{ programmeProjects(programme: \"programme:nowhere\") { totalCount } }", "No programme with id programme:nowhere");
    }

    [Fact]
    public async Task CountryPartners_lists_the_cities_organisations_and_projects_of_a_country()
    {
        var data = await OneStatementAsync("""{ countryPartners(country: "country:es", first: 2) { country { name isoCode } cities { totalCount items { id projects } } organisations { totalCount items { id city { name } projects } } projects { totalCount items { id partners } } } }""");
        var result = data.GetProperty("countryPartners");
        Assert.Equal("Spain", result.GetProperty("country").GetProperty("name").GetString());
        Assert.Equal(1, result.GetProperty("cities").GetProperty("totalCount").GetInt32());
        Assert.Equal(6, result.GetProperty("cities").GetProperty("items")[0].GetProperty("projects").GetInt32());
        var org = result.GetProperty("organisations").GetProperty("items")[0];
        Assert.Equal("org:barcelona-activa", org.GetProperty("id").GetString());
        Assert.Equal("Barcelona", org.GetProperty("city").GetProperty("name").GetString());
        Assert.Equal(6, result.GetProperty("projects").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, result.GetProperty("projects").GetProperty("items").GetArrayLength());
        await AssertBadInputAsync("{ countryPartners(country: \"country:nowhere\") { country { id } } }", "No country with id country:nowhere");
    }
}
