using KnowledgeGraph.Seed.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>
/// <c>load</c> of a bad study file, one case per test: every problem is printed as <c>file:line:column: error: reason</c>,
/// the exit code is not 0, and the store (which already holds the seed graph) is unchanged.
/// </summary>
public sealed class BadInputTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private const string KnownKinds = "City, Country, Region, Network, Programme, Project, Organisation, Theme, Event, Study";
    private const string NodeKeys = "id, kind, name, aliases, description, properties, quote, inferred, note";
    private const string NoSource = "has no source: give a 'quote' from the document, or 'inferred: true' with a 'note'";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// Loads <paramref name="text"/> into a copy of the seeded store and asserts the load was refused, the store is
    /// unchanged, and the errors include one at <paramref name="snippet"/> whose message starts with <paramref name="reason"/>.
    /// </summary>
    private async Task<CliResult> AssertRejectedAsync(string text, string snippet, string reason)
    {
        var file = _temp.Write("bad-study.yaml", text);
        var result = await LoadIntoSeededCopyAsync(file);
        var (line, column) = SampleStudy.Locate(text, snippet);
        var expected = $"{file}:{line}:{column}: error: {reason}";
        Assert.True(result.ErrorLines.Any(l => l.StartsWith(expected, StringComparison.Ordinal)), $"expected a line starting with\n{expected}\n{result}");
        return result;
    }

    /// <summary>Runs <c>load</c> on a copy of the seeded store, asserts it failed with exit code 1 and left the store unchanged.</summary>
    private async Task<CliResult> LoadIntoSeededCopyAsync(params string[] files)
    {
        var store = seeded.CopyTo(_temp);
        var before = StoreSnapshot.Take(store);
        Assert.Equal(seeded.Snapshot.Text, before.Text);

        var result = await Cli.RunOnStoreAsync(store, "load", files);

        Assert.True(result.ExitCode == ExitCodes.InvalidInput, result.ToString());
        Assert.Contains("nothing was written.", result.Error);
        Assert.DoesNotContain("Loaded", result.Output);
        Assert.Equal(before.Text, StoreSnapshot.Take(store).Text);
        return result;
    }

    [Fact]
    public async Task The_sample_itself_loads()
    {
        var file = _temp.Write("good.yaml", SampleStudy.Valid);
        var store = seeded.CopyTo(_temp);
        var result = await Cli.RunOkAsync(store, "load", file);
        Assert.Contains("Loaded 1 file(s)", result.Output);
        Assert.NotEqual(seeded.Snapshot.Text, StoreSnapshot.Take(store).Text);
    }

    [Fact]
    public async Task A_yaml_syntax_error()
    {
        var result = await AssertRejectedAsync(SampleStudy.With("    name: EUROCITIES\n", "    name: EUROCITIES: the network\n"),
            ": the network", "YAML syntax error: ");
        Assert.Contains("found invalid mapping", result.Error);
        Assert.Single(result.ErrorLines, l => l.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public Task An_unknown_kind() =>
        AssertRejectedAsync(SampleStudy.With("    kind: Country\n", "    kind: Nation\n"), "id: country:be",
            $"unknown node kind 'Nation' (known kinds: {KnownKinds})");

    [Fact]
    public Task A_relationship_between_wrong_kinds() =>
        AssertRejectedAsync(
            SampleStudy.With("    from: network:eurocities\n    to: city:geonames:2800866\n", "    from: city:geonames:2800866\n    to: network:eurocities\n"),
            "type: HEADQUARTERED_IN",
            "HEADQUARTERED_IN cannot join City 'city:geonames:2800866' to Network 'network:eurocities' (allowed: Network -> City)");

    [Fact]
    public Task A_dangling_reference() =>
        AssertRejectedAsync(SampleStudy.With("    to: country:be\n", "    to: country:fr\n"), "type: IN_COUNTRY",
            "IN_COUNTRY: 'to' names 'country:fr', which is not declared in this file's nodes");

    [Fact]
    public Task A_node_without_a_source() =>
        AssertRejectedAsync(SampleStudy.With("    name: Belgium\n    quote: \"EUROCITIES, Brussels, Belgium\"\n", "    name: Belgium\n"),
            "id: country:be", $"node 'country:be' {NoSource}");

    [Fact]
    public Task A_relationship_without_a_source() =>
        AssertRejectedAsync(SampleStudy.With("\n    quote: \"By EUROCITIES, Brussels, 2017, 26 pages\"", ""),
            "type: PUBLISHED_BY", $"PUBLISHED_BY study:test-eurocities-announcement -> network:eurocities {NoSource}");

    [Fact]
    public Task An_inferred_fact_without_a_note() =>
        AssertRejectedAsync(SampleStudy.With("    note: \"Brussels is the capital of Belgium\"\n", ""),
            "type: IN_COUNTRY", "IN_COUNTRY city:geonames:2800866 -> country:be is inferred but says neither why (note) nor from what (quote)");

    [Fact]
    public Task An_unknown_key() =>
        AssertRejectedAsync(SampleStudy.With("    name: Belgium\n", "    name: Belgium\n    capital: Brussels\n"), "capital:",
            $"unknown key 'capital' in a node (allowed: {NodeKeys})");

    [Fact]
    public Task An_unknown_property() =>
        AssertRejectedAsync(SampleStudy.With("      countryCode: BE\n", "      countryCode: BE\n      mayor: Someone\n"), "Someone",
            "City has no property 'mayor' (it has: geonamesId, countryCode, population, latitude, longitude)");

    [Fact]
    public Task A_property_of_the_wrong_type() =>
        AssertRejectedAsync(SampleStudy.With("population: {value: 1200000", "population: {value: many"), "many",
            "'population' must be a whole number, not 'many'");

    [Fact]
    public Task A_bad_date() =>
        AssertRejectedAsync(SampleStudy.With("founded: {value: \"1986\"", "founded: {value: \"2019-13\""), "\"2019-13\"",
            "'founded' must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '2019-13'");

    [Fact]
    public Task An_id_prefix_that_does_not_match_the_kind() =>
        AssertRejectedAsync(SampleStudy.With("  - id: network:eurocities\n", "  - id: city:eurocities\n"), "id: city:eurocities",
            "id 'city:eurocities' has prefix 'city', which belongs to City, not Network (use 'network:')");

    [Fact]
    public Task A_quote_that_is_not_in_the_document() =>
        AssertRejectedAsync(SampleStudy.With("\"with over 140 members\"", "\"with over 150 members\""), "\"with over 150 members\"",
            "the quote \"with over 150 members\" does not occur in the study's document");

    [Fact]
    public async Task A_file_with_several_errors_lists_every_one()
    {
        var text = SampleStudy.Valid;
        text = SampleStudy.Replace(text, "population: {value: 1200000", "population: {value: many");
        text = SampleStudy.Replace(text, "    name: Belgium\n    quote: \"EUROCITIES, Brussels, Belgium\"\n", "    name: Belgium\n");
        text = SampleStudy.Replace(text, "    to: country:be\n", "    to: country:fr\n");
        text = SampleStudy.Replace(text, "\"with over 140 members\"", "\"with over 150 members\"");
        var file = _temp.Write("bad-study.yaml", text);

        var result = await LoadIntoSeededCopyAsync(file);

        string At(string snippet)
        {
            var (line, column) = SampleStudy.Locate(text, snippet);
            return $"{file}:{line}:{column}: error: ";
        }
        Assert.Equal(
        [
            At("\"with over 150 members\"") + "the quote \"with over 150 members\" does not occur in the study's document",
            At("many") + "'population' must be a whole number, not 'many'",
            At("id: country:be") + $"node 'country:be' {NoSource}",
            At("type: IN_COUNTRY") + "IN_COUNTRY: 'to' names 'country:fr', which is not declared in this file's nodes",
            $"4 error(s) in 1 file(s); nothing was written.",
        ], result.ErrorLines.Where(l => !l.StartsWith("note:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_valid_file_loaded_with_an_invalid_one_is_not_written_either()
    {
        var good = _temp.Write("a-good.yaml", SampleStudy.Valid.Replace("study:test-eurocities-announcement", "study:another-test", StringComparison.Ordinal));
        var bad = _temp.Write("b-bad.yaml", SampleStudy.With("    kind: Country\n", "    kind: Nation\n"));

        var result = await LoadIntoSeededCopyAsync(good, bad);

        Assert.All(result.ErrorLines.Where(l => l.Contains(": error: ", StringComparison.Ordinal)), l => Assert.StartsWith(bad + ":", l));
    }

    [Fact]
    public async Task A_refused_load_does_not_even_create_a_missing_store()
    {
        var store = _temp.File("new.db");
        var bad = _temp.Write("bad.yaml", SampleStudy.With("    kind: Country\n", "    kind: Nation\n"));

        var result = await Cli.RunOnStoreAsync(store, "load", bad);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public async Task Validate_reports_the_same_errors_and_writes_nothing()
    {
        var store = seeded.CopyTo(_temp);
        var bad = _temp.Write("bad.yaml", SampleStudy.With("    to: country:be\n", "    to: country:fr\n"));

        var result = await Cli.RunOnStoreAsync(store, "validate", bad);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"{bad}:{SampleStudy.Locate(File.ReadAllText(bad), "type: IN_COUNTRY").Line}:5: error: IN_COUNTRY: 'to' names 'country:fr'", result.Error);
        Assert.Equal(seeded.Snapshot.Text, StoreSnapshot.Take(store).Text);
    }

    [Fact]
    public async Task A_path_that_names_nothing_is_an_error()
    {
        var result = await LoadIntoSeededCopyAsync(_temp.File("missing.yaml"));
        Assert.Contains($"error: '{_temp.File("missing.yaml")}' is neither a file nor a folder", result.Error);
    }
}
