using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Sqlite.Tests;

/// <summary>
/// The writer keeps keys, names, nodes and properties in memory for the duration of a load (LoadCache): a load of
/// several batches must see its own writes exactly as separate loads see the store's rows.
/// </summary>
public class LoadCacheTests : StoreTestBase
{
    private static readonly GraphBatch[] Batches =
    [
        StudyText.Batch("study:a", """
              - id: city:barcelona
                kind: City
                name: Barcelona
                aliases: [{name: Barcelone, lang: fr}]
                quote: "Barcelona"
                properties:
                  countryCode: ES
                  population: 1600000
              - {id: country:es, kind: Country, name: Spain, quote: Spain, properties: {isoCode: ES}}
            """, "  - {type: IN_COUNTRY, from: city:barcelona, to: country:es, quote: Barcelona}"),
        StudyText.Batch("study:b", """
              - id: city:barcelone
                kind: City
                name: BARCELONE
                quote: "Barcelone"
                properties:
                  countryCode: ES
                  population: 1620000
              - id: city:bcn
                kind: City
                name: Barcelona
                quote: "Barcelona"
                properties:
                  geonamesId: {value: 3128760, inferred: true, note: "GeoNames"}
                  countryCode: ES
              - {id: country:spain, kind: Country, name: España, quote: España, properties: {isoCode: ES}}
            """, "  - {type: IN_COUNTRY, from: city:barcelone, to: country:spain, quote: Barcelone, properties: {}}"),
    ];

    [Fact]
    public async Task One_load_of_several_batches_stores_what_separate_loads_store()
    {
        var inOneLoad = await Store.LoadAsync(Batches);

        await using var other = SqliteGraphStore.Open(Temp.File("separate.db"));
        var separately = new List<Change>();
        foreach (var batch in Batches)
        {
            separately.AddRange((await other.LoadAsync([batch])).Changes);
        }

        Assert.Equal(Content(StoreSnapshot.Take(other.Connection)), Content(Snapshot()));
        // The second batch merged by name into the first batch's city, whose population it updated.
        var city = Assert.Single(await NodesAsync(), n => n.Kind == "City");
        Assert.Equal(1620000L, city.Properties["population"]);
        Assert.Equal(city.Id, Resolve("city:barcelone"));
        Assert.Equal(city.Id, Resolve("city:bcn"));
        Assert.Equal("country:es", Resolve("country:spain"));
        // Nodes created in this load report no merges or property changes; separate loads do.
        Assert.DoesNotContain(inOneLoad.Changes, c => c.Kind is ChangeKind.PropertyChanged);
        Assert.Contains(separately, c => c.Kind == ChangeKind.PropertyChanged && c.Detail == "population: 1600000 -> 1620000");
    }

    [Fact]
    public async Task Loading_again_into_a_store_that_has_the_rows_changes_nothing()
    {
        await Store.LoadAsync(Batches);
        var before = Snapshot();

        var again = await Store.LoadAsync(Batches);

        Assert.True(again.IsEmpty, string.Join("\n", again.Changes));
        Assert.Equal(before.Text, Snapshot().Text);
    }

    [Fact]
    public async Task A_store_reopened_between_loads_resolves_from_its_rows()
    {
        await Store.LoadAsync([Batches[0]]);
        await Store.DisposeAsync();
        await using var reopened = SqliteGraphStore.Open(StorePath);

        await reopened.LoadAsync([Batches[1]]);

        await using var fresh = SqliteGraphStore.Open(Temp.File("fresh.db"));
        await fresh.LoadAsync([Batches[0]]);
        await fresh.LoadAsync([Batches[1]]);
        Assert.Equal(Content(StoreSnapshot.Take(fresh.Connection)), Content(StoreSnapshot.Take(reopened.Connection)));
    }

    /// <summary>Everything but the migrations' timestamps.</summary>
    private static string Content(StoreSnapshot snapshot) => string.Join('\n', snapshot.Lines.Where(l => !l.StartsWith("migration|", StringComparison.Ordinal)));
}
