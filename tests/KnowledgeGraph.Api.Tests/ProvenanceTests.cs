namespace KnowledgeGraph.Api.Tests;

/// <summary>Sources and side-by-side claims; the symmetric COOPERATES_WITH seen from both sides.</summary>
[Collection(ReadServerCollection.Name)]
public sealed class ProvenanceTests(ApiServer server)
{
    [Fact]
    public async Task Eurocities_member_count_claims_stand_side_by_side_with_their_quotes()
    {
        var data = await server.DataAsync("""
            { networkByName(name: "EUROCITIES") { memberCount claims(property: memberCount) { property value qualifier quote certainty study { id name } } } }
            """);
        var claims = data.GetProperty("networkByName").GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(3, claims.Count);
        Assert.Equal([100, 135, 140], claims.Select(c => c.GetProperty("value").GetInt32()).Order());
        Assert.Contains(claims, c => c.GetProperty("quote").GetString() == "with over 140 members" && c.GetProperty("qualifier").GetString() == "more than");
        Assert.All(claims, c => Assert.Equal("STATED", c.GetProperty("certainty").GetString()));
        Assert.All(claims, c => Assert.StartsWith("study:", c.GetProperty("study").GetProperty("id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nodes_and_relationships_carry_their_sources()
    {
        var data = await server.DataAsync("""
            { city(id: "city:geonames:3128760") { sources { certainty quote study { id } } events(first: 1) { edges { sources { certainty quote note study { name } } } } } }
            """);
        var city = data.GetProperty("city");
        Assert.NotEqual(0, city.GetProperty("sources").GetArrayLength());
        var edgeSources = city.GetProperty("events").GetProperty("edges")[0].GetProperty("sources");
        Assert.NotEqual(0, edgeSources.GetArrayLength());
    }

    [Fact]
    public async Task Cooperates_with_is_seen_from_both_sides()
    {
        var data = await server.DataAsync("""
            { organisation(id: "org:barcelona-activa") { cooperatesWith(where: { id: { eq: "city:geonames:1857910" } }) { edges { basis field node { name } } } }
              city(id: "city:geonames:1857910") { cooperatesWith { edges { basis field node { id } } } } }
            """);
        var fromOrg = data.GetProperty("organisation").GetProperty("cooperatesWith").GetProperty("edges")[0];
        var fromCity = data.GetProperty("city").GetProperty("cooperatesWith").GetProperty("edges")[0];
        Assert.Equal("Kyoto", fromOrg.GetProperty("node").GetProperty("name").GetString());
        Assert.Equal("org:barcelona-activa", fromCity.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("EXCHANGE", fromCity.GetProperty("basis").GetString());
        Assert.Equal(fromOrg.GetProperty("field").GetString(), fromCity.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Money_sums_over_relationships()
    {
        var data = await server.DataAsync("{ programmes { edges { node { name funds { totalCount } fundsAmountSum fundsEuFundingSum } } } }");
        foreach (var edge in data.GetProperty("programmes").GetProperty("edges").EnumerateArray())
        {
            Assert.True(edge.GetProperty("node").GetProperty("fundsAmountSum").GetDouble() >= 0);
        }
    }
}
