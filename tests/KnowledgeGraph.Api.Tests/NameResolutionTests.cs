using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Names that resolve, errors that speak, over the seed graph: every research argument naming a node takes an id or a
/// name or alias (case and accents ignored); an unknown or ambiguous one is BAD_USER_INPUT naming the argument and the
/// closest names; name filters reach the aliases; near misses are offered as suggestions.
/// </summary>
[Collection(ReadServerCollection.Name)]
public sealed class NameResolutionTests(ApiServer server)
{
    private async Task<JsonElement> BadInputAsync(string query, string argument)
    {
        var body = await server.PostAsync(query);
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.Null), body.ToString());
        var error = body.GetProperty("errors")[0];
        var extensions = error.GetProperty("extensions");
        Assert.Equal("BAD_USER_INPUT", extensions.GetProperty("code").GetString());
        Assert.Equal(argument, extensions.GetProperty("argument").GetString());
        Assert.Contains(argument, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        return error;
    }

    private static IEnumerable<string> Suggestions(JsonElement error) =>
        error.GetProperty("extensions").GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()!);

    [Theory]
    [InlineData("theme:creative-industries")]
    [InlineData("creative sectors")]
    [InlineData("Creative Industries")]
    [InlineData("CREATIVE smes")]
    public async Task A_theme_given_by_id_name_or_alias_gives_the_same_answer(string theme)
    {
        var byId = await server.DataAsync("{ mostConnected(by: PROJECTS, kind: ORGANISATION, theme: \"theme:creative-industries\") { totalCount items { node { id } projects } } }");
        Assert.True(byId.GetProperty("mostConnected").GetProperty("totalCount").GetInt32() > 0);
        var before = server.Statements;
        var data = await server.DataAsync($$"""{ mostConnected(by: PROJECTS, kind: ORGANISATION, theme: "{{theme}}") { totalCount items { node { id } projects } } }""");
        Assert.Equal(2, server.Statements - before); // one look-up of the scope, one question
        Assert.Equal(byId.ToString(), data.ToString());
    }

    [Fact]
    public async Task An_unknown_theme_is_an_error_naming_the_argument_and_the_closest_names()
    {
        var error = await BadInputAsync("{ collaboratingCities(theme: \"creative sectrs\") { totalCount } }", "theme");
        Assert.Contains("theme:creative-industries", Suggestions(error));
        Assert.Contains("\"creative sectors\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        error = await BadInputAsync("{ collaboratingCities(theme: \"theme:nowhere\") { totalCount } }", "theme");
        Assert.Contains("theme:nowhere", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        // A theme's name is no network's.
        await BadInputAsync("{ mostConnected(network: \"culture\") { totalCount } }", "network");
        await BadInputAsync("{ cityProfile(city: \"Barcelona\", programme: \"Interreg V\") { city { id } } }", "programme");
    }

    [Fact]
    public async Task Every_id_argument_takes_a_name_or_alias_with_case_and_accents_ignored()
    {
        var profile = await server.DataAsync("{ cityProfile(city: \"BARCELONA\", country: \"españa\") { city { id } } }");
        Assert.Equal("city:geonames:3128760", profile.GetProperty("cityProfile").GetProperty("city").GetProperty("id").GetString());
        var programme = await server.DataAsync("{ programmeProjects(programme: \"interreg ivc\") { programme { id } totalCount } }");
        Assert.Equal("programme:interreg-ivc", programme.GetProperty("programmeProjects").GetProperty("programme").GetProperty("id").GetString());
        var country = await server.DataAsync("{ countryPartners(country: \"Espanya\", network: \"Eurocities\") { country { id } } }");
        Assert.Equal("country:es", country.GetProperty("countryPartners").GetProperty("country").GetProperty("id").GetString());
        var path = await server.DataAsync("{ connections(from: \"Terrassa\", to: \"barcelona activa\") { from { id } to { id } length } }");
        Assert.Equal("org:barcelona-activa", path.GetProperty("connections").GetProperty("to").GetProperty("id").GetString());
        Assert.Equal(3, path.GetProperty("connections").GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task An_unknown_subject_offers_the_closest_names()
    {
        var error = await BadInputAsync("{ cityProfile(city: \"Barcelna\") { city { id } } }", "city");
        Assert.Contains("city:geonames:3128760", Suggestions(error));
        error = await BadInputAsync("{ cityProfile(city: \"city:terasa\") { city { id } } }", "city");
        Assert.Contains("city:geonames:3108286", Suggestions(error));
        error = await BadInputAsync("{ connections(from: \"Terrassa\", to: \"org:barcelona-activ\") { length } }", "to");
        Assert.Contains("org:barcelona-activa", Suggestions(error));
    }

    [Fact]
    public async Task Name_filters_reach_the_aliases_in_every_language()
    {
        var data = await server.DataAsync("""
            {
              byCatalan: countries(where: { names: { eq: "Espanya" } }) { nodes { id } }
              byStart: organisations(where: { names: { startsWith: "Ajuntament de" } }) { nodes { id } }
              byPart: themes(where: { names: { contains: "INDUSTRIES" } }) { nodes { id } }
              exact: themes(where: { matchesName: "creative industries" }) { nodes { id } }
              none: themes(where: { names: { contains: "zzz" } }) { nodes { id } }
            }
            """);
        Assert.Equal("country:es", data.GetProperty("byCatalan").GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal("org:ajuntament-de-barcelona", data.GetProperty("byStart").GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Contains(data.GetProperty("byPart").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == "theme:creative-industries");
        Assert.Equal("theme:creative-industries", data.GetProperty("exact").GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal(0, data.GetProperty("none").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Search_near_misses_come_back_as_suggestions()
    {
        var data = await server.DataAsync("""
            {
              miss: search(text: "Barcelna") { id }
              near: suggestions(text: "Barcelna", kinds: [City]) { id kind name matched distance }
              alias: suggestions(text: "Brusels") { id matched distance }
              hit: suggestions(text: "barcelona") { id }
            }
            """);
        Assert.Equal(0, data.GetProperty("miss").GetArrayLength());
        var near = data.GetProperty("near")[0];
        Assert.Equal("city:geonames:3128760", near.GetProperty("id").GetString());
        Assert.Equal("City", near.GetProperty("kind").GetString());
        Assert.Equal(1, near.GetProperty("distance").GetInt32());
        Assert.Contains(data.GetProperty("alias").EnumerateArray(), s => s.GetProperty("matched").GetString() is "Brussels" or "Bruxelles" or "Brussel");
        Assert.Equal(0, data.GetProperty("hit").GetArrayLength());
    }
}
