using System.Text.Json;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Seed.Tests.TestSupport;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>The curated seed graph, loaded with the CLI into a temp store.</summary>
public sealed class SeedGraphTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> NamedEntities => new()
    {
        { "City", "Barcelona" },
        { "City", "Terrassa" },
        { "City", "Leeds" },
        { "City", "Brussels" },
        { "City", "Kyoto" },
        { "City", "Fukuoka" },
        { "City", "Montréal" },
        { "City", "Seoul" },
        { "City", "Kigali" },
        { "Network", "EUROCITIES" },
        { "Project", "INNOCRAFTS" },
        { "Project", "DSISCALE" },
        { "Project", "CHEBEC" },
        { "Project", "SMATH" },
        { "Project", "+RESILIENT" },
        { "Project", "VET for Urban Centres" },
        { "Programme", "INTERREG IVC" },
        { "Organisation", "Barcelona Activa" },
    };

    private static bool Names(StoredNode node, string name) =>
        TextKey.Normalize(node.Name) == TextKey.Normalize(name) || node.Aliases.Any(a => TextKey.Normalize(a.Name) == TextKey.Normalize(name));

    [Fact]
    public void Loading_graph_seed_with_the_cli_succeeds()
    {
        Assert.True(seeded.Load.ExitCode == ExitCodes.Ok, seeded.Load.ToString());
        var files = Directory.GetFiles(TestPaths.GraphSeed, "*.yaml").Length;
        Assert.Contains($"Loaded {files} file(s) into {Path.GetFullPath(seeded.Path)}.", seeded.Load.Output);
        Assert.Contains("nodes added", seeded.Load.Output);
    }

    [Fact]
    public async Task Stats_json_shows_every_node_kind()
    {
        var stats = await StatsAsync(seeded.Path);
        var byKind = stats.GetProperty("nodesByKind");
        foreach (var kind in CityNetworksModel.Instance.NodeKinds)
        {
            Assert.True(byKind.GetProperty(kind.Name).GetInt64() > 0, $"the seed graph has no {kind.Name}");
        }
        Assert.Equal(byKind.EnumerateObject().Sum(p => p.Value.GetInt64()), stats.GetProperty("nodes").GetInt64());
        Assert.Equal(stats.GetProperty("relationshipsByType").EnumerateObject().Sum(p => p.Value.GetInt64()), stats.GetProperty("relationships").GetInt64());
        Assert.True(stats.GetProperty("sources").GetInt64() > stats.GetProperty("nodes").GetInt64());
        Assert.Equal(Path.GetFullPath(seeded.Path), stats.GetProperty("store").GetString());
    }

    [Theory]
    [MemberData(nameof(NamedEntities))]
    public async Task The_entities_the_documents_name_are_in_the_graph_and_in_stats(string kind, string name)
    {
        var (nodes, _) = await StoreReader.ReadAsync(seeded.Path);
        var node = Assert.Single(nodes, n => n.Kind == kind && Names(n, name));
        var stats = await StatsAsync(seeded.Path);
        var listed = stats.GetProperty("kinds").GetProperty(kind).GetProperty("names").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(node.Name, listed);
    }

    [Fact]
    public async Task Cities_known_to_geonames_have_their_canonical_ids()
    {
        var (nodes, _) = await StoreReader.ReadAsync(seeded.Path);
        Assert.Equal("city:geonames:3128760", Assert.Single(nodes, n => n.Kind == "City" && Names(n, "Barcelona")).Id);
        Assert.Equal("city:geonames:2644688", Assert.Single(nodes, n => n.Kind == "City" && Names(n, "Leeds")).Id);
        Assert.All(nodes.Where(n => n.Kind == "City"), c => Assert.Equal($"city:geonames:{c.Properties["geonamesId"]}", c.Id));
    }

    [Fact]
    public async Task The_2019_eurocities_culture_forum_is_held_in_leeds()
    {
        var (nodes, rels) = await StoreReader.ReadAsync(seeded.Path);
        var leeds = Assert.Single(nodes, n => n.Kind == "City" && Names(n, "Leeds"));
        var forums = rels.Where(r => r.Type == "HELD_IN" && r.ToId == leeds.Id)
            .Select(r => nodes.Single(n => n.Id == r.FromId))
            .Where(e => e.Kind == "Event" && (e.Properties.GetValueOrDefault("startDate") as string ?? "").StartsWith("2019", StringComparison.Ordinal))
            .Where(e => new[] { e.Name }.Concat(e.Aliases.Select(a => a.Name)).Any(n => TextKey.Normalize(n).Contains("culture forum", StringComparison.Ordinal)))
            .ToList();
        var forum = Assert.Single(forums);
        Assert.Equal("event:eurocities-culture-forum-leeds-2019", forum.Id);
        var eurocities = Assert.Single(nodes, n => n.Kind == "Network" && Names(n, "EUROCITIES"));
        Assert.Contains(rels, r => r.Type == "ORGANISED_BY" && r.FromId == forum.Id && r.ToId == eurocities.Id);
    }

    [Fact]
    public async Task The_2017_study_on_external_cultural_relations_is_published_by_eurocities()
    {
        var (nodes, rels) = await StoreReader.ReadAsync(seeded.Path);
        var eurocities = Assert.Single(nodes, n => n.Kind == "Network" && Names(n, "EUROCITIES"));
        var study = Assert.Single(nodes, n => n.Kind == "Study" && n.Properties.GetValueOrDefault("published") as string == "2017" &&
                                              TextKey.Normalize(n.Name).Contains("external cultural relations", StringComparison.Ordinal));
        Assert.Equal("study:eurocities-2017-external-cultural-relations", study.Id);
        Assert.Contains(rels, r => r.Type == "PUBLISHED_BY" && r.FromId == study.Id && r.ToId == eurocities.Id);
    }

    [Fact]
    public async Task Eurocities_keeps_its_conflicting_member_counts_side_by_side_with_study_and_quote()
    {
        var (nodes, _) = await StoreReader.ReadAsync(seeded.Path);
        var eurocities = Assert.Single(nodes, n => n.Kind == "Network" && Names(n, "EUROCITIES"));
        var counts = eurocities.Claims.Where(c => c.Property == "memberCount").ToList();

        var exact = Assert.Single(counts, c => Equals(c.Value, 135L));
        Assert.Equal("exact", exact.Qualifier);
        Assert.Equal("study:barcelona-terrassa-eurocities-creative-industries-meetings", exact.Source.StudyId);
        Assert.Contains("135 European cities", exact.Source.Quote);

        var over = Assert.Single(counts, c => Equals(c.Value, 140L));
        Assert.Equal("more than", over.Qualifier);
        Assert.Equal("study:2018-announcement-eurocities-external-cultural-relations", over.Source.StudyId);
        Assert.Equal("with over 140 members", over.Source.Quote);

        Assert.All(counts, c => Assert.Equal(Certainty.Stated, c.Source.Certainty));
        Assert.True(counts.Select(c => c.Source.StudyId).Distinct().Count() >= 2);
    }

    [Fact]
    public async Task Inferred_facts_are_stored_as_inferred_with_a_note()
    {
        var (nodes, rels) = await StoreReader.ReadAsync(seeded.Path);
        var terrassa = Assert.Single(nodes, n => n.Kind == "City" && Names(n, "Terrassa"));
        var inSpain = Assert.Single(rels, r => r.Type == "IN_COUNTRY" && r.FromId == terrassa.Id && r.ToId == "country:es");
        // Two studies infer it; each source is kept.
        Assert.True(inSpain.Sources.Select(s => s.StudyId).Distinct().Count() == inSpain.Sources.Count);
        Assert.All(inSpain.Sources, source =>
        {
            Assert.Equal(Certainty.Inferred, source.Certainty);
            Assert.Equal("Terrassa is in Spain", source.Note);
            Assert.Null(source.Quote);
        });
        Assert.Contains(inSpain.Sources, s => s.StudyId == "study:terrassa-relacions-europees-eurocities-culture-forum-leeds-2019");
        // No inferred fact anywhere lacks its note.
        var inferred = nodes.SelectMany(n => n.Sources.Concat(n.Claims.Select(c => c.Source)))
            .Concat(rels.SelectMany(r => r.Sources.Concat(r.Claims.Select(c => c.Source))))
            .Where(s => s.Certainty == Certainty.Inferred).ToList();
        Assert.NotEmpty(inferred);
        Assert.All(inferred, s => Assert.False(string.IsNullOrWhiteSpace(s.Note) && string.IsNullOrWhiteSpace(s.Quote)));
    }

    [Fact]
    public async Task Loading_the_seed_again_changes_nothing()
    {
        var store = seeded.CopyTo(_temp);

        var result = await Cli.RunOkAsync(store, "load", TestPaths.GraphSeed);

        Assert.Contains("No changes.", result.Output);
        Assert.Equal(seeded.Snapshot.Text, StoreSnapshot.Take(store).Text);
    }

    [Fact]
    public async Task Loading_the_seed_again_through_the_store_reports_nothing()
    {
        var store = seeded.CopyTo(_temp);
        var set = KnowledgeGraph.Studies.StudySet.Read([TestPaths.GraphSeed], CityNetworksModel.Instance, TestPaths.Documents);
        await using (var opened = SqliteGraphStore.Open(store))
        {
            var report = await opened.LoadAsync(set.Batches);
            Assert.True(report.IsEmpty, string.Join("\n", report.Changes));
        }
        Assert.Equal(seeded.Snapshot.Text, StoreSnapshot.Take(store).Text);
    }

    [Fact]
    public async Task Diff_on_the_loaded_store_says_no_changes()
    {
        var store = seeded.CopyTo(_temp);

        var result = await Cli.RunOkAsync(store, "diff", TestPaths.GraphSeed);

        Assert.Equal(["No changes: the store already holds these facts."], result.OutputLines);
        Assert.Equal(seeded.Snapshot.Text, StoreSnapshot.Take(store).Text);
    }

    [Fact]
    public async Task Diff_on_an_empty_store_lists_the_additions_and_writes_nothing()
    {
        var store = _temp.File("empty.db");
        await SqliteGraphStore.Open(store).DisposeAsync();
        var empty = StoreSnapshot.Take(store);
        Assert.Equal(0, empty.Count("node"));

        var result = await Cli.RunOkAsync(store, "diff", TestPaths.GraphSeed);

        Assert.Contains("+ NodeAdded city:geonames:3128760: City", result.OutputLines);
        Assert.Contains("+ NodeAdded network:eurocities: Network", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.StartsWith("+ RelationshipAdded HELD_IN event:eurocities-culture-forum-leeds-2019 -> city:geonames:2644688", StringComparison.Ordinal));
        var stats = await StatsAsync(seeded.Path);
        Assert.Equal(stats.GetProperty("nodes").GetInt64(), result.OutputLines.Count(l => l.StartsWith("+ NodeAdded ", StringComparison.Ordinal)));
        Assert.StartsWith($"Would make: {stats.GetProperty("nodes").GetInt64()} nodes added, ", result.OutputLines[^1]);
        Assert.Equal(empty.Text, StoreSnapshot.Take(store).Text);
    }

    [Fact]
    public async Task Stats_without_json_prints_the_counts()
    {
        var result = await Cli.RunOkAsync(seeded.Path, "stats");
        Assert.Equal($"Store: {Path.GetFullPath(seeded.Path)}", result.OutputLines[0]);
        Assert.Contains(result.OutputLines, l => l.StartsWith("Nodes: ", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.Trim().StartsWith("COOPERATES_WITH", StringComparison.Ordinal));
    }

    internal static async Task<JsonElement> StatsAsync(string store)
    {
        var result = await Cli.RunOkAsync(store, "stats", "--json");
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }
}
