using System.Text.Json;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Neo4j.Client;
using KnowledgeGraph.Store.Neo4j.Writing;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using KnowledgeGraph.Studies;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Neo4j.Tests.Live;

/// <summary>The Neo4j back-end against the live server, held to the SQLite back-end on the same batches.</summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class StoreTests(LiveNeo4j server) : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    public Task InitializeAsync() => server.ClearAsync();

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    private static IReadOnlyList<GraphBatch> Seed()
    {
        var set = StudySet.Read([TestPaths.GraphSeed], CityNetworksModel.Instance, documents: null);
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        return set.Batches;
    }

    private static async Task<string> Export(IGraphStore store)
    {
        var nodes = new List<StoredNode>();
        await foreach (var n in store.ReadNodesAsync())
        {
            nodes.Add(n);
        }
        var rels = new List<StoredRelationship>();
        await foreach (var r in store.ReadRelationshipsAsync())
        {
            rels.Add(r);
        }
        return JsonSerializer.Serialize(new { nodes, rels }, Indented);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string Stats(GraphStats s) => JsonSerializer.Serialize(new { s.NodesByKind, s.RelationshipsByType, s.Sources, Names = s.NamesByKind.OrderBy(k => k.Key, StringComparer.Ordinal).ToList() });

    [Neo4jFact]
    public async Task The_seed_graph_loads_with_the_same_report_stats_and_export_as_sqlite_and_again_changes_nothing()
    {
        var batches = Seed();
        await using var sqlite = SqliteGraphStore.Open(_temp.File("seed.db"));
        using var client = server.CreateClient();
        await using var neo = new Neo4jGraphStore(client);

        var expected = await sqlite.LoadAsync(batches);
        var actual = await neo.LoadAsync(batches);
        Assert.Equal(expected.Changes.Select(c => c.ToString()), actual.Changes.Select(c => c.ToString()));
        Assert.Equal(Stats(await sqlite.GetStatsAsync(5)), Stats(await neo.GetStatsAsync(5)));
        Assert.True((await neo.GetStatsAsync()).Nodes > 50);
        Assert.Equal(await Export(sqlite), await Export(neo));

        var again = await neo.LoadAsync(batches);
        Assert.True(again.IsEmpty, string.Join("\n", again.Changes.Take(10)));
        Assert.Equal(Stats(await sqlite.GetStatsAsync(5)), Stats(await neo.GetStatsAsync(5)));
    }

    [Neo4jFact]
    public async Task Merges_names_claims_and_dry_runs_report_as_sqlite_does()
    {
        var first = StudyText.Batch("study:test-a", """
              - {id: city:x-barcelona, kind: City, name: Barcelona, quote: Barcelona}
              - {id: country:es, kind: Country, name: Spain, quote: Spain, properties: {isoCode: {value: ES, quote: ES}}}
            """, "  - {type: IN_COUNTRY, from: city:x-barcelona, to: country:es, quote: Barcelona Spain}");
        var second = StudyText.Batch("study:test-b", """
              - {id: city:barna, kind: City, name: Barcelona, aliases: [{name: "Barcelone", lang: fr}], quote: Barcelona, properties: {geonamesId: {value: 3128760, quote: "3128760"}, population: {value: 1620343, quote: "1620343"}}}
            """);
        await using var sqlite = SqliteGraphStore.Open(_temp.File("merge.db"));
        using var client = server.CreateClient();
        await using var neo = new Neo4jGraphStore(client);
        foreach (var load in new[] { first, second })
        {
            var dryExpected = await sqlite.LoadAsync([load], dryRun: true);
            var dryActual = await neo.LoadAsync([load], dryRun: true);
            Assert.Equal(dryExpected.Changes.Select(c => c.ToString()), dryActual.Changes.Select(c => c.ToString()));
            Assert.Equal(Stats(await sqlite.GetStatsAsync()), Stats(await neo.GetStatsAsync()));
            var expected = await sqlite.LoadAsync([load]);
            var actual = await neo.LoadAsync([load]);
            Assert.Equal(expected.Changes.Select(c => c.ToString()), actual.Changes.Select(c => c.ToString()));
            Assert.Equal(dryActual.Changes.Select(c => c.ToString()), actual.Changes.Select(c => c.ToString()));
        }
        Assert.Equal(await Export(sqlite), await Export(neo));
    }

    [Neo4jFact]
    public async Task A_small_load_reads_only_what_its_keys_and_names_resolve_to_and_merges_as_a_whole_graph_read_does()
    {
        // Merges by an alias (京都 is Kyoto's), by external key (Barcelona's geonamesId) and by id (Spain), and asserts
        // again a relationship the seed graph has.
        var load = StudyText.Batch("study:test-keyed", """
              - {id: city:kyoto-x, kind: City, name: 京都, quote: 京都}
              - {id: city:bcn, kind: City, name: Barna, quote: Barna, properties: {geonamesId: {value: 3128760, quote: "3128760"}, population: {value: 1620343, quote: "1620343"}}}
              - {id: country:es, kind: Country, name: Spain, quote: Spain}
            """, "  - {type: IN_COUNTRY, from: city:bcn, to: country:es, quote: Barna Spain}");
        var batches = Seed();
        await using var sqlite = SqliteGraphStore.Open(_temp.File("keyed.db"));
        using var wholeClient = server.CreateClient(o => o.KeyedReadLimit = 0);
        using var keyedClient = server.CreateClient();
        await using var whole = new Neo4jGraphStore(wholeClient);
        await using var keyed = new Neo4jGraphStore(keyedClient);
        await sqlite.LoadAsync(batches);
        await whole.LoadAsync(batches);
        var total = (await whole.GetStatsAsync()).Nodes;

        await using (var tx = await keyedClient.BeginTransactionAsync())
        {
            var state = await GraphState.ReadForAsync(tx, CityNetworksModel.Instance, [load], default);
            Assert.Equal(["city:geonames:1857910", "city:geonames:3128760", "country:es"], state.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
            var edge = Assert.Single(state.Edges);
            Assert.Equal(("city:geonames:3128760", "IN_COUNTRY", "country:es"), (edge.From.Id, edge.Type, edge.To.Id));
            Assert.True(state.NextSeq > total, $"next creation number {state.NextSeq} for {total} stored nodes");
        }
        var dryWhole = await whole.LoadAsync([load], dryRun: true);
        var expected = await sqlite.LoadAsync([load]);
        var actual = await keyed.LoadAsync([load]);
        Assert.Contains(actual.Changes, c => c.Kind == ChangeKind.NodeMerged);
        Assert.Equal(expected.Changes.Select(c => c.ToString()), actual.Changes.Select(c => c.ToString()));
        Assert.Equal(dryWhole.Changes.Select(c => c.ToString()), actual.Changes.Select(c => c.ToString()));
        Assert.Equal(Stats(await sqlite.GetStatsAsync(5)), Stats(await keyed.GetStatsAsync(5)));
        Assert.Equal(await Export(sqlite), await Export(keyed));
        Assert.True((await keyed.LoadAsync([load])).IsEmpty);
    }

    [Neo4jFact]
    public async Task Names_with_quotes_backslashes_braces_and_newlines_round_trip()
    {
        string[] names = ["O'Neill \"Quoted\"", "Back\\slash", "{Braces} $x", "Two\nLines", "Tab\there"];
        var nodes = string.Join("\n", names.Select((n, i) => $"  - {{id: org:awkward-{i}, kind: Organisation, name: {JsonSerializer.Serialize(n)}, quote: q}}"));
        var batch = StudyText.Batch("study:test-awkward", nodes);
        using var client = server.CreateClient();
        await using var neo = new Neo4jGraphStore(client);
        await neo.LoadAsync([batch]);
        var stored = new List<string>();
        await foreach (var n in neo.ReadNodesAsync())
        {
            if (n.Kind == "Organisation")
            {
                stored.Add(n.Name);
            }
        }
        Assert.Equal(names.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        Assert.True((await neo.LoadAsync([batch])).IsEmpty);
    }

    [Neo4jFact]
    public async Task A_load_that_fails_half_way_leaves_nothing_and_running_it_again_completes_it()
    {
        var batches = Seed();
        using var client = server.CreateClient();
        var writes = 0;
        // The third write statement of the load fails on the client's side, after two have run inside the transaction.
        client.StatementObserver = s =>
        {
            Lint.CypherLog.Add(s);
            if (s.Text.StartsWith("UNWIND $rows", StringComparison.Ordinal) && ++writes == 3)
            {
                throw new InvalidOperationException("the load stops here (test)");
            }
        };
        await using var neo = new Neo4jGraphStore(client);
        await Assert.ThrowsAnyAsync<Exception>(() => neo.LoadAsync(batches));
        Assert.True(writes >= 3);
        Assert.Equal(0, (await neo.GetStatsAsync()).Nodes);

        client.StatementObserver = Lint.CypherLog.Add;
        var report = await neo.LoadAsync(batches);
        Assert.False(report.IsEmpty);
        await using var sqlite = SqliteGraphStore.Open(_temp.File("seed.db"));
        await sqlite.LoadAsync(batches);
        Assert.Equal(Stats(await sqlite.GetStatsAsync()), Stats(await neo.GetStatsAsync()));
    }

    [Neo4jFact]
    public async Task A_bad_batch_after_a_good_one_writes_nothing()
    {
        var good = StudyText.Batch("study:test-good", "  - {id: city:x-good, kind: City, name: Good, quote: q}");
        var bad = new GraphBatch("bad", [new NodeAssertion("NoSuchKind", "x:1", "X")], []);
        using var client = server.CreateClient();
        await using var neo = new Neo4jGraphStore(client);
        await Assert.ThrowsAsync<InvalidBatchException>(() => neo.LoadAsync([good, bad]));
        Assert.Equal(0, (await neo.GetStatsAsync()).Nodes);
    }

    [Neo4jFact]
    public async Task Schema_set_up_is_idempotent()
    {
        using var client = server.CreateClient();
        await using (var a = new Neo4jGraphStore(client))
        {
            await a.EnsureSchemaAsync();
        }
        await using var b = new Neo4jGraphStore(client);
        await b.EnsureSchemaAsync();
        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(
            "CREATE (:City {id: 'dup'}) CREATE (:City {id: 'dup'})"));
        Assert.Contains("ConstraintValidationFailed", error.Code);
    }
}
