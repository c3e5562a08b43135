using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Studies.Tests;

public class StudyFileReaderTests
{
    private const string File = "graph-seed/test.yaml";

    private static readonly StudyFileReader Reader = new(CityNetworksModel.Instance)
    {
        DocumentLookup = name =>
        {
            var path = Path.Combine(TestPaths.Documents, name);
            return System.IO.File.Exists(path) ? System.IO.File.ReadAllText(path) : null;
        },
    };

    private static StudyReadResult Read(string text) => Reader.Read(File, text);

    /// <summary>Asserts that reading <paramref name="text"/> fails with exactly one problem, at <paramref name="snippet"/>, saying <paramref name="message"/>.</summary>
    private static void AssertOneProblem(string text, string snippet, string message)
    {
        var result = Read(text);
        Assert.False(result.IsValid);
        Assert.Null(result.Batch);
        var problem = Assert.Single(result.Problems);
        var (line, column) = SampleStudy.Locate(text, snippet);
        Assert.Equal($"{File}:{line}:{column}: error: {message}", problem.ToString());
    }

    [Fact]
    public void The_sample_study_reads_into_a_batch_of_its_facts()
    {
        var result = Read(SampleStudy.Valid);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var batch = result.Batch!;
        Assert.Equal(File, batch.Name);
        Assert.Equal(["study:test-eurocities-announcement", "network:eurocities", "city:geonames:2800866", "country:be"], batch.Nodes.Select(n => n.Id));
        Assert.Equal(["HEADQUARTERED_IN", "IN_COUNTRY", "PUBLISHED_BY"], batch.Relationships.Select(r => r.Type));

        var study = batch.Nodes[0];
        Assert.Equal("Study", study.Kind);
        var self = Assert.Single(study.Sources);
        Assert.Equal(new Source(study.Id, Certainty.Stated) { Quote = "Cities' External Cultural Relations: Trends and Actions" }, self);
        Assert.Equal("2018", study.Claims.Single(c => c.Name == "published").Value);

        var network = batch.Nodes[1];
        var members = Assert.Single(network.Claims, c => c.Name == "memberCount");
        Assert.Equal(140L, members.Value);
        Assert.Equal("more than", members.Qualifier);
        Assert.Equal("with over 140 members", members.Source.Quote);
        Assert.Equal(study.Id, members.Source.StudyId);
        Assert.Equal(SampleStudy.Locate(SampleStudy.Valid, "140, qualifier"), (members.Origin!.Line, members.Origin.Column));

        var brussels = batch.Nodes[2];
        Assert.Equal([new Alias("Bruxelles", "fr"), new Alias("Brussel")], brussels.Aliases);
        Assert.Equal(SampleStudy.Locate(SampleStudy.Valid, "id: city:geonames:2800866"), (brussels.Origin!.Line, brussels.Origin.Column));
        var geonames = brussels.Claims.Single(c => c.Name == "geonamesId");
        Assert.Equal(2800866L, geonames.Value);
        Assert.Equal(Certainty.Inferred, geonames.Source.Certainty);
        Assert.Equal("GeoNames gazetteer id", geonames.Source.Note);
        // A plain value takes the node's own source.
        var country = brussels.Claims.Single(c => c.Name == "countryCode");
        Assert.Equal("BE", country.Value);
        Assert.Equal("EUROCITIES, Brussels, Belgium", country.Source.Quote);

        var inCountry = batch.Relationships[1];
        var inferred = Assert.Single(inCountry.Sources);
        Assert.Equal(Certainty.Inferred, inferred.Certainty);
        Assert.Equal("Brussels is the capital of Belgium", inferred.Note);
    }

    [Fact]
    public void A_yaml_syntax_error_gives_its_line_and_column()
    {
        var text = SampleStudy.With("    name: EUROCITIES\n", "    name: EUROCITIES: the network\n");
        var result = Read(text);
        var problem = Assert.Single(result.Problems);
        var (line, column) = SampleStudy.Locate(text, ": the network");
        Assert.Equal(File, problem.Origin!.File);
        Assert.Equal(line, problem.Origin.Line);
        Assert.Equal(column, problem.Origin.Column);
        Assert.StartsWith("YAML syntax error: ", problem.Message);
        Assert.DoesNotContain("(Line:", problem.Message);
        Assert.Null(result.Batch);
    }

    [Fact]
    public void An_unknown_key_is_an_error_at_the_key() =>
        AssertOneProblem(SampleStudy.With("    name: Belgium\n", "    name: Belgium\n    capital: Brussels\n"), "capital:",
            "unknown key 'capital' in a node (allowed: id, kind, name, aliases, description, properties, quote, inferred, note)");

    [Fact]
    public void A_misspelt_source_key_is_reported_and_so_is_the_missing_source()
    {
        var text = SampleStudy.With("    quote: \"EUROCITIES, Brussels, Belgium\"\n\nrelationships:", "    quot: \"EUROCITIES, Brussels, Belgium\"\n\nrelationships:");
        var result = Read(text);
        Assert.Equal(
        [
            $"{File}:{SampleStudy.Locate(text, "id: country:be").Line}:5: error: node 'country:be' has no source: give a 'quote' from the document, or 'inferred: true' with a 'note'",
            $"{File}:{SampleStudy.Locate(text, "quot:").Line}:5: error: unknown key 'quot' in a node (allowed: id, kind, name, aliases, description, properties, quote, inferred, note)",
        ], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_quote_that_is_not_in_the_document_is_an_error_at_the_quote() =>
        AssertOneProblem(SampleStudy.With("\"with over 140 members\"", "\"with over 150 members\""), "\"with over 150 members\"",
            "the quote \"with over 150 members\" does not occur in the study's document");

    [Fact]
    public void Quotes_match_the_document_whatever_their_white_space()
    {
        var text = SampleStudy.With("    quote: \"EUROCITIES, Brussels, Belgium, is a network of major European cities\"\n",
            "    quote: >-\n      EUROCITIES, Brussels,   Belgium, is a network\n      of major European cities\n");
        var result = Read(text);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("EUROCITIES, Brussels, Belgium, is a network of major European cities", result.Batch!.Nodes[1].Sources[0].Quote);
    }

    [Fact]
    public void Without_the_document_quotes_are_not_checked()
    {
        var text = SampleStudy.With("\"with over 140 members\"", "\"with over 150 members\"");
        Assert.True(new StudyFileReader(CityNetworksModel.Instance).Read(File, text).IsValid);
    }

    [Fact]
    public void Several_errors_are_all_listed_in_file_order()
    {
        var text = SampleStudy.Valid;
        text = SampleStudy.Replace(text, "    kind: Network\n", "    kind: Netwerk\n");
        text = SampleStudy.Replace(text, "      countryCode: BE\n", "      countryCode: BE\n      mayor: Someone\n");
        text = SampleStudy.Replace(text, "    from: study:test-eurocities-announcement\n", "    from: study:unknown-study\n");
        var result = Read(text);
        var lines = result.Problems.Select(p => p.Origin!.Line).ToList();
        Assert.Equal(lines.Order(), lines);
        Assert.Contains(result.Problems, p => p.Message.StartsWith("unknown node kind 'Netwerk'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.StartsWith("City has no property 'mayor'", StringComparison.Ordinal) &&
                                              p.Origin!.Line == SampleStudy.Locate(text, "mayor:").Line);
        Assert.Contains(result.Problems, p => p.Message == "PUBLISHED_BY: 'from' names 'study:unknown-study', which is not declared in this file's nodes");
        Assert.True(result.Problems.Count >= 3);
    }

    [Fact]
    public void Several_claims_of_one_property_are_kept_each_with_its_own_source()
    {
        var text = SampleStudy.With("      memberCount: {value: 140, qualifier: more than, quote: \"with over 140 members\"}\n",
            "      memberCount:\n        - {value: 140, qualifier: more than, quote: \"with over 140 members\"}\n        - {value: 135, inferred: true, note: \"Another count\"}\n");
        var result = Read(text);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var claims = result.Batch!.Nodes[1].Claims.Where(c => c.Name == "memberCount").ToList();
        Assert.Equal([140L, 135L], claims.Select(c => c.Value));
        Assert.Equal(["more than", null], claims.Select(c => c.Qualifier));
        Assert.Equal([Certainty.Stated, Certainty.Inferred], claims.Select(c => c.Source.Certainty));
    }

    [Fact]
    public void A_bad_qualifier_is_an_error() =>
        AssertOneProblem(SampleStudy.With("qualifier: more than", "qualifier: lots"), "lots",
            "'qualifier' must be one of: exact, approximately, more than, at least, less than, at most; not 'lots'");

    [Fact]
    public void An_alias_language_must_be_a_two_letter_code() =>
        AssertOneProblem(SampleStudy.With("{name: Bruxelles, lang: fr}", "{name: Bruxelles, lang: French}"), "French",
            "'lang' must be a two-letter ISO 639-1 code in lower case, not 'French'");

    [Fact]
    public void Inferred_must_be_true_or_false()
    {
        var text = SampleStudy.With("    inferred: true\n", "    inferred: maybe\n");
        var (line, column) = SampleStudy.Locate(text, "maybe");
        Assert.Contains($"{File}:{line}:{column}: error: 'inferred' must be true or false", Read(text).Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_note_alone_is_not_a_source()
    {
        var text = SampleStudy.With("    inferred: true\n    note: \"Brussels is the capital of Belgium\"\n", "    note: \"Brussels is the capital of Belgium\"\n");
        var result = Read(text);
        var (line, column) = SampleStudy.Locate(text, "type: IN_COUNTRY");
        Assert.Equal(
        [
            $"{File}:{line}:{column}: error: a 'note' without 'inferred: true' or a 'quote' is not a source",
            $"{File}:{line}:{column}: error: IN_COUNTRY city:geonames:2800866 -> country:be has no source: give a 'quote' from the document, or 'inferred: true' with a 'note'",
        ], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_property_map_needs_a_value() =>
        AssertOneProblem(SampleStudy.With("{value: \"1986\", inferred: true, note: \"Test value\"}", "{inferred: true, note: \"Test value\"}"),
            "{inferred: true, note: \"Test value\"}", "property 'founded' has no 'value'");

    [Fact]
    public void A_file_without_a_study_block_is_an_error()
    {
        var result = Read("nodes: []\n");
        Assert.Equal($"{File}:1:1: error: the file has no 'study' block describing the document", Assert.Single(result.Problems).ToString());
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("# only a comment\n", "the file is empty")]
    [InlineData("study: {}\n---\nstudy: {}\n", "the file must hold one YAML document")]
    public void A_file_must_hold_one_document(string text, string message) =>
        Assert.Equal($"{File}:1:1: error: {message}", Assert.Single(Read(text).Problems).ToString());

    [Fact]
    public void The_file_must_be_a_mapping() =>
        Assert.Equal($"{File}:1:1: error: the file must be a mapping (key: value lines)", Assert.Single(Read("- study\n").Problems).ToString());

    [Fact]
    public void Nodes_must_be_a_list() =>
        AssertOneProblem(SampleStudy.Valid[..SampleStudy.Valid.IndexOf("nodes:", StringComparison.Ordinal)] + "nodes: network:eurocities\n",
            "network:eurocities", "'nodes' must be a list");

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        var result = Reader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".yaml"));
        Assert.StartsWith("cannot read the file", Assert.Single(result.Problems).Message);
        Assert.Equal(1, result.Problems[0].Origin!.Line);
    }
}
