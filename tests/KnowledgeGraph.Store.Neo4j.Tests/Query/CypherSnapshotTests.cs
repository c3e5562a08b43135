using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Analytics;
using KnowledgeGraph.Store.Neo4j.Query;
using KnowledgeGraph.Store.Query;
using KnowledgeGraph.Tests.Shared;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Tests.Query;

/// <summary>
/// The Cypher of representative plans, compared as text with Query/Snapshots/*.cypher (parameters listed in a header).
/// UPDATE_SNAPSHOTS=1 rewrites the files; review the diff.
/// </summary>
public class CypherSnapshotTests
{
    private static readonly CypherQueryCompiler Compiler = new(M.Instance);

    private static readonly string[] Snapshotted =
        ["filtered-list", "relationship-filters", "connection-by-related-count-after-cursor", "nested-three-levels", "node-by-id-any-kind", "aggregates", "city-by-id", "nested-paged-by-id"];

    public static TheoryData<string> Names => new([.. Snapshotted, "search", "paths", "paths-typed"]);

    private static CompiledCypher Compile(string name) => name switch
    {
        "search" => Compiler.Compile(new SearchQuery("Sónar barc", SeedPlans.IdName) { Kinds = [M.Event, M.City], First = 5 }),
        "paths" => Neo4jAnalytics.Compile(new PathQuery("city:lyon", "city:koln")),
        "paths-typed" => Neo4jAnalytics.Compile(new PathQuery("city:lyon", "city:koln")
        {
            RelationshipTypes = [M.MemberOf, M.CooperatesWith], ExcludedKinds = [], MaxHops = 6, MaxPaths = 100,
        }),
        _ => Compiler.Compile(SeedPlans.All()[name]),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Cypher_matches_snapshot(string name)
    {
        var compiled = Compile(name);
        var text = new StringBuilder();
        foreach (var (key, value) in compiled.Parameters.OrderBy(p => int.Parse(p.Key[1..], CultureInfo.InvariantCulture)))
        {
            text.Append("// $").Append(key).Append(" = ").Append(JsonSerializer.Serialize(value)).Append('\n');
        }
        text.Append(compiled.Text).Append('\n');
        var path = TestPaths.InRepo("tests", "KnowledgeGraph.Store.Neo4j.Tests", "Query", "Snapshots", name + ".cypher");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ToString());
            return;
        }
        Assert.True(File.Exists(path), $"No snapshot {path}; run with UPDATE_SNAPSHOTS=1 to write it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), text.ToString());
    }

    [Fact]
    public void Values_are_parameters_never_text()
    {
        var compiled = Compiler.Compile(SeedPlans.Cities(Filters.Compare(FieldRef.Name, CompareOp.Eq, "x' OR 1=1 //")));
        Assert.DoesNotContain("1=1", compiled.Text, StringComparison.Ordinal);
        Assert.Contains("x' OR 1=1 //", compiled.Parameters.Values);
    }
}
