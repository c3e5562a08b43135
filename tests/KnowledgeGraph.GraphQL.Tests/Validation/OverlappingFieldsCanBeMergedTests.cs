using System.Text;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// Field selection merging beyond the shared conformance cases: pathological documents must terminate
/// quickly (the rule memoises fragment comparisons), and a few behaviours specific to this engine.
/// Timings are not asserted; a hang would trip the per-test timeout.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedTests
{
    private const string Sdl = """
        type Query { t: T, a: String, b: String, list: [T] }
        type T { a: String, b: String, c(arg: Int, obj: In): String, t: T, u: U }
        type U { a: String, b: Int }
        input In { x: Int, y: Int }
        """;

    private static readonly Schema TestSchema = SdlSchemaBuilder.Build(Sdl);

    private static IReadOnlyList<GraphQLError> Validate(string query) =>
        DocumentValidator.Validate(TestSchema, Parser.Parse(query, ParserOptions.Trusted), [new OverlappingFieldsCanBeMergedRule()]);

    [Fact(Timeout = 20_000)]
    public async Task Hundred_fragments_each_spreading_the_previous_twice_terminate_without_errors()
    {
        await Task.Yield();
        var sb = new StringBuilder("{ t { ...F99 ...F99 x: a } }\nfragment F0 on T { x: a t { a } }\n");
        for (int i = 1; i < 100; i++)
        {
            sb.Append($"fragment F{i} on T {{ x: a t {{ ...F{i - 1} }} ...F{i - 1} ...F{i - 1} }}\n");
        }

        Assert.Empty(Validate(sb.ToString()));
    }

    [Fact(Timeout = 20_000)]
    public async Task Fibonacci_fragment_spreads_terminate_and_still_find_a_deep_conflict()
    {
        await Task.Yield();
        // Fn spreads F(n-1) and F(n-2): without memoisation the number of paths grows exponentially.
        var sb = new StringBuilder("{ t { ...F80 ...G } }\nfragment G on T { x: b }\nfragment F0 on T { x: a }\nfragment F1 on T { x: a }\n");
        for (int i = 2; i <= 80; i++)
        {
            sb.Append($"fragment F{i} on T {{ ...F{i - 1} t {{ ...F{i - 2} }} ...F{i - 2} }}\n");
        }

        var errors = Validate(sb.ToString());
        Assert.Contains(errors, e => e.Message.StartsWith("Fields \"x\" conflict because \"a\" and \"b\" are different fields", StringComparison.Ordinal));
    }

    [Fact(Timeout = 20_000)]
    public async Task Two_thousand_identical_sibling_fields_are_valid()
    {
        await Task.Yield();
        var query = "{ t { " + string.Concat(Enumerable.Repeat("a ", 2000)) + "} }";
        Assert.Empty(Validate(query));
    }

    [Fact(Timeout = 20_000)]
    public async Task Two_thousand_conflicting_siblings_terminate_with_errors()
    {
        await Task.Yield();
        var query = "{ t { " + string.Concat(Enumerable.Range(0, 2000).Select(i => i % 2 == 0 ? "x: a " : "x: b ")) + "} }";
        var errors = Validate(query);
        Assert.NotEmpty(errors);
        Assert.True(errors.Count <= 101);
    }

    [Fact(Timeout = 20_000)]
    public async Task Many_identical_sub_selected_siblings_terminate()
    {
        await Task.Yield();
        // Quadratic pairs with sub-selections: either validated or stopped by the work budget, never a hang.
        var query = "{ t { " + string.Concat(Enumerable.Repeat("x: t { a b u { a } } ", 2000)) + "} }";
        var errors = Validate(query);
        Assert.True(errors.Count == 0 || errors[0].Message.StartsWith("Validation aborted", StringComparison.Ordinal));
    }

    [Fact(Timeout = 20_000)]
    public async Task Long_fragment_chain_terminates()
    {
        await Task.Yield();
        var sb = new StringBuilder("{ t { ...F0 ...G0 } }\n");
        for (int i = 0; i < 3000; i++)
        {
            sb.Append($"fragment F{i} on T {{ t {{ a ...F{i + 1} }} }}\nfragment G{i} on T {{ t {{ a ...G{i + 1} }} }}\n");
        }

        sb.Append("fragment F3000 on T { x: a }\nfragment G3000 on T { x: b }\n");
        var errors = Validate(sb.ToString());
        // Either the deep conflict is found or the rule gives up cleanly (stack guard); it must not crash.
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Object_arguments_compare_regardless_of_field_order_but_not_of_values()
    {
        Assert.Empty(Validate("{ t { c(obj: { x: 1, y: 2 }) c(obj: { y: 2, x: 1 }) } }"));
        var errors = Validate("{ t { c(obj: { x: 1, y: 2 }) c(obj: { x: 2, y: 1 }) } }");
        var error = Assert.Single(errors);
        Assert.Contains("differing arguments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_and_literals_are_different_arguments()
    {
        var errors = Validate("query ($v: Int) { t { c(arg: $v) c(arg: 1) } }");
        Assert.Single(errors);
    }

    [Fact]
    public void Conflicts_inside_inline_fragments_are_reported_once()
    {
        var errors = Validate("{ t { ... on T { x: a x: b } } }");
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Locations.Count);
    }

    [Fact]
    public void Nested_conflict_lists_every_involved_field()
    {
        var errors = Validate("{ t { u { a } } t { u { a: b } } }");
        var error = Assert.Single(errors);
        Assert.Equal(
            "Fields \"t\" conflict because subfields \"u\" conflict because subfields \"a\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            error.Message);
        Assert.Equal(6, error.Locations.Count);
    }
}
