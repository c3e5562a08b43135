using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Api.Tests;
using KnowledgeGraph.Seed.Export;
using KnowledgeGraph.Store.Neo4j.Tests.Live;

namespace KnowledgeGraph.Store.Neo4j.Tests.Api;

/// <summary>
/// The curators' mutations under the one contract: the same mutations sent to the API over SQLite and over Neo4j (both
/// seeded from graph-seed/ by the service) answer with the same JSON, errors included, and leave the two stores with
/// byte-identical exports after every step; a refused or invalid mutation writes nothing on either back-end, and a
/// repeated one changes nothing. These servers are this class's own (mutations change their graphs).
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class MutationContractTests(LiveNeo4j server) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static ApiServer? s_sqlite;
    private static ApiServer? s_neo4j;

    private const string UpsertNode = """
        mutation($input: UpsertNodeInput!) {
          upsertNode(input: $input) {
            node { id name ... on City { population countryCode claims(property: population) { value qualifier } } sources { certainty quote note study { id name } } }
            changes { kind subject detail }
          }
        }
        """;

    private const string UpsertRelationship = """
        mutation($input: UpsertRelationshipInput!) {
          upsertRelationship(input: $input) { from { id name } to { id name } changes { kind subject detail } }
        }
        """;

    public async Task InitializeAsync()
    {
        if (LiveNeo4j.SkipReason is not null || s_neo4j is not null)
        {
            return;
        }
        (s_sqlite, s_neo4j) = await Neo4jApi.StartPairAsync(server);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The whole graph of a server's store, as <c>kg-seed export --format json</c> writes it.</summary>
    private static async Task<string> ExportAsync(ApiServer api)
    {
        using var output = new MemoryStream();
        await JsonExporter.WriteAsync(await GraphExport.ReadAsync(api.Backend, CancellationToken.None), output, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>
    /// Sends the request to both servers, asserts the same JSON, and that afterwards both stores export the same graph;
    /// returns the answer and whether that graph differs from the one before the request.
    /// </summary>
    private static async Task<(JsonElement Body, bool Changed)> SameAsync(string query, object? variables = null, string? key = ApiServer.Key)
    {
        var before = await ExportAsync(s_sqlite!);
        Assert.Equal(before, await ExportAsync(s_neo4j!));
        var expected = await s_sqlite!.PostAsync(query, variables, key);
        var actual = await s_neo4j!.PostAsync(query, variables, key);
        Assert.Equal(JsonSerializer.Serialize(expected, Pretty), JsonSerializer.Serialize(actual, Pretty));
        var after = await ExportAsync(s_sqlite);
        Assert.Equal(after, await ExportAsync(s_neo4j));
        return (expected, after != before);
    }

    private static string Code(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    private static object Source(string quote) => new { study = "study:contract-notes", studyName = "Contract notes", quote };

    private static object City(string id, string name, object? properties = null, object? source = null) => new
    {
        kind = "City",
        id,
        name,
        aliases = new[] { new { name = name + "-alias", lang = "en" } },
        properties = properties ?? new { population = 1000, countryCode = "ES" },
        source = source ?? Source($"{name}, a city of 1,000 inhabitants"),
    };

    /// <summary>Refused and invalid mutations: the same error JSON on both back-ends, and neither store changes.</summary>
    public static TheoryData<string, string, string?, string> Failures()
    {
        string Json(object value) => JsonSerializer.Serialize(value);
        return new TheoryData<string, string, string?, string>
        {
            { UpsertNode, Json(new { input = City("city:contract-a", "Contract A") }), null, "UNAUTHENTICATED" },
            { UpsertNode, Json(new { input = City("city:contract-a", "Contract A") }), "not-the-key", "UNAUTHENTICATED" },
            { UpsertNode, Json(new { input = City("city:contract-a", "Contract A", new { population = "many", altitude = 70 }) }), ApiServer.Key, "BAD_USER_INPUT" },
            { UpsertNode, Json(new { input = City("city:contract-a", "Contract A", source: new { study = "study:contract-notes", studyName = "Contract notes" }) }), ApiServer.Key, "BAD_USER_INPUT" },
            { UpsertNode, Json(new { input = City("city:contract-a", "Contract A", source: new { study = "study:never-named", quote = "x" }) }), ApiServer.Key, "BAD_USER_INPUT" },
            { UpsertNode, Json(new { input = City("city:contract-a", "  ") }), ApiServer.Key, "BAD_USER_INPUT" },
            { UpsertNode, Json(new { input = City("not an id", "Contract A") }), ApiServer.Key, "BAD_USER_INPUT" },
            { UpsertNode, Json(new { input = new { kind = "City", name = "Contract A", source = Source("x"), properties = new { countryCode = new[] { 1, 2 } } } }), ApiServer.Key, "BAD_USER_INPUT" },
            { UpsertRelationship, Json(new { input = new { type = "HELD_IN", from = "city:geonames:3128760", to = "event:sonar", source = Source("x") } }), ApiServer.Key, "BAD_USER_INPUT" },
            { UpsertRelationship, Json(new { input = new { type = "COOPERATES_WITH", from = "city:nowhere", to = "city:geonames:3128760", source = Source("x") } }), ApiServer.Key, "BAD_USER_INPUT" },
            { UpsertRelationship, Json(new { input = new { type = "COOPERATES_WITH", from = "city:geonames:3128760", to = "city:geonames:3128760x", source = Source("x") } }), ApiServer.Key, "BAD_USER_INPUT" },
            { UpsertRelationship, Json(new { input = new { type = "MEMBER_OF", from = "city:geonames:3128760", to = "event:sonar", properties = new { status = "founding" }, source = Source("x") } }), ApiServer.Key, "BAD_USER_INPUT" },
            { UpsertRelationship, Json(new { input = new { type = "COOPERATES_WITH", from = "city:geonames:3128760", to = "event:sonar", properties = new { basis = "no such basis" }, source = new { study = "study:contract-notes", studyName = "Contract notes", inferred = true } } }), ApiServer.Key, "BAD_USER_INPUT" },
            // A variable of the wrong type never reaches the store.
            { UpsertNode, Json(new { input = new { kind = "Town", name = "Contract A", source = Source("x") } }), ApiServer.Key, "BAD_USER_INPUT" },
        };
    }

    [Neo4jTheory]
    [MemberData(nameof(Failures))]
    public async Task A_refused_or_invalid_mutation_gives_the_same_error_and_writes_nothing_on_either(string query, string variables, string? key, string code)
    {
        var (body, changed) = await SameAsync(query, JsonElement.Parse(variables), key);
        Assert.True(body.TryGetProperty("errors", out _), "expected an error: " + body);
        Assert.True(code == Code(body), body.ToString());
        Assert.False(changed, "a failed mutation changed the store: " + body);
    }

    [Neo4jFact]
    public async Task The_documented_mutation_answers_as_sqlite_and_running_it_again_changes_nothing()
    {
        var text = File.ReadAllText(KnowledgeGraph.Tests.Shared.TestPaths.InRepo("docs", "queries.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf("```graphql-mutation\n", StringComparison.Ordinal) + "```graphql-mutation\n".Length;
        var mutation = text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
        var (first, changed) = await SameAsync(mutation);
        Assert.False(first.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.True(changed);
        Assert.NotEqual(0, first.GetProperty("data").GetProperty("upsertNode").GetProperty("changes").GetArrayLength());
        var (again, changedAgain) = await SameAsync(mutation);
        Assert.False(changedAgain, "running the mutation again changed the store: " + again);
        Assert.Equal(0, again.GetProperty("data").GetProperty("upsertNode").GetProperty("changes").GetArrayLength());
        Assert.Equal(0, again.GetProperty("data").GetProperty("upsertRelationship").GetProperty("changes").GetArrayLength());
        await SameAsync("""{ cityByName(name: "GERONA") { id name cooperatesWith { totalCount edges { basis sources { certainty note } node { name } } } } }""");
    }

    [Neo4jFact]
    public async Task Node_and_relationship_writes_updates_and_repeats_answer_as_sqlite()
    {
        // A new node with an alias, then the same node again (nothing changes), then a newer value from another study.
        var (added, changed) = await SameAsync(UpsertNode, new { input = City("city:contract-b", "Contract Bé") });
        Assert.True(changed, added.ToString());
        Assert.Contains(added.GetProperty("data").GetProperty("upsertNode").GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "NodeAdded");
        var (same, sameChanged) = await SameAsync(UpsertNode, new { input = City("city:contract-b", "Contract Bé") });
        Assert.False(sameChanged);
        Assert.Equal(0, same.GetProperty("data").GetProperty("upsertNode").GetProperty("changes").GetArrayLength());
        // A newer study's exact value replaces the value in place; a qualified one ("about") is kept as a claim only
        // (ClaimPreference: exact before qualified, then the study id sorting last), on both back-ends alike.
        var newer = new { study = "study:contract-update", studyName = "Contract update", quote = "Contract Bé: 1,200 inhabitants" };
        var (updated, updatedChanged) = await SameAsync(UpsertNode, new { input = City("city:contract-b", "Contract Bé", new { population = 1200 }, newer) });
        Assert.True(updatedChanged);
        Assert.Contains(updated.GetProperty("data").GetProperty("upsertNode").GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "PropertyChanged");
        var census = new { study = "study:contract-zensus", studyName = "Contract census", quote = "Contract Bé: about 1,300 inhabitants" };
        var (qualified, qualifiedChanged) = await SameAsync(UpsertNode, new { input = City("city:contract-b", "Contract Bé", new { population = new { value = 1300, qualifier = "about" } }, census) });
        Assert.True(qualifiedChanged);
        Assert.DoesNotContain(qualified.GetProperty("data").GetProperty("upsertNode").GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "PropertyChanged");
        Assert.Equal(1200, qualified.GetProperty("data").GetProperty("upsertNode").GetProperty("node").GetProperty("population").GetInt32());

        // Found by name, not id: the same node, merged.
        await SameAsync(UpsertNode, new { input = new { kind = "City", name = "contract be", properties = new { countryCode = "ES" }, source = Source("Contract Be (ES)") } });

        // A relationship with properties, again (nothing changes), and with a second source.
        var rel = new { type = "MEMBER_OF", from = "city:contract-b", to = "network:eurocities", properties = new { status = "associate" }, source = Source("Contract Bé joined Eurocities") };
        var (relAdded, relChanged) = await SameAsync(UpsertRelationship, new { input = rel });
        Assert.False(relAdded.TryGetProperty("errors", out var relErrors), relErrors.ToString());
        Assert.True(relChanged);
        var (relAgain, relAgainChanged) = await SameAsync(UpsertRelationship, new { input = rel });
        Assert.False(relAgainChanged);
        Assert.Equal(0, relAgain.GetProperty("data").GetProperty("upsertRelationship").GetProperty("changes").GetArrayLength());
        var (sourced, secondSource) = await SameAsync(UpsertRelationship, new { input = rel with { source = newer } });
        Assert.True(secondSource, sourced.ToString());

        // A symmetric relationship stated in both directions is one relationship.
        await SameAsync(UpsertRelationship, new { input = new { type = "COOPERATES_WITH", from = "city:contract-b", to = "city:geonames:3128760", source = Source("twinned with Barcelona") } });
        var (reverse, _) = await SameAsync(UpsertRelationship, new { input = new { type = "COOPERATES_WITH", from = "city:geonames:3128760", to = "city:contract-b", source = Source("twinned with Barcelona") } });
        Assert.False(reverse.TryGetProperty("errors", out var reverseErrors), reverseErrors.ToString());

        await SameAsync("""
            { city(id: "city:contract-b") { id name population claims(property: population) { value qualifier sources { study { id } } }
                memberOf { edges { status sources { quote } node { id } } } cooperatesWith { totalCount nodes { id } } }
              search(text: "contract") { id name } }
            """);
    }

    [Neo4jFact]
    public async Task In_one_request_a_valid_field_writes_and_an_invalid_one_does_not_on_either()
    {
        var (body, changed) = await SameAsync("""
            mutation {
              ok: upsertNode(input: { kind: Theme, id: "theme:contract-water", name: "Contract water", source: { study: "study:contract-notes", studyName: "Contract notes", quote: "water" } }) { node { id } changes { kind subject } }
              bad: upsertNode(input: { kind: Theme, name: "Contract air", properties: { nonsense: 1 }, source: { study: "study:contract-notes", quote: "air" } }) { node { id } changes { kind } }
            }
            """);
        Assert.True(changed);
        Assert.Equal("BAD_USER_INPUT", Code(body));
        await SameAsync("""{ themes(where: { name: { startsWith: "Contract" } }) { totalCount nodes { id name } } }""");
    }
}
