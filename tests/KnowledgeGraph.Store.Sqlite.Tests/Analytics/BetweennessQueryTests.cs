using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Query;
using static KnowledgeGraph.Store.Sqlite.Tests.Analytics.Analyze;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>
/// Question 4 by betweenness over <see cref="SyntheticGraph"/>, one statement each. The cities' collaboration graph
/// (shared projects) is Alpha–Gamma (P1, P3), Alpha–Beta, Beta–Gamma (P1), Alpha–Delta, Beta–Delta (P2), Delta–Epsilon
/// (P4). By hand: Epsilon reaches Alpha and Beta only through Delta, and Gamma through Delta and Alpha or Beta
/// (two paths), so Delta = 3; Gamma–Delta and Gamma–Epsilon each split between Alpha and Beta, so Alpha = Beta = 1;
/// Gamma and Epsilon are on no shortest path between others.
/// </summary>
public class BetweennessQueryTests(AnalyticsStore fixture) : IClassFixture<AnalyticsStore>
{
    private static string Ranked(System.Text.Json.JsonElement result) => L([.. result.GetProperty("items").EnumerateArray().Select(i =>
        $"{i.GetProperty("node").GetProperty("name").GetString()} {i.GetProperty("betweenness").GetDouble()} {i.GetProperty("partners").GetInt32()}/{i.GetProperty("projects").GetInt32()}")]);

    [Fact]
    public async Task Cities_ranked_by_betweenness_then_partners_projects_and_id()
    {
        var result = await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { Measure = CentralityMeasure.Betweenness }));
        Assert.Equal(5, result.GetProperty("totalCount").GetInt32());
        Assert.Equal(L("Delta 3 3/2", "Alpha 1 3/3", "Beta 1 3/2", "Gamma 0 2/2", "Epsilon 0 1/1"), Ranked(result));
        Assert.Equal("city:geonames:104", result.GetProperty("items")[0].GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("IT", result.GetProperty("items")[0].GetProperty("node").GetProperty("countryCode").GetString());

        var page = await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { Measure = CentralityMeasure.Betweenness, First = 2, Offset = 1 }));
        Assert.Equal(L("Alpha 1 3/3", "Beta 1 3/2"), Ranked(page));
    }

    [Fact]
    public async Task Network_restricts_the_graph_and_country_only_the_ranked_nodes()
    {
        // Members Alpha, Gamma, Delta: Alpha–Gamma (P1, P3), Alpha–Delta (P2); Delta's P4 partner Epsilon is no member.
        var members = await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { Measure = CentralityMeasure.Betweenness, NetworkId = "network:n" }));
        Assert.Equal(L("Alpha 1 2/3", "Gamma 0 1/2", "Delta 0 1/2"), Ranked(members));

        var france = await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { Measure = CentralityMeasure.Betweenness, CountryId = "country:fr" }));
        Assert.Equal(L("Gamma 0 2/2", "Epsilon 0 1/1"), Ranked(france));

        var culture = await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { Measure = CentralityMeasure.Betweenness, ThemeId = "theme:culture", CountryId = "country:it" }));
        // Culture (P1, P2, P4): Alpha–Beta–Gamma triangle, Alpha–Delta, Beta–Delta, Delta–Epsilon; Delta carries Epsilon's
        // paths to Alpha, Beta (1 each) and Gamma (1, Gamma–Epsilon: both paths through Delta) = 3.
        Assert.Equal(L("Delta 3 3/2"), Ranked(culture));
    }

    [Fact]
    public async Task Organisations_by_betweenness_agree_with_enumerating_the_paths()
    {
        // Organisations sharing a project: P1 a1, c1; P2 a2, d1; P3 a1, a2, c1, x; P4 d1 alone.
        string[] ids = ["org:a1", "org:a2", "org:c1", "org:d1", "org:x"];
        var expected = KnowledgeGraph.Tests.Shared.NaiveBetweenness.Compute(5, [(0, 2), (1, 3), (0, 1), (0, 4), (1, 2), (1, 4), (2, 4)]);
        var result = await fixture.RunAsync(a => a.CentralityAsync(new CentralityQuery { Subject = CentralitySubject.Organisation, Measure = CentralityMeasure.Betweenness }));
        var actual = result.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("node").GetProperty("id").GetString()!, i => i.GetProperty("betweenness").GetDouble());
        Assert.Equal(ids.Order(), actual.Keys.Order());
        Assert.All(ids.Select((id, i) => (id, i)), x => Assert.Equal(Math.Round(expected[x.i], BetweennessRanking.Decimals), actual[x.id], 9));
        Assert.Equal("org:a2", result.GetProperty("items")[0].GetProperty("node").GetProperty("id").GetString()); // the one bridge to d1
    }

    [Fact]
    public async Task A_graph_over_the_limits_is_refused_after_one_statement()
    {
        var before = fixture.Store.Queries.StatementsExecuted;
        var error = await Assert.ThrowsAsync<QueryValidationException>(() =>
            fixture.Store.Analytics.CentralityAsync(new CentralityQuery { Measure = CentralityMeasure.Betweenness, MaxGraphNodes = 4 }));
        Assert.Contains("has 5 nodes and 6 edges (at most 4 nodes and 200000 edges)", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<QueryValidationException>(() =>
            fixture.Store.Analytics.CentralityAsync(new CentralityQuery { Measure = CentralityMeasure.Betweenness, MaxGraphEdges = 5 }));
        Assert.Equal(before + 2, fixture.Store.Queries.StatementsExecuted);
        await Assert.ThrowsAsync<QueryValidationException>(() =>
            fixture.Store.Analytics.CentralityAsync(new CentralityQuery { Measure = CentralityMeasure.Betweenness, MaxGraphNodes = 0 }));
    }
}
