using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Neo4j.Client;
using KnowledgeGraph.Store.Neo4j.Query;
using KnowledgeGraph.Store.Neo4j.Tests.Live;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using KnowledgeGraph.Studies;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Neo4j.Tests.Query;

/// <summary>
/// The seed graph (graph-seed/, plus Barcelona's French name and a second id) loaded into a SQLite file and into the live Neo4j server,
/// once per test class, so a plan can be run on both and the answers compared.
/// </summary>
public sealed class SeedGraphs(LiveNeo4j server) : IAsyncDisposable
{
    private readonly TempFolder _temp = new();
    private SqliteGraphStore? _sqlite;
    private Neo4jClient? _client;

    public SqliteGraphStore Sqlite => _sqlite!;

    public Neo4jQueries Neo4j { get; private set; } = null!;

    public Neo4jClient Client => _client!;

    public static IReadOnlyList<Model.Facts.GraphBatch> Batches()
    {
        var set = StudySet.Read([TestPaths.GraphSeed], CityNetworksModel.Instance, documents: null);
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        return
        [
            .. set.Batches,
            StudyText.Batch("study:test-french-names",
                "  - {id: city:geonames:3128760, kind: City, name: Barcelona, aliases: [{name: Barcelone, lang: fr}], quote: Barcelone}"),
            // Another id for Barcelona, merged by its GeoNames id: "city:bcn" becomes a former id (a key) of the node.
            StudyText.Batch("study:test-former-id",
                "  - {id: city:bcn, kind: City, name: Barcelona, quote: Barcelona, properties: {geonamesId: {value: 3128760, quote: Barcelona}}}"),
        ];
    }

    /// <summary>Loads both stores (a second call does nothing).</summary>
    public async Task LoadAsync(IReadOnlyList<Model.Facts.GraphBatch>? batches = null)
    {
        if (_sqlite is not null)
        {
            return;
        }
        batches ??= Batches();
        await server.ClearAsync();
        _sqlite = SqliteGraphStore.Open(_temp.File("seed.db"));
        _client = server.CreateClient();
        await using (var writer = new Neo4jGraphStore(server.CreateClient()))
        {
            foreach (var batch in batches)
            {
                await writer.LoadAsync([batch]);
            }
        }
        foreach (var batch in batches)
        {
            await _sqlite.LoadAsync([batch]);
        }
        Neo4j = new Neo4jQueries(_client, CityNetworksModel.Instance);
    }

    /// <summary>JSON text in one canonical writing (the values' own text kept), so answers compare as text.</summary>
    public static string Canonical(string json) =>
        JsonSerializer.Serialize(JsonElement.Parse(json), CanonicalOptions);

    private static readonly JsonSerializerOptions CanonicalOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async ValueTask DisposeAsync()
    {
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }
        _client?.Dispose();
        _temp.Dispose();
    }
}
