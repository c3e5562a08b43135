using KnowledgeGraph.Store.Query;
using static KnowledgeGraph.Store.Query.Filters;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

[Collection(SeedStoreCollection.Name)]
public class FilterTests(SeedStore seed)
{
    private async Task<List<string>> CityNames(Filter? where) =>
        Strings(await seed.QueryAsync(Cities(where) with { OrderBy = [new FieldSort(FieldRef.Name)] }), "name");

    private async Task<List<string>> EventIds(Filter where) =>
        Ids(await seed.QueryAsync(new NodeQuery { Kind = M.Event, Where = where, Projection = IdName }));

    [Fact]
    public async Task Eq_compares_text_exactly()
    {
        Assert.Equal(["Barcelona", "Terrassa"], await CityNames(Compare(P(M.City, "countryCode"), CompareOp.Eq, "ES")));
        Assert.Empty(await CityNames(Compare(P(M.City, "countryCode"), CompareOp.Eq, "es")));
        Assert.Equal(["Leeds"], await CityNames(Compare(FieldRef.Name, CompareOp.Eq, "Leeds")));
    }

    [Fact]
    public async Task Eq_null_matches_missing_values()
    {
        Assert.Equal(9, (await CityNames(Compare(P(M.City, "population"), CompareOp.Eq, null))).Count);
        Assert.Empty(await CityNames(Compare(P(M.City, "countryCode"), CompareOp.Eq, null)));
    }

    [Fact]
    public async Task In_matches_any_of_a_list()
    {
        Assert.Equal(["Fukuoka", "Kyoto", "Seoul"], await CityNames(Compare(P(M.City, "countryCode"), CompareOp.In, new[] { "JP", "KR" })));
        Assert.Equal(["Leeds"], await CityNames(Compare(P(M.City, "geonamesId"), CompareOp.In, new long[] { 2644688, 42 })));
    }

    [Fact]
    public async Task Contains_ignores_case_beyond_ascii()
    {
        var forums = await EventIds(Compare(FieldRef.Name, CompareOp.Contains, "FÒRUM DE CULTURA"));
        Assert.Equal(["event:eurocities-culture-forum", "event:eurocities-culture-forum-leeds-2019"], forums);
        Assert.Equal(3, (await EventIds(Compare(FieldRef.Name, CompareOp.Contains, "eurocities"))).Count);
    }

    [Fact]
    public async Task StartsWith_ignores_case()
    {
        Assert.Equal(["Barcelona", "Brussels"], await CityNames(Compare(FieldRef.Name, CompareOp.StartsWith, "b")));
        Assert.Equal(["Kigali", "Kyoto"], await CityNames(Compare(FieldRef.Name, CompareOp.StartsWith, "K")));
    }

    [Fact]
    public async Task Numbers_compare_numerically()
    {
        var id = P(M.City, "geonamesId");
        Assert.Equal(["Fukuoka", "Kigali", "Kyoto", "Seoul"], await CityNames(Compare(id, CompareOp.Lt, 2000000)));
        Assert.Equal(["Kigali"], await CityNames(Compare(id, CompareOp.Lte, 202061L)));
        Assert.Equal(["Barcelona", "Montreal"], await CityNames(Compare(id, CompareOp.Gt, 3108286)));
        Assert.Equal(["Barcelona", "Montreal", "Terrassa"], await CityNames(Compare(id, CompareOp.Gte, 3108286.0)));
    }

    [Fact]
    public async Task Dates_compare_as_iso_partial_strings()
    {
        var start = P(M.Event, "startDate");
        Assert.Equal(["event:eurocities-culture-forum-leeds-2019"], await EventIds(Compare(start, CompareOp.Gte, "2019")));
        Assert.Equal(
            ["event:innocrafts-2012-barcelona-training-session", "event:innocrafts-2012-barcelona-training-session-day-1", "event:innocrafts-2012-study-visit-macba"],
            await EventIds(Compare(start, CompareOp.Lt, "2012-11-22")));
        Assert.Equal(5, (await EventIds(Compare(start, CompareOp.StartsWith, "2012-11"))).Count);
    }

    [Fact]
    public async Task And_or_not_combine()
    {
        var code = P(M.City, "countryCode");
        Assert.Equal(7, (await CityNames(Not(Compare(code, CompareOp.Eq, "ES")))).Count);
        Assert.Equal(["Barcelona", "Leeds", "Terrassa"], await CityNames(Or(Compare(code, CompareOp.Eq, "ES"), Compare(code, CompareOp.Eq, "GB"))));
        Assert.Equal(["Terrassa"], await CityNames(And(Compare(code, CompareOp.Eq, "ES"), Compare(FieldRef.Name, CompareOp.StartsWith, "t"))));
        // A comparison with a missing value does not hold, so its negation does.
        Assert.Equal(9, (await CityNames(Not(Compare(P(M.City, "population"), CompareOp.Gt, 0)))).Count);
    }

    [Fact]
    public async Task NameMatches_folds_names_and_aliases()
    {
        Assert.Equal(["Barcelona"], await CityNames(NameMatches("BARCELONE")));
        Assert.Equal(["Brussels"], await CityNames(NameMatches("bruxelles")));
        Assert.Equal(["Montreal"], await CityNames(NameMatches("Montréal")));
        Assert.Empty(await CityNames(NameMatches("Barc")));
    }

    [Fact]
    public async Task IdIn_resolves_ids_any_kind()
    {
        var result = await seed.QueryAsync(new NodeQuery { Where = IdIn("city:geonames:2644688", "event:sonar", "nope:x"), Projection = IdName });
        Assert.Equal(["city:geonames:2644688", "event:sonar"], Ids(result));
    }
}
