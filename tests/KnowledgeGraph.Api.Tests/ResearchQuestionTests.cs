using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Fixtures;
using static KnowledgeGraph.Api.Tests.Fixtures.InterregFixture;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The research questions over HTTP on <see cref="InterregFixture"/>, where they have real answers: every expected
/// answer is worked out by <see cref="FixtureOracle"/> from the fixture's facts, for several scopes each (theme,
/// programme with its strand, network, country, years), and every field costs one store statement. Paths are in
/// <see cref="ConnectionsTests"/>.
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
        new Scope(FromYear: 2017, ToYear: 2020), // Smart Mobility Hubs ends in 2017, River Cities starts in 2020: both bounds inclusive
        new Scope(Theme: "theme:culture", FromYear: 2015),
        new Scope(Programme: Interreg, Network: Network, ToYear: 2021),
    };

    private Task<JsonElement> FieldAsync(string field, string query) => server.FieldAsync(field, query);

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
