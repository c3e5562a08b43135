using System.Text.Json;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using KnowledgeGraph.Studies;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>
/// The curated seed graph (graph-seed/) loaded once into a temp store for the query tests, plus one small study
/// giving Barcelona its French name (the seed has none) so that search by alias can be shown.
/// </summary>
public sealed class SeedStore : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    public SqliteGraphStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var set = StudySet.Read([TestPaths.GraphSeed], CityNetworksModel.Instance, documents: null);
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        Store = SqliteGraphStore.Open(_temp.File("seed.db"));
        await Store.LoadAsync(set.Batches);
        await Store.LoadAsync([StudyText.Batch("study:test-french-names",
            "  - {id: city:geonames:3128760, kind: City, name: Barcelona, aliases: [{name: Barcelone, lang: fr}], quote: Barcelone}")]);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        _temp.Dispose();
    }

    /// <summary>Runs a plan, checks it took exactly one statement, and parses the result.</summary>
    public async Task<JsonElement> QueryAsync(NodeQuery query)
    {
        var before = Store.Queries.StatementsExecuted;
        var json = await Store.QueryAsync(query);
        Assert.Equal(before + 1, Store.Queries.StatementsExecuted);
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    /// <summary>Runs a search, checks it took exactly one statement, and parses the result.</summary>
    public async Task<JsonElement> SearchAsync(SearchQuery query)
    {
        var before = Store.Queries.StatementsExecuted;
        var json = await Store.SearchAsync(query);
        Assert.Equal(before + 1, Store.Queries.StatementsExecuted);
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }
}

[CollectionDefinition(Name)]
public sealed class SeedStoreCollection : ICollectionFixture<SeedStore>
{
    public const string Name = "seed store";
}
