using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

/// <summary>where: each operator, AND/OR/NOT, relationship some/none/all, edge conditions.</summary>
[Collection(ReadServerCollection.Name)]
public sealed class FilterTests(ApiServer server)
{
    private async Task<List<string>> IdsAsync(string root, string where)
    {
        var data = await server.DataAsync($"{{ {root}(where: {where}) {{ totalCount edges {{ node {{ id }} }} }} }}");
        var connection = data.GetProperty(root);
        var ids = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, connection.GetProperty("totalCount").GetInt32());
        return ids;
    }

    [Fact]
    public async Task String_operators()
    {
        Assert.Equal(["city:geonames:3128760"], await IdsAsync("cities", """{ name: { eq: "Barcelona" } }"""));
        Assert.Equal(2, (await IdsAsync("cities", """{ name: { in: ["Barcelona", "Terrassa", "Atlantis"] } }""")).Count);
        Assert.Equal(["city:geonames:3128760"], await IdsAsync("cities", """{ name: { contains: "RCEL" } }"""));
        Assert.Equal(["city:geonames:3108286"], await IdsAsync("cities", """{ name: { startsWith: "ter" } }"""));
        Assert.Equal(2, (await IdsAsync("cities", """{ countryCode: { eq: "JP" } }""")).Count);
    }

    [Fact]
    public async Task Id_and_name_or_alias()
    {
        Assert.Equal(["city:geonames:2800866"], await IdsAsync("cities", """{ id: { in: ["city:geonames:2800866", "city:none"] } }"""));
        Assert.Equal(["city:geonames:2800866"], await IdsAsync("cities", """{ matchesName: "Bruxelles" }"""));
    }

    [Fact]
    public async Task Date_operators_compare_partial_dates()
    {
        var after = await IdsAsync("events", """{ startDate: { gte: "2019" } }""");
        Assert.Equal(["event:eurocities-culture-forum-leeds-2019"], after);
        var november22 = await IdsAsync("events", """{ startDate: { gt: "2012-11-21", lt: "2013" } }""");
        Assert.Equal(2, november22.Count);
        Assert.Equal(5, (await IdsAsync("events", """{ startDate: { lte: "2012-11-22" } }""")).Count);
    }

    [Fact]
    public async Task Enum_operators()
    {
        Assert.Equal(3, (await IdsAsync("events", "{ eventType: { eq: STUDY_VISIT } }")).Count);
        Assert.Equal(5, (await IdsAsync("events", "{ eventType: { in: [STUDY_VISIT, FORUM] } }")).Count);
    }

    [Fact]
    public async Task Missing_values_match_eq_null_and_not_comparisons()
    {
        var all = await IdsAsync("events", "{}");
        var dated = await IdsAsync("events", """{ startDate: { gte: "1900" } }""");
        var undated = await IdsAsync("events", "{ startDate: { eq: null } }");
        var notDated = await IdsAsync("events", """{ NOT: { startDate: { gte: "1900" } } }""");
        Assert.Equal(all.Count, dated.Count + undated.Count);
        Assert.Equal(undated, notDated);
    }

    [Fact]
    public async Task And_or_not()
    {
        var either = await IdsAsync("cities", """{ OR: [{ name: { eq: "Barcelona" } }, { name: { eq: "Kyoto" } }] }""");
        Assert.Equal(2, either.Count);
        var both = await IdsAsync("cities", """{ AND: [{ countryCode: { eq: "ES" } }, { NOT: { name: { eq: "Barcelona" } } }] }""");
        Assert.Equal(["city:geonames:3108286"], both);
    }

    [Fact]
    public async Task Relationship_some_none_all()
    {
        // Events held in Barcelona (some), events held nowhere but Barcelona (all, vacuous when none), and none.
        var some = await IdsAsync("events", """{ heldIn: { some: { name: { eq: "Barcelona" } } } }""");
        var none = await IdsAsync("events", """{ heldIn: { none: { name: { eq: "Barcelona" } } } }""");
        var all = await IdsAsync("events", """{ heldIn: { all: { name: { eq: "Barcelona" } } } }""");
        var total = await IdsAsync("events", "{}");
        Assert.Equal(8, some.Count);
        Assert.Equal(total.Count, some.Count + none.Count);
        Assert.Contains("event:sonar", all);
        Assert.DoesNotContain("event:eurocities-barcelona-terrassa-creative-industries-meetings", all); // also held in Terrassa
        Assert.Contains("event:sonar-plus-d", all); // held nowhere: all holds
        Assert.DoesNotContain("event:sonar-plus-d", some);
    }

    [Fact]
    public async Task Nested_relationship_filters_and_edge_conditions()
    {
        // Cities that took part in an event organised by EUROCITIES.
        var cities = await IdsAsync("cities", """{ participatedIn: { some: { organisedBy: { some: { name: { eq: "EUROCITIES" } } } } } }""");
        Assert.Contains("city:geonames:3108286", cities);
        // Organisations cooperating with someone on the basis of an exchange.
        var orgs = await IdsAsync("organisations", "{ cooperatesWith: { edge: { basis: { eq: EXCHANGE } } } }");
        Assert.Equal(["org:barcelona-activa"], orgs);
    }

    [Fact]
    public async Task Unknown_cursor_is_a_user_input_error()
    {
        var body = await server.PostAsync("""{ cities(after: "bogus") { totalCount } }""");
        Assert.Equal("BAD_USER_INPUT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }
}
