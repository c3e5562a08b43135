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
}
