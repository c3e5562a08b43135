using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Tests.Query;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>The research questions over the curated seed graph (graph-seed/).</summary>
[Collection(SeedStoreCollection.Name)]
public class SeedAnalyticsTests(SeedStore seed)
{
    private const string Terrassa = "city:geonames:3108286", Leeds = "city:geonames:2644688", Barcelona = "city:geonames:3128760";

    [Fact]
    public async Task Terrassa_reaches_Leeds_through_the_Eurocities_events()
    {
        var result = await Analyze.RunAsync(seed.Store, a => a.PathsAsync(new PathQuery(Terrassa, Leeds) { MaxPaths = 10 }));
        Assert.Equal(4, result.GetProperty("length").GetInt32());
        var paths = result.GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("nodes").Strings("id")).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.Equal([Terrassa, "event:eurocities-barcelona-terrassa-creative-industries-meetings", "network:eurocities",
            "event:eurocities-culture-forum-leeds-2019", Leeds], p));
        // Two relationships join Terrassa to the meetings (held there, and it took part), so two paths.
        Assert.Equal(["HELD_IN", "PARTICIPATED_IN"], result.GetProperty("paths").EnumerateArray()
            .Select(p => p.GetProperty("relationships")[0].GetProperty("type").GetString()!).Order().ToList());
    }

    [Fact]
    public async Task Barcelona_profile_counts_the_projects_of_Barcelona_Activa()
    {
        var result = await Analyze.RunAsync(seed.Store, a => a.CityProfileAsync(new CityProfileQuery(Barcelona)));
        Assert.Equal("Barcelona", result.GetProperty("city").GetProperty("name").GetString());
        var projects = result.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(6, projects.Count);
        Assert.All(projects, p => Assert.Equal(["org:barcelona-activa"], p.GetProperty("organisations").Strings("id")));
        Assert.Equal(0, result.GetProperty("partners").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Urbact_funds_the_gender_equality_project()
    {
        var result = await Analyze.RunAsync(seed.Store, a => a.ProgrammeProjectsAsync(new ProgrammeProjectsQuery("programme:urbact")));
        Assert.Equal(["project:urbact-gender-equality-barcelona"], result.GetProperty("projects").Strings("id"));
        Assert.Equal(["country:es"], result.GetProperty("countries").Strings("country", "id"));
    }

    [Fact]
    public async Task Search_is_the_query_layer_path()
    {
        // Question 6 is IGraphQueries.SearchAsync: names and aliases in several languages, ignoring case and accents.
        var found = await seed.SearchAsync(new KnowledgeGraph.Store.Query.SearchQuery("barcelone",
            KnowledgeGraph.Store.Query.Projection.Of(new KnowledgeGraph.Store.Query.ValueField("id", KnowledgeGraph.Store.Query.FieldRef.Id))));
        Assert.Equal(Barcelona, found[0].GetProperty("id").GetString());
    }
}
