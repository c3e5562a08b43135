using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Fixtures;
using static KnowledgeGraph.Api.Tests.Fixtures.InterregFixture;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The research questions over HTTP on <see cref="InterregFixture"/>, where they have real answers: every expected
/// answer is worked out by <see cref="FixtureOracle"/> from the fixture's facts, for several scopes each (theme,
/// programme with its strand, network, country, years), and every field costs one store statement.
/// </summary>
[Collection(InterregServerCollection.Name)]
public sealed class ResearchQuestionTests(InterregServer server)
{
    /// <summary>Scopes that each question is asked with.</summary>
    public static TheoryData<Scope> Scopes => new()
    {
        new Scope(),
        new Scope(Theme: "theme:culture"),
        new Scope(Theme: "theme:tourism"),
        new Scope(Programme: Interreg),
        new Scope(Programme: InterregEurope),
        new Scope(Programme: Urbact),
        new Scope(Network: Network),
        new Scope(Country: "country:it"),
        new Scope(FromYear: 2016, ToYear: 2019),
        new Scope(Theme: "theme:culture", FromYear: 2015),
        new Scope(Programme: Interreg, Network: Network, ToYear: 2021),
    };

    private async Task<JsonElement> FieldAsync(string field, string query)
    {
        var before = server.Statements;
        var data = await server.DataAsync("{ " + query + " }");
        Assert.Equal(1, server.Statements - before);
        return data.GetProperty(field);
    }

    private static string Args(params string[] parts) => string.Join(", ", parts.Where(p => p.Length > 0));

    [Fact]
    public void The_fixture_gives_non_trivial_answers()
    {
        var pairs = FixtureOracle.Pairs(new Scope());
        Assert.True(pairs.Count >= 10);
        Assert.Contains(pairs, p => p.Projects.Count >= 2);
        Assert.Contains(pairs.GroupBy(p => p.Projects.Count), g => g.Count() > 1); // ties broken by id
        var ranked = FixtureOracle.Ranked(cities: true, byPartners: true, new Scope());
        Assert.Contains(ranked.GroupBy(r => r.Partners), g => g.Count() > 1);
        Assert.NotEqual(FixtureOracle.Pairs(new Scope(Theme: "theme:culture")).Count, pairs.Count);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task CollaboratingCities_gives_every_pair_with_its_shared_projects(Scope scope)
    {
        var result = await FieldAsync("collaboratingCities",
            $"collaboratingCities({Args(scope.Arguments(), "first: 1000")}) {{ totalCount pairs {{ cityA {{ id }} cityB {{ id }} sharedProjects projects {{ id }} }} }}");
        var expected = FixtureOracle.Pairs(scope).Select(p => $"{p.A}+{p.B}={p.Projects.Count}:{string.Join(",", p.Projects)}").ToList();
        var actual = result.GetProperty("pairs").EnumerateArray().Select(p =>
            $"{p.GetProperty("cityA").GetProperty("id").GetString()}+{p.GetProperty("cityB").GetProperty("id").GetString()}={p.GetProperty("sharedProjects").GetInt32()}:"
            + string.Join(",", p.GetProperty("projects").EnumerateArray().Select(x => x.GetProperty("id").GetString()))).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Count, result.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task CollaboratingCities_pages_the_ranking()
    {
        var result = await FieldAsync("collaboratingCities", "collaboratingCities(first: 3, offset: 2) { totalCount pairs { cityA { id } cityB { id } } }");
        var all = FixtureOracle.Pairs(new Scope());
        Assert.Equal(all.Skip(2).Take(3).Select(p => p.A + "+" + p.B),
            result.GetProperty("pairs").EnumerateArray().Select(p => p.GetProperty("cityA").GetProperty("id").GetString() + "+" + p.GetProperty("cityB").GetProperty("id").GetString()));
        Assert.Equal(all.Count, result.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task CityProfile_gives_each_city_its_projects_and_ranked_partners(Scope scope)
    {
        foreach (var city in Cities)
        {
            var result = await FieldAsync("cityProfile",
                $"cityProfile({Args($"city: \"{city.Id}\"", scope.Arguments(), "first: 100")}) {{ city {{ id countryCode }} projects {{ id }} partners {{ totalCount items {{ city {{ id }} sharedProjects }} }} }}");
            var (projects, partners) = FixtureOracle.Profile(city.Id, scope);
            Assert.Equal(city.Iso, result.GetProperty("city").GetProperty("countryCode").GetString());
            Assert.Equal(projects.Order(StringComparer.Ordinal), result.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
            Assert.Equal(partners.Select(p => $"{p.City}={p.Shared}"),
                result.GetProperty("partners").GetProperty("items").EnumerateArray().Select(p => $"{p.GetProperty("city").GetProperty("id").GetString()}={p.GetProperty("sharedProjects").GetInt32()}"));
            Assert.Equal(partners.Count, result.GetProperty("partners").GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task CityProfile_lists_the_network_of_a_member_only()
    {
        foreach (var city in Cities)
        {
            var result = await FieldAsync("cityProfile", $"cityProfile(city: \"{city.Id}\") {{ networks {{ id }} }}");
            var expected = FixtureOracle.IsMember(city.Id, Network) ? new[] { Network } : [];
            Assert.Equal(expected, result.GetProperty("networks").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        }
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task MostConnected_ranks_cities_and_organisations_by_partners_or_projects(Scope scope)
    {
        foreach (var (kind, by) in new[] { ("CITY", "PARTNERS"), ("CITY", "PROJECTS"), ("ORGANISATION", "PARTNERS"), ("ORGANISATION", "PROJECTS") })
        {
            var result = await FieldAsync("mostConnected",
                $"mostConnected({Args($"kind: {kind}, by: {by}", scope.Arguments(), "first: 1000")}) {{ totalCount items {{ node {{ id }} partners projects }} }}");
            var expected = FixtureOracle.Ranked(kind == "CITY", by == "PARTNERS", scope).Select(r => $"{r.Id}:{r.Partners}/{r.Projects}").ToList();
            Assert.Equal(expected, Ranked(result));
            Assert.Equal(expected.Count, result.GetProperty("totalCount").GetInt32());
        }
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task MostConnected_ranks_by_betweenness_in_the_scoped_collaboration_graph(Scope scope)
    {
        foreach (var kind in new[] { "CITY", "ORGANISATION" })
        {
            var result = await FieldAsync("mostConnected",
                $"mostConnected({Args($"kind: {kind}, by: BETWEENNESS", scope.Arguments(), "first: 1000")}) {{ totalCount items {{ node {{ id }} partners projects betweenness }} }}");
            var expected = FixtureOracle.RankedByBetweenness(kind == "CITY", scope);
            Assert.Equal(expected.Select(r => $"{r.Node.Id}:{r.Node.Partners}/{r.Node.Projects}"), Ranked(result));
            Assert.Equal(expected.Select(r => r.Betweenness), result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("betweenness").GetDouble()));
            Assert.Equal(expected.Count, result.GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task MostConnected_by_betweenness_is_not_trivial_on_the_fixture_and_pages()
    {
        var all = FixtureOracle.RankedByBetweenness(cities: true, new Scope());
        Assert.True(all[0].Betweenness > all[1].Betweenness && all[1].Betweenness > 0);
        var scopes = ((IEnumerable<object[]>)Scopes).Select(row => (Scope)row[0]).ToList();
        Assert.Contains(scopes.SelectMany(scope => new[] { (true, scope), (false, scope) }), x => // somewhere not the degree order
            !FixtureOracle.RankedByBetweenness(x.Item1, x.scope).Select(r => r.Node.Id).SequenceEqual(FixtureOracle.Ranked(x.Item1, byPartners: true, x.scope).Select(r => r.Id)));
        var page = await FieldAsync("mostConnected", "mostConnected(by: BETWEENNESS, first: 2, offset: 1) { totalCount items { node { id } betweenness } }");
        Assert.Equal(all.Skip(1).Take(2).Select(r => r.Node.Id), page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("node").GetProperty("id").GetString()));
        var degree = await FieldAsync("mostConnected", "mostConnected(first: 1) { items { betweenness } }");
        Assert.Equal(JsonValueKind.Null, degree.GetProperty("items")[0].GetProperty("betweenness").ValueKind);
    }

    private static List<string> Ranked(JsonElement result) =>
        result.GetProperty("items").EnumerateArray()
            .Select(r => $"{r.GetProperty("node").GetProperty("id").GetString()}:{r.GetProperty("partners").GetInt32()}/{r.GetProperty("projects").GetInt32()}").ToList();

    [Theory]
    [InlineData(Interreg, null, null)]
    [InlineData(InterregEurope, null, null)]
    [InlineData(Urbact, null, null)]
    [InlineData(Interreg, "theme:culture", null)]
    [InlineData(Interreg, null, "country:de")]
    [InlineData(Interreg, null, "country:it")]
    public async Task ProgrammeProjects_gives_projects_funding_and_partner_countries(string programme, string? theme, string? country)
    {
        var scope = new Scope(Theme: theme, Country: country);
        var result = await FieldAsync("programmeProjects",
            $"programmeProjects({Args($"programme: \"{programme}\"", scope.Arguments())}) {{ programmes {{ id }} totalCount euFunding countries {{ country {{ id }} projects euFunding }} projects {{ id }} }}");
        var (projects, countries) = FixtureOracle.ProgrammeProjects(programme, scope);
        Assert.Equal(FixtureOracle.ProgrammeAndParts(programme).Order(StringComparer.Ordinal),
            result.GetProperty("programmes").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(projects.Count, result.GetProperty("totalCount").GetInt32());
        Assert.Equal(projects.Sum(p => p.EuFunding ?? 0m), result.GetProperty("euFunding").GetDecimal());
        Assert.Equal(projects.Select(p => p.Id), result.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        var expectedCountries = countries.OrderByDescending(c => c.Value.Projects).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}:{c.Value.Projects}:{(double)c.Value.Funding}"));
        Assert.Equal(expectedCountries, result.GetProperty("countries").EnumerateArray().Select(c => string.Create(CultureInfo.InvariantCulture,
            $"{c.GetProperty("country").GetProperty("id").GetString()}:{c.GetProperty("projects").GetInt32()}:{c.GetProperty("euFunding").GetDouble()}")));
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task CountryPartners_gives_each_country_its_cities_organisations_and_projects(Scope scope)
    {
        foreach (var (iso, _) in Countries)
        {
            var result = await FieldAsync("countryPartners",
                $"countryPartners({Args($"country: \"{CountryId(iso)}\"", (scope with { Country = null }).Arguments(), "first: 100")}) {{ cities {{ totalCount items {{ id projects }} }} organisations {{ totalCount items {{ id projects }} }} projects {{ totalCount items {{ id partners }} }} }}");
            var (cities, organisations, projects) = FixtureOracle.CountryPartners(CountryId(iso), scope with { Country = null });
            AssertCounts(cities, result.GetProperty("cities"), "projects");
            AssertCounts(organisations, result.GetProperty("organisations"), "projects");
            AssertCounts(projects, result.GetProperty("projects"), "partners");
        }
    }

    private static void AssertCounts(Dictionary<string, int> expected, JsonElement page, string count)
    {
        var items = page.GetProperty("items").EnumerateArray().Select(i => (Id: i.GetProperty("id").GetString()!, N: i.GetProperty(count).GetInt32())).ToList();
        Assert.Equal(expected.Count, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}"),
            items.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => $"{i.Id}={i.N}"));
        Assert.True(items.Zip(items.Skip(1)).All(p => p.First.N >= p.Second.N), "ranked by count descending");
    }

    /// <summary>Pairs of nodes joined in several ways (through projects, organisations, the network, the event, a twinning).</summary>
    public static TheoryData<string, string> Ends => new()
    {
        { "city:besancon", "city:torino" },
        { "city:zaragoza", "city:bologna" },
        { "city:malaga", Forum },
        { "org:italian-agency", "city:koln" },
        { "city:lyon", "city:leipzig" },
        { "org:univ-lyon", "org:leipzig-agency" },
        { "city:torino", "city:besancon" },
    };

    [Theory]
    [MemberData(nameof(Ends))]
    public async Task Connections_gives_all_shortest_paths_and_respects_the_hop_limit(string from, string to)
    {
        var excluded = new[] { "Country", "Theme", "Study" };
        var (length, count) = FixtureOracle.ShortestPaths(from, to, 6, null, excluded);
        Assert.NotNull(length);
        var result = await FieldAsync("connections", $"connections(from: \"{from}\", to: \"{to}\", maxHops: 6, first: 100) {Connection}");
        Assert.Equal(length, result.GetProperty("length").GetInt32());
        AssertPaths(result, from, to, Math.Min(count, 100), null, excluded);

        var shorter = await FieldAsync("connections", $"connections(from: \"{from}\", to: \"{to}\", maxHops: {length - 1}) {Connection}");
        Assert.Equal(JsonValueKind.Null, shorter.GetProperty("length").ValueKind);
        Assert.Equal(0, shorter.GetProperty("paths").GetArrayLength());
    }

    /// <summary>Path filters: relationship types (null: all) and excluded kinds (null: the default Country, Theme, Study).</summary>
    public static TheoryData<string, string, string[]?, string[]?> Filters => new()
    {
        { "city:besancon", "city:torino", ["PARTNER_IN", "LOCATED_IN"], null },
        { "city:leipzig", "city:lyon", ["MEMBER_OF"], null },
        { "city:besancon", "city:bologna", ["PARTNER_IN", "LOCATED_IN"], null },
        { "city:besancon", "city:lyon", null, [] },
        { "city:besancon", "city:lyon", ["IN_COUNTRY"], [] },
        { "city:zaragoza", "city:koln", null, ["Project"] },
        { "city:malaga", "city:leipzig", null, ["Network", "Country", "Theme", "Study"] },
        { "org:italian-agency", "city:torino", null, [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Connections_follow_only_the_relationship_types_asked_and_avoid_excluded_kinds(string from, string to, string[]? types, string[]? excluded)
    {
        var args = new List<string> { $"from: \"{from}\"", $"to: \"{to}\"", "maxHops: 6", "first: 100" };
        if (types is not null) { args.Add($"relationshipTypes: [{string.Join(", ", types)}]"); }
        if (excluded is not null) { args.Add($"excludeKinds: [{string.Join(", ", excluded)}]"); }
        var kinds = excluded ?? ["Country", "Theme", "Study"];
        var (length, count) = FixtureOracle.ShortestPaths(from, to, 6, types, kinds);
        Assert.NotNull(length);
        var result = await FieldAsync("connections", $"connections({string.Join(", ", args)}) {Connection}");
        Assert.Equal(length, result.GetProperty("length").GetInt32());
        AssertPaths(result, from, to, Math.Min(count, 100), types, kinds);
        Assert.NotEqual((length, count), FixtureOracle.ShortestPaths(from, to, 6, null, ["Country", "Theme", "Study"])); // the filter matters here
    }

    [Fact]
    public async Task Connections_filters_are_checked()
    {
        async Task AssertBad(string args, string argument, string message)
        {
            var body = await server.PostAsync($"{{ connections(from: \"city:lyon\", to: \"city:koln\", {args}) {{ length }} }}");
            var error = body.GetProperty("errors")[0];
            Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(argument, error.GetProperty("extensions").GetProperty("argument").GetString());
            Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        await AssertBad("relationshipTypes: []", "relationshipTypes", "at least one type");
        await AssertBad("relationshipTypes: [FUNDED_BY, ADDRESSES]", "relationshipTypes", "touches a City, so from (city:lyon)");
        var unknown = await server.PostAsync("{ connections(from: \"city:lyon\", to: \"city:koln\", excludeKinds: [Town]) { length } }");
        Assert.False(unknown.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        Assert.Contains("Town", unknown.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connections_filter_enums_are_the_models_kinds_and_types()
    {
        var data = await server.DataAsync("""
            { kinds: __type(name: "NodeKind") { enumValues { name } } types: __type(name: "RelationshipType") { enumValues { name } }
              query: __type(name: "Query") { fields { name args { name defaultValue type { ofType { ofType { name } } } } } } }
            """);
        Assert.Equal(KnowledgeGraph.Model.Schema.CityNetworksModel.Instance.NodeKinds.Select(k => k.Name), data.GetProperty("kinds").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        Assert.Equal(KnowledgeGraph.Model.Schema.CityNetworksModel.Instance.RelationshipTypes.Select(k => k.Name), data.GetProperty("types").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        var args = data.GetProperty("query").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "connections").GetProperty("args").EnumerateArray().ToList();
        var excluded = args.Single(a => a.GetProperty("name").GetString() == "excludeKinds");
        Assert.Equal("NodeKind", excluded.GetProperty("type").GetProperty("ofType").GetProperty("ofType").GetProperty("name").GetString());
        Assert.Equal("[" + string.Join(", ", KnowledgeGraph.Store.Analytics.PathQuery.DefaultExcludedKinds.Select(k => k.Name)) + "]", excluded.GetProperty("defaultValue").GetString());
        var types = args.Single(a => a.GetProperty("name").GetString() == "relationshipTypes");
        Assert.Equal("RelationshipType", types.GetProperty("type").GetProperty("ofType").GetProperty("ofType").GetProperty("name").GetString());
    }

    private const string Connection = "{ length truncated paths { nodes { id kind } relationships { type from to } } }";

    /// <summary>Checks there are <paramref name="count"/> distinct paths from one end to the other, each made of fixture relationships.</summary>
    private static void AssertPaths(JsonElement result, string from, string to, long count, IReadOnlyCollection<string>? types, IReadOnlyCollection<string> excluded)
    {
        Assert.False(result.GetProperty("truncated").GetBoolean());
        var length = result.GetProperty("length").GetInt32();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in result.GetProperty("paths").EnumerateArray())
        {
            var nodes = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
            var rels = path.GetProperty("relationships").EnumerateArray().ToList();
            Assert.Equal(length + 1, nodes.Count);
            Assert.Equal(length, rels.Count);
            Assert.Equal(from, nodes[0]);
            Assert.Equal(to, nodes[^1]);
            Assert.Equal(nodes.Count, nodes.Distinct().Count());
            Assert.All(nodes.Skip(1).SkipLast(1), n => Assert.DoesNotContain(KindOf(n), excluded));
            var key = new StringBuilder(nodes[0]);
            for (var i = 0; i < length; i++)
            {
                var edge = new FixtureEdge(rels[i].GetProperty("type").GetString()!, rels[i].GetProperty("from").GetString()!, rels[i].GetProperty("to").GetString()!);
                Assert.Contains(edge, Edges);
                Assert.True(types is null || types.Contains(edge.Type), edge.Type + " is not asked for");
                Assert.True((edge.From == nodes[i] && edge.To == nodes[i + 1]) || (edge.To == nodes[i] && edge.From == nodes[i + 1]), $"{edge} does not join {nodes[i]} and {nodes[i + 1]}");
                key.Append(CultureInfo.InvariantCulture, $" -{edge.Type}- {nodes[i + 1]}");
            }
            Assert.True(seen.Add(key.ToString()), "path given twice: " + key);
        }
        Assert.Equal(count, seen.Count);
    }

    [Fact]
    public async Task Search_ignores_accents_and_case_and_finds_aliases()
    {
        foreach (var city in Cities)
        {
            var folded = Fold(city.Name).ToUpperInvariant();
            var result = await FieldAsync("search", $"search(text: \"{folded}\", kinds: [City]) {{ id }}");
            Assert.Equal(city.Id, result[0].GetProperty("id").GetString());
            foreach (var alias in city.Aliases)
            {
                var byAlias = await FieldAsync("search", $"search(text: \"{alias.ToLowerInvariant()}\") {{ id }}");
                Assert.Equal(city.Id, byAlias[0].GetProperty("id").GetString());
            }
        }
        Assert.Contains(Cities, c => Fold(c.Name) != c.Name); // accents are really tested
    }

    /// <summary>The name without its accents (canonical decomposition minus combining marks).</summary>
    private static string Fold(string name) =>
        string.Concat(name.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
}
