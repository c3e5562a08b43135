using Xunit.Abstractions;

namespace KnowledgeGraph.Import.Tests;

/// <summary>Imports all of ../shared/data (the real datasets) into a temporary store, once for the class.</summary>
public sealed class SharedDataImport : IAsyncLifetime
{
    private TempFolder? _temp;

    /// <summary>The store file.</summary>
    public string Store => _temp!.Store;

    /// <summary>The plan that was loaded.</summary>
    public ImportPlan? Plan { get; private set; }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (TestData.SharedData is not { } data)
        {
            return;
        }
        _temp = new TempFolder(copyFixtures: false);
        (Plan, _) = await TestData.ImportAsync(_temp.Store, "all", data);
    }

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        _temp?.Dispose();
        return Task.CompletedTask;
    }
}

public class SharedDataTests(SharedDataImport import, ITestOutputHelper output) : IClassFixture<SharedDataImport>
{
    [DataFact]
    public void Urbact_cities_and_interreg_partner_towns_resolve_to_geonames()
    {
        foreach (var s in import.Plan!.Context.Report.Sources)
        {
            output.WriteLine($"{s.Name}: {s.Rows} rows, {s.Matched} matched, {s.Unmatched} unmatched, {s.MatchRate:0.0}%");
        }
        Assert.True(import.Plan.Context.Report.For("urbact").MatchRate >= 98);
        Assert.True(import.Plan.Context.Report.For("keep-eu").MatchRate >= 98);
    }

    [DataFact]
    public void Eurocities_has_member_cities() =>
        Assert.True((long)TestData.Scalar(import.Store, """
            SELECT count(*) FROM edges e JOIN nodes c ON c.seq = e.src JOIN nodes n ON n.seq = e.dst
            WHERE e.type = 'MEMBER_OF' AND n.id = 'network:eurocities' AND c.kind = 'City'
            """)! >= 80);

    [DataFact]
    public void Twinned_cities_exist() =>
        Assert.True((long)TestData.Scalar(import.Store, "SELECT count(*) FROM edges WHERE type = 'COOPERATES_WITH'")! > 5000);

    [DataFact]
    public void Creative_fields_of_cities_exist()
    {
        var fields = TestData.Column(import.Store, """
            SELECT DISTINCT json_extract(e.props, '$.status') FROM edges e JOIN nodes n ON n.seq = e.dst
            WHERE e.type = 'MEMBER_OF' AND n.id = 'network:unesco-creative-cities-network' ORDER BY 1
            """);
        Assert.Equal(["Crafts and Folk Art", "Design", "Film", "Gastronomy", "Literature", "Media Arts", "Music"], fields);
    }

    [DataFact]
    public async Task Cities_collaborating_on_creative_industry_projects_are_found_each_with_the_inferring_sentence()
    {
        await using var store = KnowledgeGraph.Store.Sqlite.SqliteGraphStore.Open(import.Store);
        using var doc = System.Text.Json.JsonDocument.Parse(await store.Analytics.CollaboratingCitiesAsync(
            new KnowledgeGraph.Store.Analytics.CollaborationQuery { ThemeId = "theme:creative-industries", First = 20 }));
        var total = doc.RootElement.GetProperty("totalCount").GetInt32();
        output.WriteLine($"{total} pairs");
        Assert.True(total > 100, $"only {total} pairs");
        foreach (var pair in doc.RootElement.GetProperty("pairs").EnumerateArray())
        {
            output.WriteLine($"{pair.GetProperty("cityA").GetProperty("name")} - {pair.GetProperty("cityB").GetProperty("name")}: {pair.GetProperty("sharedProjects")}");
            foreach (var project in pair.GetProperty("projects").EnumerateArray())
            {
                // The shared project's theme edge carries an INFERRED source quoting a sentence and naming its rule, or a stated one.
                var sources = TestData.Column(import.Store, $"""
                    SELECT s.certainty || ' ' || coalesce(s.note, '') || ' | ' || coalesce(s.quote, '') FROM edges e
                    JOIN nodes p ON p.seq = e.src JOIN nodes t ON t.seq = e.dst JOIN sources s ON s.edge = e.seq
                    WHERE e.type = 'ADDRESSES' AND p.id = '{project.GetProperty("id").GetString()!.Replace("'", "''", StringComparison.Ordinal)}' AND t.id = 'theme:creative-industries'
                    """);
                Assert.NotEmpty(sources);
                Assert.All(sources.Where(x => x.StartsWith("inferred", StringComparison.Ordinal)), x =>
                {
                    Assert.Contains("by rule '", x, StringComparison.Ordinal);
                    Assert.False(x.EndsWith("| ", StringComparison.Ordinal), "an inferred theme without its quote: " + x);
                });
            }
        }
        // keep.eu's labels never state creative industries: the pairs come from the inference.
        Assert.True((long)TestData.Scalar(import.Store, """
            SELECT count(*) FROM edges e JOIN nodes t ON t.seq = e.dst JOIN sources s ON s.edge = e.seq
            WHERE e.type = 'ADDRESSES' AND t.id = 'theme:creative-industries' AND s.certainty = 'inferred' AND s.note LIKE 'theme inferred%'
            """)! >= 40);
    }

    [DataFact]
    public void City_pairs_share_culture_or_creative_projects()
    {
        var pairs = (long)TestData.Scalar(import.Store, ImportFixtureTests.SharedCultureProjectPairs)!;
        output.WriteLine($"{pairs} city pairs share a culture or creative-industries project");
        Assert.True(pairs > 1000);
    }

    [DataFact]
    public void Every_city_is_geonames_backed() =>
        Assert.Equal(0L, TestData.Scalar(import.Store, "SELECT count(*) FROM nodes WHERE kind = 'City' AND json_extract(props, '$.geonamesId') IS NULL"));
}
