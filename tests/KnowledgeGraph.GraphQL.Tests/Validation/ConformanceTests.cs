using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// Runs every case of the reference implementation's validation tests: the named rule alone, on the case's
/// schema and document; the verdict and the error locations must match (message wording may differ).
/// </summary>
public sealed class ConformanceTests
{
    private static readonly Dictionary<string, Type> RuleTypes = typeof(IValidationRule).Assembly.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && typeof(IValidationRule).IsAssignableFrom(t))
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static TheoryData<int> AllCases => ConformanceCases.Indexes(null);

    [ConformanceTheory]
    [MemberData(nameof(AllCases), DisableDiscoveryEnumeration = false)]
    public void Case_matches_the_reference_implementation(int index)
    {
        var c = ConformanceCases.Cases[index];
        Assert.True(RuleTypes.TryGetValue(c.Rule, out var ruleType), $"no rule class named {c.Rule}");
        var rule = (IValidationRule)Activator.CreateInstance(ruleType!)!;
        var schema = SdlSchemaBuilder.Build(c.Schema, ProgrammaticScalars());
        var document = Parser.Parse(c.Query);

        var errors = DocumentValidator.Validate(schema, document, [rule]);

        var expected = c.Expected.Select(e => Format(e.Locations)).Order(StringComparer.Ordinal).ToList();
        var actual = errors.Select(e => Format(e.Locations.Select(l => (l.Line, l.Column)).ToList())).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"{c.Rule} on:\n{c.Query}\nexpected errors at [{string.Join("; ", expected)}] ({string.Join(" | ", c.Expected.Select(e => e.Message))})\n" +
            $"got [{string.Join("; ", actual)}] ({string.Join(" | ", errors.Select(e => e.Message))})");
    }

    /// <summary>
    /// Scalar behaviour the reference tests set in code and the SDL cannot express: their
    /// <c>CustomScalar</c> rejects every literal (its parser returns "invalid").
    /// </summary>
    private static ScalarType[] ProgrammaticScalars() =>
    [
        new("CustomScalar")
        {
            LiteralParser = literal => throw new GraphQLCoercionException($"Expected value of type \"CustomScalar\", found {AstPrinter.Print(literal)}."),
        },
    ];

    private static string Format(IReadOnlyList<(int Line, int Column)> locations) =>
        string.Join(",", locations.Select(l => $"{l.Line}:{l.Column}"));
}
