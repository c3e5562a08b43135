namespace KnowledgeGraph.Api.Tests;

/// <summary>Root lookups: by id, by name or alias, node(id:) with fragments, search.</summary>
[Collection(ReadServerCollection.Name)]
public sealed class LookupTests(ApiServer server)
{
    [Fact]
    public async Task City_by_id_returns_its_typed_properties()
    {
        var data = await server.DataAsync("""{ city(id: "city:geonames:3128760") { id name kind countryCode geonamesId } }""");
        var city = data.GetProperty("city");
        Assert.Equal("Barcelona", city.GetProperty("name").GetString());
        Assert.Equal("City", city.GetProperty("kind").GetString());
        Assert.Equal("ES", city.GetProperty("countryCode").GetString());
        Assert.Equal(3128760, city.GetProperty("geonamesId").GetInt32());
    }

    [Fact]
    public async Task Unknown_id_is_null()
    {
        var data = await server.DataAsync("""{ city(id: "city:nowhere") { id } }""");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("city").ValueKind);
    }

    [Theory]
    [InlineData("bruxelles")]
    [InlineData("BRUSSEL")]
    [InlineData("Brussels")]
    public async Task City_by_alias_ignores_case_and_language(string name)
    {
        var data = await server.DataAsync("query($n: String!) { cityByName(name: $n) { name aliases { name lang } } }", new { n = name });
        var city = data.GetProperty("cityByName");
        Assert.Equal("Brussels", city.GetProperty("name").GetString());
        Assert.Contains(city.GetProperty("aliases").EnumerateArray(), a => a.GetProperty("name").GetString() == "Bruxelles" && a.GetProperty("lang").GetString() == "fr");
    }

    [Fact]
    public async Task By_name_ignores_accents()
    {
        var data = await server.DataAsync("""{ eventByName(name: "sonar") { id name } }""");
        Assert.Equal("Sónar", data.GetProperty("eventByName").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Node_by_id_with_interface_fields_named_fragments_and_inline_fragments()
    {
        var data = await server.DataAsync("""
            query { node(id: "event:sonar") { __typename id ...Named ... on Event { eventType heldIn { nodes { name } } } ... on City { population } } }
            fragment Named on Node { name kind }
            """);
        var node = data.GetProperty("node");
        Assert.Equal("Event", node.GetProperty("__typename").GetString());
        Assert.Equal("Sónar", node.GetProperty("name").GetString());
        Assert.Equal("FESTIVAL", node.GetProperty("eventType").GetString());
        Assert.Equal("Barcelona", node.GetProperty("heldIn").GetProperty("nodes")[0].GetProperty("name").GetString());
        Assert.False(node.TryGetProperty("population", out _));
    }

    [Fact]
    public async Task Search_finds_sonar_ignoring_the_accent()
    {
        var data = await server.DataAsync("""{ search(text: "sonar", kinds: [Event]) { __typename id name } }""");
        var hits = data.GetProperty("search").EnumerateArray().ToList();
        Assert.Equal("Sónar", hits[0].GetProperty("name").GetString());
        Assert.All(hits, h => Assert.Equal("Event", h.GetProperty("__typename").GetString()));
    }
}
