using System.Text.Json.Nodes;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Studies.Tests;

/// <summary>The documentation generated from the model must match the model.</summary>
public class DocsInSyncTests
{
    private const string Regenerate = "Regenerate it from the repository root: ";

    [Fact]
    public void The_json_schema_in_docs_is_the_one_the_model_generates()
    {
        var path = TestPaths.InRepo("docs", "study.schema.json");
        var expected = StudySchema.Generate(CityNetworksModel.Instance);
        var actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual,
            $"docs/study.schema.json is out of date with the model. {Regenerate}" +
            "dotnet run --project src/KnowledgeGraph.Seed -- model --json-schema > docs/study.schema.json");
    }

    [Fact]
    public void The_model_tables_in_study_format_md_are_the_ones_the_model_generates()
    {
        var path = TestPaths.InRepo("docs", "study-format.md");
        var document = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expected = ModelDocs.Splice(document, CityNetworksModel.Instance);
        Assert.True(expected == document,
            $"The section of docs/study-format.md between {ModelDocs.Begin} and {ModelDocs.End} is out of date with the model. {Regenerate}" +
            "dotnet run --project src/KnowledgeGraph.Seed -- model --markdown, and paste its output between the markers.");
    }

    [Fact]
    public void Splice_replaces_only_the_text_between_the_markers()
    {
        var document = $"# Title\n\nbefore\n\n{ModelDocs.Begin}\nstale tables\n{ModelDocs.End}\n\nafter\n";
        var spliced = ModelDocs.Splice(document, CityNetworksModel.Instance);
        Assert.Equal($"# Title\n\nbefore\n\n{ModelDocs.Begin}\n{ModelDocs.Markdown(CityNetworksModel.Instance)}{ModelDocs.End}\n\nafter\n", spliced);
        Assert.Equal(spliced, ModelDocs.Splice(spliced, CityNetworksModel.Instance));
        Assert.Throws<InvalidOperationException>(() => ModelDocs.Splice("no markers", CityNetworksModel.Instance));
    }

    [Fact]
    public void The_markdown_lists_every_kind_relationship_and_property()
    {
        var markdown = ModelDocs.Markdown(CityNetworksModel.Instance);
        foreach (var kind in CityNetworksModel.Instance.NodeKinds)
        {
            Assert.Contains($"| {kind.Name} | `{kind.IdPrefix}:` |", markdown);
            Assert.All(kind.Properties, p => Assert.Contains($"`{p.Name}`", markdown));
        }
        foreach (var rel in CityNetworksModel.Instance.RelationshipTypes)
        {
            Assert.Contains($"| `{rel.Name}`", markdown);
        }
        Assert.Contains("| `COOPERATES_WITH` (either way) |", markdown);
    }

    [Fact]
    public void The_json_schema_names_every_kind_relationship_type_and_property()
    {
        var schema = JsonNode.Parse(StudySchema.Generate(CityNetworksModel.Instance))!;
        var defs = schema["$defs"]!;
        Assert.Equal(CityNetworksModel.Instance.NodeKinds.Select(k => k.Name),
            defs["node"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(CityNetworksModel.Instance.RelationshipTypes.Select(r => r.Name),
            defs["relationship"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        var branches = defs["node"]!["allOf"]!.AsArray();
        foreach (var kind in CityNetworksModel.Instance.NodeKinds)
        {
            var branch = branches.Single(b => b!["if"]!["properties"]!["kind"]!["const"]!.GetValue<string>() == kind.Name)!;
            var then = branch["then"]!["properties"]!;
            Assert.Equal($"^{kind.IdPrefix}:", then["id"]!["pattern"]!.GetValue<string>()[..(kind.IdPrefix.Length + 2)]);
            Assert.Equal(kind.Properties.Select(p => p.Name), then["properties"]!["properties"]!.AsObject().Select(p => p.Key));
        }
    }
}
