using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>Runs graphql-js once over the whole corpus and keeps its answers for the test class.</summary>
public sealed class ReferenceResultsFixture
{
    private readonly Lazy<IReadOnlyList<GraphQLJsReference.ReferenceResult>> _results = new(() =>
        GraphQLJsReference.Run(DifferentialCorpus.Cases.Select(c => (DifferentialCorpus.Schema, c.Query)).ToList()));

    /// <summary>The reference answer for each case, by index.</summary>
    public IReadOnlyList<GraphQLJsReference.ReferenceResult> Results => _results.Value;
}

/// <summary>
/// Differential tests against graphql-js 16: for every corpus case the verdict (syntax error / validation
/// errors / valid) and the locations of the errors must equal the reference's (messages may differ).
/// </summary>
public sealed class DifferentialTests(ReferenceResultsFixture reference) : IClassFixture<ReferenceResultsFixture>
{
    private static readonly Schema TestSchema = SdlSchemaBuilder.Build(DifferentialCorpus.Schema);

    public static TheoryData<int> AllCases => DifferentialCorpus.Indexes();

    [DifferentialFact]
    public void The_schema_and_every_base_document_are_valid_for_the_reference()
    {
        for (int i = 0; i < DifferentialCorpus.ValidDocuments.Count; i++)
        {
            var result = reference.Results[i];
            Assert.True(result.Kind == "validation" && result.Errors.Count == 0,
                $"base document {i} is not valid for graphql-js: {string.Join(" | ", result.Errors.Select(e => e.Message))}");
        }
    }

    [DifferentialFact]
    public void The_corpus_is_large_and_varied()
    {
        var results = reference.Results;
        Assert.True(DifferentialCorpus.Cases.Count >= 300, $"only {DifferentialCorpus.Cases.Count} cases");
        Assert.True(results.Count(r => r.Kind == "syntax") >= 50);
        Assert.True(results.Count(r => r.Kind == "validation" && r.Errors.Count > 0) >= 150);
    }

    [DifferentialTheory]
    [MemberData(nameof(AllCases), DisableDiscoveryEnumeration = false)]
    public void Case_matches_graphql_js(int index)
    {
        var c = DifferentialCorpus.Cases[index];
        var expected = reference.Results[index];
        Assert.NotEqual("schema", expected.Kind);

        DocumentNode document;
        try
        {
            document = Parser.Parse(c.Query);
        }
        catch (GraphQLSyntaxException e)
        {
            var location = expected.Errors.Count > 0 && expected.Errors[0].Locations.Count > 0 ? expected.Errors[0].Locations[0] : default;
            Assert.True(expected.Kind == "syntax" && location == (e.Line, e.Column),
                $"{c}:\n{c.Query}\nwe: syntax error at {e.Line}:{e.Column} ({e.Message})\ngraphql-js: {Describe(expected)}");
            return;
        }

        Assert.True(expected.Kind == "validation", $"{c}:\n{c.Query}\nwe: parsed\ngraphql-js: {Describe(expected)}");
        var errors = DocumentValidator.Validate(TestSchema, document);
        if (DifferentialCorpus.KnownDivergences.TryGetValue(c.Name, out var reason))
        {
            Assert.True(expected.Errors.Count == 0 && errors.Count > 0,
                $"{c}: the documented divergence ({reason}) no longer holds:\ngraphql-js: {Describe(expected)}\nwe: {string.Join(" | ", errors.Select(e => e.Message))}");
            return;
        }
        var want = expected.Errors.Select(e => Format(e.Locations)).Order(StringComparer.Ordinal).ToList();
        var got = errors.Select(e => Format(e.Locations.Select(l => (l.Line, l.Column)).ToList())).Order(StringComparer.Ordinal).ToList();
        Assert.True(want.SequenceEqual(got),
            $"{c}:\n{c.Query}\ngraphql-js: {Describe(expected)}\nwe: [{string.Join("; ", got)}] {string.Join(" | ", errors.Select(e => e.Message))}");
    }

    private static string Describe(GraphQLJsReference.ReferenceResult result) =>
        $"{result.Kind} [{string.Join("; ", result.Errors.Select(e => Format(e.Locations)).Order(StringComparer.Ordinal))}] {string.Join(" | ", result.Errors.Select(e => e.Message))}";

    private static string Format(IReadOnlyList<(int Line, int Column)> locations) =>
        string.Join(",", locations.Select(l => $"{l.Line}:{l.Column}"));
}
