using System.Text.Json;
using KnowledgeGraph.Api.Tests.Fixtures;
using static KnowledgeGraph.Api.Tests.Fixtures.InterregFixture;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The optional parts of analytics answers (each pair's projects; a profile's organisations, programmes and countries)
/// are computed only when the GraphQL selection reaches them: however they are reached (alias, fragment spread, inline
/// fragment, <c>@include</c>/<c>@skip</c> with variables) they are there, with the answers of <see cref="FixtureOracle"/>,
/// and leaving them out changes nothing else.
/// </summary>
[Collection(InterregServerCollection.Name)]
public sealed class AnalyticsSelectionTests(InterregServer server)
{
    private static string PairText(JsonElement pairs, bool projects) => string.Join(" | ", pairs.EnumerateArray().Select(p =>
        $"{p.GetProperty("cityA").GetProperty("id").GetString()}+{p.GetProperty("cityB").GetProperty("id").GetString()}={p.GetProperty("sharedProjects").GetInt32()}"
        + (projects ? ":" + string.Join(",", p.GetProperty("projects").EnumerateArray().Select(x => x.GetProperty("id").GetString())) : "")));

    private static string Expected(bool projects) => string.Join(" | ", FixtureOracle.Pairs(new Scope()).Select(p =>
        $"{p.A}+{p.B}={p.Projects.Count}" + (projects ? ":" + string.Join(",", p.Projects) : "")));

    [Theory]
    [InlineData("pairs { cityA { id } cityB { id } sharedProjects projects { id } }", "")]
    [InlineData("pairs { cityA { id } cityB { id } sharedProjects shared: projects { id } }", "")]
    [InlineData("pairs { cityA { id } cityB { id } sharedProjects ...P }", " fragment P on CityPair { projects { id } }")]
    [InlineData("pairs { cityA { id } cityB { id } sharedProjects ... on CityPair { projects { id } } }", "")]
    [InlineData("pairs { cityA { id } cityB { id } sharedProjects projects @include(if: true) { id } }", "")]
    [InlineData("...Pairs", " fragment Pairs on CityPairPage { pairs { cityA { id } cityB { id } sharedProjects } pairs { projects { id } } }")]
    public async Task Collaborating_cities_list_the_projects_however_they_are_selected(string selection, string fragments)
    {
        var data = await server.DataAsync($"{{ collaboratingCities(first: 1000) {{ totalCount {selection} }} }}{fragments}");
        var pairs = data.GetProperty("collaboratingCities").GetProperty("pairs");
        var renamed = selection.Contains("shared:", StringComparison.Ordinal);
        var text = string.Join(" | ", pairs.EnumerateArray().Select(p =>
            $"{p.GetProperty("cityA").GetProperty("id").GetString()}+{p.GetProperty("cityB").GetProperty("id").GetString()}={p.GetProperty("sharedProjects").GetInt32()}:"
            + string.Join(",", p.GetProperty(renamed ? "shared" : "projects").EnumerateArray().Select(x => x.GetProperty("id").GetString()))));
        Assert.Equal(Expected(projects: true), text);
    }

    [Fact]
    public async Task Collaborating_cities_without_projects_give_the_same_pairs()
    {
        var without = await server.FieldAsync("collaboratingCities", "collaboratingCities(first: 1000) { totalCount pairs { cityA { id } cityB { id } sharedProjects } }");
        Assert.Equal(Expected(projects: false), PairText(without.GetProperty("pairs"), projects: false));
        Assert.Equal(FixtureOracle.Pairs(new Scope()).Count, without.GetProperty("totalCount").GetInt32());

        var skipped = await server.PostAsync(
            "query($skip: Boolean!) { collaboratingCities(first: 1000) { pairs { cityA { id } cityB { id } sharedProjects projects @skip(if: $skip) { id } } } }",
            new { skip = true });
        var pairs = skipped.GetProperty("data").GetProperty("collaboratingCities").GetProperty("pairs");
        Assert.Equal(Expected(projects: false), PairText(pairs, projects: false));
        Assert.All(pairs.EnumerateArray(), p => Assert.False(p.TryGetProperty("projects", out _)));

        var included = await server.PostAsync(
            "query($skip: Boolean!) { collaboratingCities(first: 1000) { pairs { cityA { id } cityB { id } sharedProjects projects @skip(if: $skip) { id } } } }",
            new { skip = false });
        Assert.Equal(Expected(projects: true), PairText(included.GetProperty("data").GetProperty("collaboratingCities").GetProperty("pairs"), projects: true));
    }

    [Fact]
    public async Task A_city_profile_gives_organisations_programmes_and_countries_only_when_selected_and_the_rest_alike()
    {
        foreach (var city in Cities)
        {
            const string Core = "city { id } projects { id role direct } partners { totalCount items { city { id } sharedProjects } } activity { year projects }";
            var full = await server.FieldAsync("cityProfile",
                $"cityProfile(city: \"{city.Id}\", first: 100) {{ {Core} projects {{ id organisations {{ id role }} programmes {{ id }} }} countries {{ country {{ id }} partnerCities projects }} }}");
            var viaFragments = (await server.DataAsync(
                $"{{ cityProfile(city: \"{city.Id}\", first: 100) {{ {Core} ...on CityProfile {{ projects {{ id ...Parts }} reach: countries {{ country {{ id }} partnerCities projects }} }} }} }} fragment Parts on ProfileProject {{ organisations {{ id role }} programmes {{ id }} }}")).GetProperty("cityProfile");
            var core = await server.FieldAsync("cityProfile", $"cityProfile(city: \"{city.Id}\", first: 100) {{ {Core} }}");

            Assert.Equal(full.GetProperty("countries").GetRawText(), viaFragments.GetProperty("reach").GetRawText());
            Assert.Equal(full.GetProperty("projects").GetRawText(), viaFragments.GetProperty("projects").GetRawText());
            foreach (var part in new[] { "city", "partners", "activity" })
            {
                Assert.Equal(full.GetProperty(part).GetRawText(), core.GetProperty(part).GetRawText());
            }
            Assert.Equal(
                full.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString() + p.GetProperty("role").GetString() + p.GetProperty("direct").GetBoolean()),
                core.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString() + p.GetProperty("role").GetString() + p.GetProperty("direct").GetBoolean()));
        }
        // The fixture makes these parts non-trivial for some city.
        var any = await server.FieldAsync("cityProfile", $"cityProfile(city: \"{Cities[0].Id}\") {{ projects {{ organisations {{ id }} programmes {{ id }} }} countries {{ partnerCities }} }}");
        Assert.True(any.GetProperty("projects").GetArrayLength() > 0);
        Assert.Contains(any.GetProperty("projects").EnumerateArray(), p => p.GetProperty("programmes").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData(Interreg, "")]
    [InlineData(InterregEurope, "")]
    [InlineData(Urbact, "")]
    [InlineData(Interreg, ", country: \"country:de\"")]
    public async Task A_programme_gives_each_part_only_when_selected_and_the_rest_alike(string programme, string scope)
    {
        const string Projects = "projects { id name acronym startDate endDate euFunding budget programmes { id name } partners countries { id isoCode } }";
        var args = $"programme: \"{programme}\", first: 100{scope}";
        var full = await server.FieldAsync("programmeProjects",
            $"programmeProjects({args}) {{ programme {{ id }} programmes {{ id name projects }} totalCount euFunding budget countries {{ country {{ id }} projects euFunding }} {Projects} }}");
        // As the benchmark asks: no sub-programmes, budget, countries' funding or most project members.
        var lean = await server.FieldAsync("programmeProjects",
            $"programmeProjects({args}) {{ totalCount euFunding countries {{ country {{ id }} projects }} projects {{ id partners }} }}");
        // Every part again, reached through fragments and an alias.
        var viaFragments = (await server.DataAsync(
            $"{{ programmeProjects({args}) {{ ...Top ... on ProgrammeProjects {{ reach: countries {{ country {{ id }} projects euFunding }} }} }} }} fragment Top on ProgrammeProjects {{ programme {{ id }} programmes {{ id name projects }} totalCount euFunding budget {Projects} }}"))
            .GetProperty("programmeProjects");
        var skipped = await server.PostAsync(
            $"query($skip: Boolean!) {{ programmeProjects({args}) {{ totalCount budget @skip(if: $skip) programmes @skip(if: $skip) {{ id }} projects {{ id partners countries @skip(if: $skip) {{ id }} }} }} }}",
            new { skip = true });

        Assert.True(full.GetProperty("projects").GetArrayLength() > 0);
        Assert.True(full.GetProperty("programmes").GetArrayLength() > 0);
        Assert.True(full.GetProperty("countries").GetArrayLength() > 0);
        foreach (var part in new[] { "totalCount", "euFunding" })
        {
            Assert.Equal(full.GetProperty(part).GetRawText(), lean.GetProperty(part).GetRawText());
        }
        Assert.Equal(
            full.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("country").GetProperty("id").GetString() + "=" + c.GetProperty("projects").GetInt32()),
            lean.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("country").GetProperty("id").GetString() + "=" + c.GetProperty("projects").GetInt32()));
        Assert.Equal(
            full.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString() + "=" + p.GetProperty("partners").GetInt32()),
            lean.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString() + "=" + p.GetProperty("partners").GetInt32()));
        foreach (var part in new[] { "programme", "programmes", "totalCount", "euFunding", "budget", "projects" })
        {
            Assert.Equal(full.GetProperty(part).GetRawText(), viaFragments.GetProperty(part).GetRawText());
        }
        Assert.Equal(full.GetProperty("countries").GetRawText(), viaFragments.GetProperty("reach").GetRawText());

        var leanSkipped = skipped.GetProperty("data").GetProperty("programmeProjects");
        Assert.False(leanSkipped.TryGetProperty("budget", out _));
        Assert.False(leanSkipped.TryGetProperty("programmes", out _));
        Assert.Equal(full.GetProperty("totalCount").GetInt32(), leanSkipped.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            full.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString() + "=" + p.GetProperty("partners").GetInt32()),
            leanSkipped.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString() + "=" + p.GetProperty("partners").GetInt32()));
    }

    [Fact]
    public async Task A_city_profile_lists_networks_only_when_selected_and_the_rest_alike()
    {
        var listed = 0;
        foreach (var city in Cities)
        {
            const string Core = "city { id } projects { id role } partners { totalCount items { city { id } sharedProjects } } activity { year projects }";
            var full = await server.FieldAsync("cityProfile", $"cityProfile(city: \"{city.Id}\", first: 100) {{ {Core} networks {{ id name status since until }} }}");
            var aliased = (await server.DataAsync($"{{ cityProfile(city: \"{city.Id}\", first: 100) {{ {Core} ...N }} }} fragment N on CityProfile {{ member: networks {{ id name status since until }} }}"))
                .GetProperty("cityProfile");
            var core = await server.FieldAsync("cityProfile", $"cityProfile(city: \"{city.Id}\", first: 100) {{ {Core} }}");

            Assert.Equal(full.GetProperty("networks").GetRawText(), aliased.GetProperty("member").GetRawText());
            foreach (var part in new[] { "city", "projects", "partners", "activity" })
            {
                Assert.Equal(full.GetProperty(part).GetRawText(), core.GetProperty(part).GetRawText());
            }
            listed += full.GetProperty("networks").GetArrayLength();
        }
        // The fixture makes some city a member of a network.
        Assert.True(listed > 0);
    }
}
