using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;
using Xunit.Abstractions;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>The research questions over the real imported data: plausible answers, one statement each, timings logged.</summary>
public class ImportedAnalyticsTests(ImportedStore fixture, ITestOutputHelper output) : IClassFixture<ImportedStore>
{
    private const string Barcelona = "city:geonames:3128760";

    private SqliteGraphStore Store => fixture.Store!;

    private async Task<JsonElement> RunAsync(string what, Func<IGraphAnalytics, Task<string>> call)
    {
        var watch = Stopwatch.StartNew();
        var result = await Analyze.RunAsync(Store, call);
        output.WriteLine($"{what}: {watch.ElapsedMilliseconds} ms");
        return result;
    }

    [ImportedDataFact]
    public async Task Collaborating_city_pairs_on_culture_are_ranked()
    {
        var result = await RunAsync("collaboration, culture", a => a.CollaboratingCitiesAsync(new CollaborationQuery { ThemeId = "theme:culture", First = 10 }));
        var pairs = result.GetProperty("pairs").EnumerateArray().ToList();
        output.WriteLine($"{result.GetProperty("totalCount").GetInt32()} pairs");
        foreach (var pair in pairs)
        {
            output.WriteLine($"{pair.GetProperty("cityA").GetProperty("name")} - {pair.GetProperty("cityB").GetProperty("name")}: {pair.GetProperty("sharedProjects")}");
        }
        Assert.True(result.GetProperty("totalCount").GetInt32() > 1000);
        Assert.Equal(10, pairs.Count);
        var counts = pairs.Select(p => p.GetProperty("sharedProjects").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.True(counts[0] >= 2);
        Assert.All(pairs, p =>
        {
            Assert.True(string.CompareOrdinal(p.GetProperty("cityA").GetProperty("id").GetString(), p.GetProperty("cityB").GetProperty("id").GetString()) < 0);
            Assert.Equal(p.GetProperty("sharedProjects").GetInt32(), p.GetProperty("projects").GetArrayLength());
        });
    }

    [ImportedDataFact]
    public async Task Path_between_two_cities_of_one_project_is_found()
    {
        var top = (await RunAsync("collaboration, all", a => a.CollaboratingCitiesAsync(new CollaborationQuery { First = 1, Offset = 500 })))
            .GetProperty("pairs")[0];
        var (from, to) = (top.GetProperty("cityA").GetProperty("id").GetString()!, top.GetProperty("cityB").GetProperty("id").GetString()!);
        var result = await RunAsync($"path {from} -> {to}", a => a.PathsAsync(new PathQuery(from, to) { MaxPaths = 3 }));
        output.WriteLine(result.Text());
        Assert.InRange(result.GetProperty("length").GetInt32(), 1, 4);
        foreach (var path in result.GetProperty("paths").EnumerateArray())
        {
            var nodes = path.GetProperty("nodes").Strings("id");
            Assert.Equal(from, nodes[0]);
            Assert.Equal(to, nodes[^1]);
            Assert.Equal(nodes.Count - 1, path.GetProperty("relationships").GetArrayLength());
        }
    }

    [ImportedDataFact]
    public async Task Paths_over_six_hops_terminate()
    {
        // Barcelona to a small Finnish town, as far as six hops reach.
        var result = await RunAsync("path Barcelona -> Oulu, 6 hops", a => a.PathsAsync(new PathQuery(Barcelona, "city:geonames:643492") { MaxHops = 6, MaxPaths = 3 }));
        output.WriteLine(result.Text());
        Assert.Equal(Barcelona, result.GetProperty("from").GetProperty("id").GetString());
        var twins = await RunAsync("path Barcelona -> Leeds, twinning and membership only", a => a.PathsAsync(
            new PathQuery(Barcelona, "city:geonames:2644688") { RelationshipTypes = [M.CooperatesWith, M.MemberOf], MaxPaths = 3 }));
        output.WriteLine(twins.Text());
    }

    [ImportedDataFact]
    public async Task Barcelona_profile_has_networks_projects_partners_and_activity()
    {
        var result = await RunAsync("profile Barcelona", a => a.CityProfileAsync(new CityProfileQuery(Barcelona) { First = 5 }));
        output.WriteLine(result.Text()[..Math.Min(3000, result.Text().Length)]);
        Assert.NotEmpty(result.GetProperty("networks").EnumerateArray());
        Assert.NotEmpty(result.GetProperty("projects").EnumerateArray());
        Assert.True(result.GetProperty("partners").GetProperty("totalCount").GetInt32() > 10);
        Assert.NotEmpty(result.GetProperty("countries").EnumerateArray());
        Assert.NotEmpty(result.GetProperty("activity").EnumerateArray());
    }

    [ImportedDataFact]
    public async Task Most_connected_cities_and_organisations_on_culture()
    {
        var cities = await RunAsync("centrality cities, culture", a => a.CentralityAsync(new CentralityQuery { ThemeId = "theme:culture", First = 5 }));
        var orgs = await RunAsync("centrality organisations, culture", a => a.CentralityAsync(
            new CentralityQuery { ThemeId = "theme:culture", Subject = CentralitySubject.Organisation, First = 5 }));
        var network = await RunAsync("centrality cities, URBACT tree, Eurocities members", a => a.CentralityAsync(
            new CentralityQuery { ProgrammeId = "programme:urbact", NetworkId = "network:eurocities", First = 5 }));
        output.WriteLine(cities.Text());
        output.WriteLine(orgs.Text());
        output.WriteLine(network.Text());
        foreach (var ranked in new[] { cities, orgs, network })
        {
            var partners = ranked.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("partners").GetInt32()).ToList();
            Assert.NotEmpty(partners);
            Assert.Equal(partners.OrderDescending(), partners);
        }
    }

    [ImportedDataFact]
    public async Task Interreg_funds_projects_across_countries()
    {
        var result = await RunAsync("programme Interreg 2014-2020", a => a.ProgrammeProjectsAsync(new ProgrammeProjectsQuery("programme:interreg-2014-2020") { First = 3 }));
        output.WriteLine($"{result.GetProperty("totalCount")} projects, EU {result.GetProperty("euFunding")}, {result.GetProperty("countries").GetArrayLength()} countries, {result.GetProperty("programmes").GetArrayLength()} programmes");
        Assert.True(result.GetProperty("totalCount").GetInt32() > 1000);
        Assert.True(result.GetProperty("euFunding").GetDouble() > 1e9);
        Assert.True(result.GetProperty("countries").GetArrayLength() > 20);
        var spain = await RunAsync("country Spain, culture", a => a.CountryPartnersAsync(new CountryPartnersQuery("country:es") { ThemeId = "theme:culture", First = 3 }));
        output.WriteLine(spain.Text());
        Assert.True(spain.GetProperty("cities").GetProperty("totalCount").GetInt32() > 0);
    }

    [ImportedDataFact]
    public async Task Betweenness_ranks_cities_and_organisations_within_the_limits()
    {
        foreach (var (what, query) in new[]
        {
            ("betweenness, cities, culture", new CentralityQuery { Measure = CentralityMeasure.Betweenness, ThemeId = "theme:culture", First = 5 }),
            ("betweenness, cities, all", new CentralityQuery { Measure = CentralityMeasure.Betweenness, First = 5 }),
            ("betweenness, organisations, culture", new CentralityQuery { Measure = CentralityMeasure.Betweenness, Subject = CentralitySubject.Organisation, ThemeId = "theme:culture", First = 5 }),
        })
        {
            JsonElement result;
            try
            {
                result = await RunAsync(what, a => a.CentralityAsync(query));
            }
            catch (Store.Query.QueryValidationException ex)
            {
                output.WriteLine($"{what}: {ex.Message}");
                Assert.Contains("narrow the scope", ex.Message, StringComparison.Ordinal);
                continue;
            }
            var watch = Stopwatch.StartNew();
            var graph = await Store.Queries.RunAsync(SqliteGraphAnalytics.Compile(query));
            var statement = watch.ElapsedMilliseconds;
            BetweennessRanking.Rank(graph, query);
            output.WriteLine($"{result.GetProperty("totalCount").GetInt32()} ranked; again: statement {statement} ms, Brandes and ranking {watch.ElapsedMilliseconds - statement} ms");
            var items = result.GetProperty("items").EnumerateArray().ToList();
            foreach (var item in items)
            {
                output.WriteLine($"{item.GetProperty("node").GetProperty("name")}: {item.GetProperty("betweenness")} ({item.GetProperty("partners")} partners)");
            }
            var values = items.Select(i => i.GetProperty("betweenness").GetDouble()).ToList();
            Assert.Equal(values.OrderDescending(), values);
            Assert.True(values[0] > 0);
        }
    }

    [ImportedDataFact]
    public void Query_plans_read_edges_through_indexes()
    {
        var statements = new (string, CompiledQuery)[]
        {
            ("collaboration", SqliteGraphAnalytics.Compile(new CollaborationQuery { ThemeId = "theme:culture", NetworkId = "network:eurocities", CountryId = "country:es", FromYear = 2015, ToYear = 2020 })),
            ("profile", SqliteGraphAnalytics.Compile(new CityProfileQuery(Barcelona) { ProgrammeId = "programme:urbact" })),
            ("path", SqliteGraphAnalytics.Compile(new PathQuery(Barcelona, "city:geonames:2644688") { RelationshipTypes = [M.PartnerIn] })),
            ("centrality", SqliteGraphAnalytics.Compile(new CentralityQuery { Subject = CentralitySubject.Organisation, NetworkId = "network:eurocities", CountryId = "country:es" })),
            ("programme", SqliteGraphAnalytics.Compile(new ProgrammeProjectsQuery("programme:urbact") { CountryId = "country:es", NetworkId = "network:eurocities" })),
            ("country", SqliteGraphAnalytics.Compile(new CountryPartnersQuery("country:es") { NetworkId = "network:eurocities" })),
            ("betweenness", SqliteGraphAnalytics.Compile(new CentralityQuery { Measure = CentralityMeasure.Betweenness, ThemeId = "theme:culture", CountryId = "country:es" })),
        };
        foreach (var (name, compiled) in statements)
        {
            var plan = PlanText(compiled);
            output.WriteLine($"--- {name}\n{plan}");
            Assert.DoesNotContain(plan.Split('\n'), line => line.Contains("SCAN e ", StringComparison.Ordinal) || line.EndsWith("SCAN e", StringComparison.Ordinal) || line.Contains("SCAN edges", StringComparison.Ordinal));
        }
    }

    private string PlanText(CompiledQuery compiled)
    {
        using var cmd = Store.Connection.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + compiled.Sql;
        foreach (var (name, value) in compiled.Parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        using var reader = cmd.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(3));
        }
        return string.Join("\n", lines);
    }
}
