using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Store.Analytics;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>
/// The Include flags of the requests leave their part out of the JSON and change nothing else: the answer without a
/// part equals the full answer with that member removed.
/// </summary>
public class IncludeFlagsTests(AnalyticsStore fixture) : IClassFixture<AnalyticsStore>
{
    private static string Without(JsonElement full, Action<JsonObject> remove)
    {
        var node = JsonNode.Parse(full.GetRawText())!.AsObject();
        remove(node);
        return node.ToJsonString();
    }

    [Fact]
    public async Task Collaborating_cities_without_projects_are_the_pairs_without_their_lists()
    {
        var full = await fixture.RunAsync(a => a.CollaboratingCitiesAsync(new CollaborationQuery()));
        var lean = await fixture.RunAsync(a => a.CollaboratingCitiesAsync(new CollaborationQuery { IncludeProjects = false }));

        Assert.True(full.GetProperty("pairs").GetArrayLength() >= 3);
        Assert.All(full.GetProperty("pairs").EnumerateArray(), p => Assert.True(p.GetProperty("projects").GetArrayLength() > 0));
        Assert.Equal(Without(full, o => { foreach (var p in o["pairs"]!.AsArray()) { p!.AsObject().Remove("projects"); } }), lean.Text());
    }

    [Theory]
    [InlineData("city:a")]
    [InlineData("city:geonames:102")]
    [InlineData("city:e")]
    public async Task A_profile_with_some_project_fields_or_without_countries_is_the_profile_without_the_others(string city)
    {
        var full = await fixture.RunAsync(a => a.CityProfileAsync(new CityProfileQuery(city)));
        string[] kept = ["id", "name", "acronym", "startYear", "endYear", "role", "direct"];
        var lean = await fixture.RunAsync(a => a.CityProfileAsync(new CityProfileQuery(city) { ProjectFields = kept.ToHashSet(), IncludeCountries = false }));
        var noOrganisations = await fixture.RunAsync(a => a.CityProfileAsync(new CityProfileQuery(city) { ProjectFields = kept.Append("programmes").ToHashSet() }));
        var idAndRole = await fixture.RunAsync(a => a.CityProfileAsync(new CityProfileQuery(city) { ProjectFields = new HashSet<string> { "role", "id", "unknown" } }));

        Assert.True(full.GetProperty("projects").GetArrayLength() > 0);
        Assert.Equal(Without(full, o =>
        {
            o.Remove("countries");
            foreach (var p in o["projects"]!.AsArray())
            {
                p!.AsObject().Remove("organisations");
                p.AsObject().Remove("programmes");
            }
        }), lean.Text());
        Assert.Equal(Without(full, o => { foreach (var p in o["projects"]!.AsArray()) { p!.AsObject().Remove("organisations"); } }), noOrganisations.Text());
        Assert.Equal(Without(full, o =>
        {
            foreach (var p in o["projects"]!.AsArray())
            {
                foreach (var name in p!.AsObject().Select(m => m.Key).Where(k => k is not ("id" or "role")).ToList())
                {
                    p.AsObject().Remove(name);
                }
            }
        }), idAndRole.Text());
    }

    [Theory]
    [InlineData("city:geonames:101")]
    [InlineData("city:e")]
    public async Task A_profile_without_networks_is_the_profile_without_them(string city)
    {
        var full = await fixture.RunAsync(a => a.CityProfileAsync(new CityProfileQuery(city)));
        var lean = await fixture.RunAsync(a => a.CityProfileAsync(new CityProfileQuery(city) { IncludeNetworks = false }));

        Assert.True(full.TryGetProperty("networks", out _));
        Assert.Equal(Without(full, o => o.Remove("networks")), lean.Text());
    }

    [Theory]
    [InlineData("city:a", null, null, null)]
    [InlineData("city:a", "network:n", null, null)]
    [InlineData("city:a", null, "country:fr", null)]
    [InlineData("city:geonames:102", "network:n", null, 2016)]
    public async Task A_scoped_profile_without_countries_has_the_same_partners(string city, string? network, string? country, int? fromYear)
    {
        CityProfileQuery Query() => new(city) { NetworkId = network, CountryId = country, FromYear = fromYear };
        var full = await fixture.RunAsync(a => a.CityProfileAsync(Query()));
        var lean = await fixture.RunAsync(a => a.CityProfileAsync(Query() with { IncludeCountries = false }));

        Assert.Equal(Without(full, o => o.Remove("countries")), lean.Text());
    }

    [Fact]
    public async Task A_city_in_a_network_lists_it_only_when_networks_are_included()
    {
        var full = await fixture.RunAsync(a => a.CityProfileAsync(new CityProfileQuery("city:geonames:101")));
        Assert.Contains("network:n", full.GetProperty("networks").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    public static TheoryData<string, string?, string?> ProgrammeScopes => new()
    {
        { "programme:root", null, null },
        { "programme:other", null, null },
        { "programme:root", "country:it", null },
        { "programme:other", null, "network:n" },
    };

    [Theory]
    [MemberData(nameof(ProgrammeScopes))]
    public async Task A_programme_without_some_parts_is_the_full_answer_without_them(string programme, string? country, string? network)
    {
        ProgrammeProjectsQuery Query() => new(programme) { CountryId = country, NetworkId = network };
        var full = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(Query()));
        var lean = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(Query() with
        {
            IncludeProgrammes = false,
            IncludeBudget = false,
            IncludeCountryFunding = false,
            ProjectFields = new HashSet<string> { "id", "partners", "unknown" },
        }));
        var noCountries = await fixture.RunAsync(a => a.ProgrammeProjectsAsync(Query() with { IncludeCountries = false, ProjectFields = new HashSet<string> { "euFunding", "countries", "name" } }));

        Assert.True(full.GetProperty("projects").GetArrayLength() > 0);
        Assert.True(full.GetProperty("countries").GetArrayLength() > 0);
        Assert.Equal(Without(full, o =>
        {
            o.Remove("programmes");
            o.Remove("budget");
            foreach (var c in o["countries"]!.AsArray())
            {
                c!.AsObject().Remove("euFunding");
            }
            KeepOnly(o["projects"]!.AsArray(), "id", "partners");
        }), lean.Text());
        Assert.Equal(Without(full, o =>
        {
            o.Remove("countries");
            KeepOnly(o["projects"]!.AsArray(), "euFunding", "countries", "name");
        }), noCountries.Text());
    }

    private static void KeepOnly(JsonArray items, params string[] names)
    {
        foreach (var item in items)
        {
            foreach (var name in item!.AsObject().Select(m => m.Key).Where(k => !names.Contains(k)).ToList())
            {
                item.AsObject().Remove(name);
            }
        }
    }
}
