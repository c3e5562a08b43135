using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Model.Validation;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Studies.Tests;

public sealed class StudySetTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Folders_are_searched_for_yaml_and_yml_files_in_a_stable_order()
    {
        _temp.Write("b.yaml", "x");
        _temp.Write("a/c.yml", "x");
        _temp.Write("a/notes.txt", "x");
        _temp.Write("A.YAML", "x");
        var problems = new List<Problem>();

        var files = StudySet.ExpandPaths([_temp.Path, _temp.File("b.yaml")], problems);

        Assert.Empty(problems);
        Assert.Equal([_temp.File("A.YAML"), _temp.File("a/c.yml"), _temp.File("b.yaml")], files);
    }

    [Fact]
    public void A_path_that_names_nothing_is_a_problem()
    {
        var set = StudySet.Read([_temp.File("missing.yaml")], CityNetworksModel.Instance, null);
        Assert.False(set.IsValid);
        Assert.Equal($"error: '{_temp.File("missing.yaml")}' is neither a file nor a folder", Assert.Single(set.Problems).ToString());
    }

    [Fact]
    public void A_folder_without_study_files_is_a_problem()
    {
        var set = StudySet.Read([_temp.Path], CityNetworksModel.Instance, null);
        Assert.False(set.IsValid);
        Assert.Equal("no study files (*.yaml, *.yml) were found in the given paths", Assert.Single(set.Problems).Message);
    }

    [Fact]
    public void Problems_of_every_file_are_collected_and_only_valid_files_give_batches()
    {
        var good = _temp.Write("good.yaml", SampleStudy.Valid);
        var bad = _temp.Write("bad.yaml", SampleStudy.With("    kind: City\n", "    kind: Town\n"));

        var set = StudySet.Read([_temp.Path], CityNetworksModel.Instance, TestPaths.Documents);

        Assert.False(set.IsValid);
        Assert.Equal([bad, good], set.Files.Select(f => f.Path));
        Assert.All(set.Problems, p => Assert.Equal(bad, p.Origin!.File));
        Assert.Contains(set.Problems, p => p.Message.StartsWith("unknown node kind 'Town'", StringComparison.Ordinal));
        Assert.Equal([good], set.Batches.Select(b => b.Name));
    }

    [Fact]
    public void Quotes_are_checked_against_the_documents_folder()
    {
        var path = _temp.Write("study.yaml", SampleStudy.With("\"with over 140 members\"", "\"with over 150 members\""));
        Assert.True(StudySet.Read([path], CityNetworksModel.Instance, null).IsValid);
        var checkedSet = StudySet.Read([path], CityNetworksModel.Instance, TestPaths.Documents);
        Assert.Contains("does not occur in the study's document", Assert.Single(checkedSet.Problems).Message);
    }

    [Fact]
    public void A_study_cannot_make_the_reader_open_a_file_outside_the_documents_folder()
    {
        // The quote is wrong, but the document is named by a path, which the lookup refuses: nothing to check against.
        var path = _temp.Write("study.yaml", SampleStudy.With("document: 001_d13a6edb2dedd3e5.txt", "document: ../seeds/001_d13a6edb2dedd3e5.txt")
            .Replace("\"with over 140 members\"", "\"with over 150 members\"", StringComparison.Ordinal));
        Assert.True(StudySet.Read([path], CityNetworksModel.Instance, TestPaths.Documents).IsValid);
    }

    [Fact]
    public void Every_curated_study_file_in_graph_seed_is_valid_and_its_quotes_occur_in_its_document()
    {
        var set = StudySet.Read([TestPaths.GraphSeed], CityNetworksModel.Instance, TestPaths.Documents);
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        Assert.True(set.Files.Count >= 5);
        foreach (var batch in set.Batches)
        {
            var study = batch.Nodes[0];
            var document = study.Claims.SingleOrDefault(c => c.Name == "document")?.Value as string;
            Assert.False(document is null, $"{batch.Name}: the study names no document, so its quotes cannot be checked");
            Assert.True(File.Exists(Path.Combine(TestPaths.Documents, document)), $"{batch.Name}: document {document} is not in {TestPaths.Documents}");
        }
    }
}
