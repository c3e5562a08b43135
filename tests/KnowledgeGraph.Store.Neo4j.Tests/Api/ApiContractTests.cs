using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Tests;
using KnowledgeGraph.Store.Neo4j.Tests.Live;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Neo4j.Tests.Api;

/// <summary>
/// One contract, two back-ends: the same GraphQL requests against the API over SQLite and over Neo4j (both seeded from
/// graph-seed/ by the service itself) give the same JSON, order included, and one statement per root field. SQLite's
/// answer is the reference (its answers to docs/queries.md are checked against the document in the API tests).
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed partial class ApiContractTests(LiveNeo4j server) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static ApiServer? s_sqlite;
    private static ApiServer? s_neo4j;

    [GeneratedRegex("```graphql\\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    public async Task InitializeAsync()
    {
        if (LiveNeo4j.SkipReason is not null || s_neo4j is not null)
        {
            return;
        }
        (s_sqlite, s_neo4j) = await Neo4jApi.StartPairAsync(server);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The examples of docs/queries.md that read (mutations change the store).</summary>
    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        var all = Example().Matches(File.ReadAllText(TestPaths.InRepo("docs", "queries.md")).ReplaceLineEndings("\n"));
        for (var i = 0; i < all.Count; i++)
        {
            var q = all[i].Groups["query"].Value;
            if (!q.TrimStart().StartsWith("mutation", StringComparison.Ordinal))
            {
                data.Add(i);
            }
        }
        return data;
    }

    private static string ExampleText(int index) =>
        Example().Matches(File.ReadAllText(TestPaths.InRepo("docs", "queries.md")).ReplaceLineEndings("\n"))[index].Groups["query"].Value;

    private static async Task AssertSameAsync(string query, object? variables = null, bool errorsAllowed = false)
    {
        var sqliteBefore = s_sqlite!.Statements;
        var expected = await s_sqlite.PostAsync(query, variables);
        var sqliteStatements = s_sqlite.Statements - sqliteBefore;
        var before = s_neo4j!.Statements;
        var actual = await s_neo4j.PostAsync(query, variables);
        Assert.Equal(JsonSerializer.Serialize(expected, Pretty), JsonSerializer.Serialize(actual, Pretty));
        if (errorsAllowed && expected.TryGetProperty("errors", out _))
        {
            // An example of an error (an unknown name): the same error, after the same look-ups.
            Assert.Equal(sqliteStatements, s_neo4j.Statements - before);
            return;
        }
        Assert.False(expected.TryGetProperty("errors", out _), "The reference answered with errors: " + expected);
        // One statement per root field, plus one name look-up for a research field with a scope argument (ResolvingAnalytics):
        // the same number on both back-ends.
        var roots = actual.GetProperty("data").EnumerateObject().Count();
        Assert.Equal(sqliteStatements, s_neo4j.Statements - before);
        Assert.InRange(sqliteStatements, roots, 2 * roots);
    }

    [Neo4jTheory]
    [MemberData(nameof(Examples))]
    public Task Every_reading_example_of_the_queries_doc_answers_as_sqlite(int example) => AssertSameAsync(ExampleText(example), errorsAllowed: true);

    public static TheoryData<string> Requests => new(
    [
        // nulls and ties in sorts, both directions, pages
        "{ cities(orderBy: [{ population: DESC }], first: 6) { totalCount edges { cursor node { id name population } } pageInfo { hasNextPage endCursor } } }",
        "{ cities(orderBy: [{ population: ASC }, { name: DESC }], first: 6) { edges { cursor node { id name population } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
        "{ events(orderBy: [{ eventType: ASC }, { startDate: DESC }]) { totalCount nodes { id eventType startDate } } }",
        // Unicode and accents: names with accents and non-ASCII capitals sort by bytes, case folded for ASCII only
        "{ cities(orderBy: [{ name: ASC }]) { nodes { name } } }",
        "{ organisations(orderBy: [{ name: DESC }], first: 10) { nodes { name } } }",
        "{ cities(where: { name: { contains: \"À\" } }) { totalCount nodes { name } } }",
        "{ cities(where: { name: { startsWith: \"sant\" } }) { totalCount nodes { name } } }",
        "{ cityByName(name: \"BARCELONE\") { id name } }",
        // empty results
        "{ cities(where: { name: { eq: \"Nowhere\" } }, first: 2) { totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
        "{ city(id: \"city:nowhere\") { id } }",
        "{ node(id: \"city:nowhere\") { id } }",
        // nested paging and counts
        "{ networks(orderBy: [{ name: ASC }]) { nodes { name members(first: 2, orderBy: [{ name: DESC }]) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } } } }",
        "{ programmes { nodes { name funds(first: 2) { totalCount nodes { name } } } } }",
    ]);

    [Neo4jTheory]
    [MemberData(nameof(Requests))]
    public Task Sorts_pages_unicode_and_empty_results_answer_as_sqlite(string query) => AssertSameAsync(query);

    [Neo4jFact]
    public async Task Pages_follow_each_other_to_the_end_with_the_same_cursors()
    {
        string? after = null;
        for (var page = 0; page < 30; page++)
        {
            const string query = "query($after: String) { cities(first: 3, after: $after, orderBy: [{ name: ASC }]) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }";
            await AssertSameAsync(query, new { after });
            var body = await s_sqlite!.PostAsync(query, new { after });
            var info = body.GetProperty("data").GetProperty("cities").GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                return;
            }
            after = info.GetProperty("endCursor").GetString();
        }
        Assert.Fail("30 pages of three cities and still a next page: the seed graph is larger than this test expects.");
    }

    /// <summary>Every research field the Neo4j back-end serves, with each of its arguments.</summary>
    public static TheoryData<string> Research => new(
    [
        "{ collaboratingCities { totalCount pairs { cityA { id name countryCode } cityB { id name countryCode } sharedProjects projects { id name acronym } } } }",
        "{ collaboratingCities(theme: \"theme:culture\", programme: \"programme:urbact\", fromYear: 2010, toYear: 2030, first: 3, offset: 1) { totalCount pairs { cityA { id } cityB { id } sharedProjects } } }",
        "{ collaboratingCities(network: \"network:eurocities\", country: \"country:es\") { totalCount pairs { cityA { name } cityB { name } sharedProjects } } }",
        "{ mostConnected { totalCount items { node { id kind name countryCode } partners projects } } }",
        "{ mostConnected(kind: ORGANISATION, by: PROJECTS, theme: \"theme:culture\", country: \"country:es\", first: 2, offset: 1) { totalCount items { node { id countryCode } partners projects } } }",
        "{ mostConnected(by: BETWEENNESS, network: \"network:eurocities\", fromYear: 2000) { totalCount items { node { name } partners projects betweenness } } }",
        "{ mostConnected(kind: ORGANISATION, by: BETWEENNESS, programme: \"programme:urbact\", toYear: 2030) { totalCount items { node { name } betweenness } } }",
        "{ programmeProjects(programme: \"programme:urbact\") { programme { id name acronym period } programmes { id name projects } totalCount euFunding budget countries { country { id name isoCode } projects euFunding } projects { id name acronym startDate endDate euFunding budget programmes { id name } partners countries { id name isoCode } } } }",
        "{ programmeProjects(programme: \"programme:urbact\", theme: \"theme:culture\", network: \"network:eurocities\", country: \"country:es\", fromYear: 2010, toYear: 2030, first: 1, offset: 0) { totalCount euFunding countries { projects } projects { name } } }",
        "{ countryPartners(country: \"country:es\") { country { id name isoCode } cities { totalCount items { id name projects } } organisations { totalCount items { id name organisationType city { id name } projects } } projects { totalCount items { id name acronym partners } } } }",
        "{ countryPartners(country: \"country:es\", theme: \"theme:culture\", programme: \"programme:urbact\", network: \"network:eurocities\", fromYear: 2010, toYear: 2030, first: 2, offset: 1) { cities { totalCount items { name } } organisations { totalCount } projects { totalCount } } }",
        "{ cityProfile(city: \"city:geonames:3128760\") { city { id name countryCode } networks { id name acronym status since until } projects { id name acronym startYear endYear role direct organisations { id name role } programmes { id name } } partners { totalCount items { city { id name countryCode } sharedProjects } } countries { country { id name isoCode } partnerCities projects } activity { year projects } } }",
        "{ cityProfile(city: \"Barcelona\", theme: \"theme:culture\", programme: \"programme:urbact\", network: \"network:eurocities\", country: \"country:es\", fromYear: 2010, toYear: 2030, first: 2, offset: 1) { city { name } partners { totalCount items { city { name } sharedProjects } } countries { partnerCities projects } activity { year projects } } }",
        "{ cityProfile(city: \"city:geonames:3128760\", network: \"network:eurocities\") { projects { name role } partners { totalCount items { city { id } sharedProjects } } } }",
        "{ connections(from: \"city:geonames:3108286\", to: \"org:barcelona-activa\", maxHops: 5, first: 3) { from { id } to { id } length truncated paths { nodes { id kind name } relationships { type from to } } } }",
    ]);

    [Neo4jTheory]
    [MemberData(nameof(Research))]
    public Task Every_served_research_field_answers_as_sqlite(string query) => AssertSameAsync(query);
}
