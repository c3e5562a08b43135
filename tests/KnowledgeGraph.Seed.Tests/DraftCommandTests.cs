using KnowledgeGraph.Seed.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>
/// <c>draft</c>: a draft from a document written for the test, on a copy of the seeded store, that <c>validate</c> and
/// <c>diff</c> accept as it is; bad input is refused with exit code 1 and no file written.
/// </summary>
public sealed class DraftCommandTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private const string Document = "Creative Cities Forum 2021\n\n12th - 14th May 2021, Terrassa (ES)\n\n"
        + "The Terrassa Chamber of Commerce hosted the Creative Cities Forum of the EUROCITIES network, which has over 190 members. "
        + "Participants from Italy and France took part.\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_draft_names_known_nodes_by_id_and_passes_validate_and_diff_as_it_is()
    {
        var store = seeded.CopyTo(_temp);
        var documents = Path.Combine(_temp.Path, "docs");
        var document = _temp.Write(Path.Combine("docs", "forum.txt"), Document);
        var output = _temp.File("draft.yaml");

        var result = await Cli.RunAsync("draft", document, "--store", store, "--output", output);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Drafted", result.Error, StringComparison.Ordinal);
        var text = File.ReadAllText(output);
        Assert.Contains("- id: network:eurocities", text, StringComparison.Ordinal);
        Assert.Contains("- id: city:geonames:3108286", text, StringComparison.Ordinal);
        Assert.Contains("startDate: {value: \"2021-05-12\"", text, StringComparison.Ordinal);
        Assert.Contains("memberCount: {value: 190, qualifier: more than, quote: \"over 190 members\"}", text, StringComparison.Ordinal);
        Assert.Matches(@"# (known|NEW), confidence \d\.\d\d, rule ", text);

        var validate = await Cli.RunAsync("validate", output, "--documents", documents);
        Assert.True(validate.ExitCode == ExitCodes.Ok, validate.ToString() + "\n" + text);
        var diff = await Cli.RunAsync("diff", output, "--store", store, "--documents", documents);
        Assert.True(diff.ExitCode == ExitCodes.Ok, diff.ToString());
        Assert.Contains("Would make:", diff.Output, StringComparison.Ordinal);

        // a second draft does not overwrite the curator's file without --force
        var again = await Cli.RunAsync("draft", document, "--store", store, "--output", output);
        Assert.Equal(ExitCodes.InvalidInput, again.ExitCode);
        Assert.Contains("exists", again.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string[], string> BadInput => new()
    {
        { "empty.txt", [], [], "the document is empty" },
        { "blank.txt", "  \n\n "u8.ToArray(), [], "the document is empty" },
        { "binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC3, 0x28], [], "not a plain-text document" },
        { "english.txt", "Forum news\n\nThe EUROCITIES network met in Terrassa.\n"u8.ToArray(), ["--language", "xx"], "unknown language 'xx'" },
        { "unknown.txt", "A quiet day\n\nNothing at all happened in the village today.\n"u8.ToArray(), [], "names nothing the graph knows" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_with_a_clear_message_and_no_file(string name, byte[] content, string[] options, string message)
    {
        var store = seeded.CopyTo(_temp);
        var document = _temp.File(name);
        File.WriteAllBytes(document, content);
        var output = _temp.File("draft.yaml");

        var result = await Cli.RunAsync(["draft", document, "--store", store, "--output", output, .. options]);

        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
