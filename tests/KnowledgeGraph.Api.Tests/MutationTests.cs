using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

/// <summary>Curators' mutations on a server of their own: the API key, invalid input leaving the store unchanged, writes.</summary>
public sealed class MutationTests : IClassFixture<ApiServer>
{
    private const string UpsertNode = """
        mutation($input: UpsertNodeInput!) { upsertNode(input: $input) { node { id name ... on City { population countryCode } sources { quote study { id } } } changes { kind subject } } }
        """;

    private readonly ApiServer _server;

    public MutationTests(ApiServer server) => _server = server;

    private static object Girona(object? properties = null) => new
    {
        kind = "City",
        id = "city:girona",
        name = "Girona",
        aliases = new[] { new { name = "Gerona", lang = "es" } },
        properties = properties ?? new { population = 103369, countryCode = "ES" },
        source = new { study = "study:curator-notes", studyName = "Curator notes", quote = "Girona, a city of 103,369 inhabitants" },
    };

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private async Task<string> SnapshotAsync() =>
        (await _server.DataAsync("{ cities { totalCount } studies { totalCount } search(text: \"girona\") { id } }")).ToString();

    [Fact]
    public async Task Without_a_key_mutations_are_refused_and_nothing_is_written()
    {
        var before = await SnapshotAsync();
        var body = await _server.PostAsync(UpsertNode, new { input = Girona() });
        Assert.Equal("UNAUTHENTICATED", Code(body));
        var wrong = await _server.PostAsync(UpsertNode, new { input = Girona() }, key: "not-the-key");
        Assert.Equal("UNAUTHENTICATED", Code(wrong));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Invalid_input_is_bad_user_input_with_every_problem_and_the_store_is_unchanged()
    {
        var before = await SnapshotAsync();
        var body = await _server.PostAsync(UpsertNode, new { input = Girona(new { population = "many", altitude = 70 }) }, ApiServer.Key);
        Assert.Equal("BAD_USER_INPUT", Code(body));
        var problems = body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p!.Contains("altitude", StringComparison.Ordinal));
        Assert.Contains(problems, p => p!.Contains("population", StringComparison.Ordinal));
        var stated = await _server.PostAsync(UpsertNode, new { input = new { kind = "City", name = "Girona", source = new { study = "study:curator-notes", studyName = "Curator notes" } } }, ApiServer.Key);
        Assert.Equal("BAD_USER_INPUT", Code(stated)); // stated without a quote
        var relationship = await _server.PostAsync("""
            mutation { upsertRelationship(input: { type: HELD_IN, from: "city:geonames:3128760", to: "event:sonar", source: { study: "study:curator-notes", studyName: "Curator notes", quote: "x" } }) { changes { kind } } }
            """, key: ApiServer.Key);
        Assert.Equal("BAD_USER_INPUT", Code(relationship)); // City -> Event is not an allowed HELD_IN
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task With_the_key_a_node_and_a_relationship_are_written_with_their_source()
    {
        var body = await _server.PostAsync(UpsertNode, new { input = Girona() }, ApiServer.Key, bearer: true);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        var node = body.GetProperty("data").GetProperty("upsertNode").GetProperty("node");
        Assert.Equal(103369, node.GetProperty("population").GetInt32());
        Assert.Contains(node.GetProperty("sources").EnumerateArray(), s => s.GetProperty("study").GetProperty("id").GetString() == "study:curator-notes");
        Assert.Contains(body.GetProperty("data").GetProperty("upsertNode").GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "NodeAdded");

        var rel = await _server.PostAsync("""
            mutation { upsertRelationship(input: { type: COOPERATES_WITH, from: "city:girona", to: "city:geonames:3128760",
              properties: { basis: "cooperation agreement" }, source: { study: "study:curator-notes", inferred: true, note: "Neighbouring Catalan cities" } }) {
              from { name } to { name } changes { kind } } }
            """, key: ApiServer.Key);
        Assert.False(rel.TryGetProperty("errors", out var relErrors), relErrors.ToString());
        var barcelona = await _server.DataAsync("""{ city(id: "city:geonames:3128760") { cooperatesWith { edges { basis sources { certainty note } node { name } } } } }""");
        var edge = Assert.Single(barcelona.GetProperty("city").GetProperty("cooperatesWith").GetProperty("edges").EnumerateArray());
        Assert.Equal("Girona", edge.GetProperty("node").GetProperty("name").GetString());
        Assert.Equal("COOPERATION_AGREEMENT", edge.GetProperty("basis").GetString());
        Assert.Equal("INFERRED", edge.GetProperty("sources")[0].GetProperty("certainty").GetString());
        var byAlias = await _server.DataAsync("""{ cityByName(name: "gerona") { id } }""");
        Assert.Equal("city:girona", byAlias.GetProperty("cityByName").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Reads_need_no_key()
    {
        var data = await _server.DataAsync("{ countries { totalCount } }");
        Assert.True(data.GetProperty("countries").GetProperty("totalCount").GetInt32() > 0);
    }
}

/// <summary>A service started without Api:Key refuses every mutation with FORBIDDEN.</summary>
public sealed class MutationsDisabledTests
{
    [Fact]
    public async Task Without_a_configured_key_mutations_are_disabled()
    {
        await using var server = new ApiServerWithoutKey();
        await server.InitializeAsync();
        var body = await server.PostAsync("""
            mutation { upsertNode(input: { kind: Theme, name: "Water", source: { study: "study:x", studyName: "X", quote: "water" } }) { changes { kind } } }
            """, key: "anything");
        var error = body.GetProperty("errors")[0];
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Api:Key", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private sealed class ApiServerWithoutKey : IAsyncDisposable
    {
        private readonly ApiServer _inner = new() { ConfiguredKey = null };

        public Task InitializeAsync() => _inner.InitializeAsync();

        public Task<JsonElement> PostAsync(string query, string? key) => _inner.PostAsync(query, key: key);

        public async ValueTask DisposeAsync() => await _inner.DisposeAsync();
    }
}
