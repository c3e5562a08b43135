using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Seed.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Seed.Tests;

/// <summary><c>export</c> of the seed graph in every format: well-formed, and as many nodes and edges as <c>stats</c> counts.</summary>
public sealed class ExportTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<(long Nodes, long Relationships, long Sources)> CountsAsync()
    {
        var stats = await SeedGraphTests.StatsAsync(seeded.Path);
        return (stats.GetProperty("nodes").GetInt64(), stats.GetProperty("relationships").GetInt64(), stats.GetProperty("sources").GetInt64());
    }

    private async Task<string> ExportAsync(string format)
    {
        var result = await Cli.RunOkAsync(seeded.Path, "export", "--format", format);
        return result.Output;
    }

    [Fact]
    public async Task Json_export_holds_every_node_relationship_and_source()
    {
        var (nodes, relationships, sources) = await CountsAsync();
        using var json = JsonDocument.Parse(await ExportAsync("json"));

        var nodeArray = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var relArray = json.RootElement.GetProperty("relationships").EnumerateArray().ToList();
        Assert.Equal(nodes, nodeArray.Count);
        Assert.Equal(relationships, relArray.Count);
        var exportedSources = nodeArray.Concat(relArray).Sum(e => e.GetProperty("sources").GetArrayLength() + e.GetProperty("claims").GetArrayLength());
        Assert.Equal(sources, exportedSources);

        var ids = nodeArray.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(relArray, r => Assert.Contains(r.GetProperty("from").GetString(), ids));
        Assert.All(relArray, r => Assert.Contains(r.GetProperty("to").GetString(), ids));
        var kigali = nodeArray.Single(n => n.GetProperty("id").GetString() == "city:geonames:202061");
        Assert.Equal(JsonValueKind.Number, kigali.GetProperty("properties").GetProperty("geonamesId").ValueKind);
    }

    [Fact]
    public async Task Json_export_to_a_file_equals_the_standard_output()
    {
        var file = _temp.File("graph.json");
        var result = await Cli.RunOkAsync(seeded.Path, "export", "--format", "json", "--output", file);
        Assert.Contains("Wrote ", result.Error);
        Assert.Equal((await ExportAsync("json")).TrimEnd(), File.ReadAllText(file).TrimEnd());
    }

    [Fact]
    public async Task Graphml_export_is_well_formed_graphml()
    {
        var (nodes, relationships, _) = await CountsAsync();
        var doc = XDocument.Parse(await ExportAsync("graphml"));

        Assert.Equal(GraphMl + "graphml", doc.Root!.Name);
        var graph = Assert.Single(doc.Root.Elements(GraphMl + "graph"));
        Assert.Equal("directed", graph.Attribute("edgedefault")?.Value);
        var nodeElements = graph.Elements(GraphMl + "node").ToList();
        var edgeElements = graph.Elements(GraphMl + "edge").ToList();
        Assert.Equal(nodes, nodeElements.Count);
        Assert.Equal(relationships, edgeElements.Count);

        var ids = nodeElements.Select(n => n.Attribute("id")!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(edgeElements, e => Assert.Contains(e.Attribute("source")!.Value, ids));
        Assert.All(edgeElements, e => Assert.Contains(e.Attribute("target")!.Value, ids));

        var keys = doc.Root.Elements(GraphMl + "key").ToDictionary(k => k.Attribute("id")!.Value, k => k.Attribute("for")!.Value);
        Assert.All(nodeElements.Elements(GraphMl + "data"), d => Assert.Equal("node", keys[d.Attribute("key")!.Value]));
        Assert.All(edgeElements.Elements(GraphMl + "data"), d => Assert.Equal("edge", keys[d.Attribute("key")!.Value]));
        var barcelona = nodeElements.Single(n => n.Attribute("id")!.Value == "city:geonames:3128760");
        Assert.Equal("Barcelona", barcelona.Elements(GraphMl + "data").Single(d => d.Attribute("key")!.Value == "n_name").Value);
        Assert.Equal("3128760", barcelona.Elements(GraphMl + "data").Single(d => d.Attribute("key")!.Value == "n_geonamesId").Value);
    }

    [Fact]
    public async Task Gexf_export_is_well_formed_gexf()
    {
        var (nodes, relationships, _) = await CountsAsync();
        var doc = XDocument.Parse(await ExportAsync("gexf"));

        Assert.Equal(Gexf + "gexf", doc.Root!.Name);
        Assert.Equal("1.3", doc.Root.Attribute("version")?.Value);
        var graph = Assert.Single(doc.Root.Elements(Gexf + "graph"));
        var nodeElements = graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").ToList();
        var edgeElements = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToList();
        Assert.Equal(nodes, nodeElements.Count);
        Assert.Equal(relationships, edgeElements.Count);

        var ids = nodeElements.Select(n => n.Attribute("id")!.Value).ToHashSet();
        Assert.All(edgeElements, e => Assert.Contains(e.Attribute("source")!.Value, ids));
        Assert.All(edgeElements, e => Assert.Contains(e.Attribute("target")!.Value, ids));
        Assert.All(nodeElements, n => Assert.False(string.IsNullOrEmpty(n.Attribute("label")?.Value)));

        var declared = graph.Elements(Gexf + "attributes").ToDictionary(
            a => a.Attribute("class")!.Value,
            a => a.Elements(Gexf + "attribute").Select(x => x.Attribute("id")!.Value).ToHashSet());
        Assert.All(nodeElements.Descendants(Gexf + "attvalue"), v => Assert.Contains(v.Attribute("for")!.Value, declared["node"]));
        Assert.All(edgeElements.Descendants(Gexf + "attvalue"), v => Assert.Contains(v.Attribute("for")!.Value, declared["edge"]));
    }

    [Fact]
    public async Task Csv_export_writes_three_well_formed_files_with_a_row_per_node_relationship_and_source()
    {
        var (nodes, relationships, sources) = await CountsAsync();
        var folder = _temp.File("csv");

        var result = await Cli.RunOkAsync(seeded.Path, "export", "--format", "csv", "--output", folder);

        Assert.Contains("Wrote nodes.csv, relationships.csv and sources.csv", result.Output);
        var nodeRows = Csv.Parse(File.ReadAllText(Path.Combine(folder, "nodes.csv")));
        var relRows = Csv.Parse(File.ReadAllText(Path.Combine(folder, "relationships.csv")));
        var sourceRows = Csv.Parse(File.ReadAllText(Path.Combine(folder, "sources.csv")));

        Assert.Equal(["id", "kind", "name", "aliases", "description", "properties"], nodeRows[0]);
        Assert.Equal(["type", "from", "to", "properties"], relRows[0]);
        Assert.Equal(["subject", "property", "value", "qualifier", "study", "certainty", "quote", "dataset", "row", "note"], sourceRows[0]);
        Assert.Equal(nodes, nodeRows.Count - 1);
        Assert.Equal(relationships, relRows.Count - 1);
        Assert.Equal(sources, sourceRows.Count - 1);
        Assert.All(nodeRows, r => Assert.Equal(6, r.Length));
        Assert.All(relRows, r => Assert.Equal(4, r.Length));
        Assert.All(sourceRows, r => Assert.Equal(10, r.Length));
        Assert.All(sourceRows.Skip(1), r => Assert.Contains(r[5], new[] { "stated", "inferred" }));
        // A name with a comma survives the round trip.
        Assert.Contains(nodeRows, r => r[2] == "Cities' External Cultural Relations: Trends and Actions");
    }

    [Fact]
    public async Task Csv_export_needs_an_output_folder()
    {
        var result = await Cli.RunOnStoreAsync(seeded.Path, "export", "--format", "csv");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("give a folder with --output", result.Error);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var result = await Cli.RunOnStoreAsync(seeded.Path, "export", "--format", "dot");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
