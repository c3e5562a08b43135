using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

[Collection(SeedStoreCollection.Name)]
public class SearchQueryTests(SeedStore seed)
{
    private async Task<List<string>> Search(string text, params NodeKind[] kinds) =>
        Ids(await seed.SearchAsync(new SearchQuery(text, IdName) { Kinds = kinds }));

    [Fact]
    public async Task Accents_are_ignored() =>
        Assert.Equal(["event:sonar", "event:sonar-plus-d"], (await Search("sonar")).Order());

    [Fact]
    public async Task Aliases_are_found() => Assert.Equal(["city:geonames:3128760"], await Search("barcelone"));

    [Fact]
    public async Task Case_is_ignored() => Assert.Equal(["city:geonames:6077243"], await Search("MONTREAL"));

    [Fact]
    public async Task Words_match_as_prefixes()
    {
        Assert.Equal(["city:geonames:3108286"], await Search("terra", M.City));
        var any = await Search("terra");
        Assert.Contains("city:geonames:3108286", any);
        Assert.Contains("org:terrassa-servei-relacions-europees-internacionals", any);
    }

    [Fact]
    public async Task Every_word_must_match_and_first_limits()
    {
        Assert.Equal(["event:eurocities-culture-forum-leeds-2019"], await Search("forum leeds", M.Event));
        var two = await seed.SearchAsync(new SearchQuery("barcelona", IdName) { First = 2 });
        Assert.Equal(2, two.GetArrayLength());
    }

    [Fact]
    public async Task Search_projects_like_a_node_query()
    {
        var result = await seed.SearchAsync(new SearchQuery("sónar", Projection.Of(Name,
            new RelationshipProjection("heldIn", M.HeldIn, Direction.Outgoing, new NodeQuery { Projection = Projection.Of(Name) }))) { Kinds = [M.Event], First = 1 });
        Assert.Equal("Sónar", result[0].GetProperty("name").GetString());
        Assert.Equal("Barcelona", result[0].GetProperty("heldIn")[0].GetProperty("name").GetString());
    }
}
