using KnowledgeGraph.GraphQL.Validation.Rules;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    private static void Valid(string query) => RuleHarness.ExpectValidWith(InputRulesSchema.Schema, Rule, query);

    private static IReadOnlyList<GraphQLError> Errors(string query, params (int Line, int Column)[] locations) =>
        RuleHarness.ExpectErrorsWith(InputRulesSchema.Schema, Rule, query, locations);

    [Fact]
    public void A_nullable_variable_with_a_default_may_flow_into_a_non_null_argument()
    {
        Valid("query Q($i: Int = 3) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }");
    }

    [Fact]
    public void A_null_default_does_not_make_the_variable_non_null()
    {
        var errors = Errors("query Q($i: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }", (1, 9), (1, 79));
        Assert.Equal("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", errors[0].Message);
    }

    [Fact]
    public void A_non_null_argument_with_a_default_accepts_a_nullable_variable()
    {
        Valid("query Q($i: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $i) } }");
    }

    [Fact]
    public void An_input_field_with_a_default_accepts_a_nullable_variable()
    {
        // ComplexInput.nonNullField is Boolean! = false.
        Valid("query Q($b: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: $b }) } }");
    }

    [Fact]
    public void A_required_input_field_rejects_a_nullable_variable()
    {
        Errors("query Q($b: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: $b }) } }", (1, 9), (1, 87));
    }

    [Fact]
    public void List_items_are_positions_too()
    {
        Valid("query Q($s: String!) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$s]) } }");
        Errors("query Q($s: String) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$s]) } }", (1, 9), (1, 90));
    }

    [Fact]
    public void Usages_in_fragments_are_checked_per_operation()
    {
        const string query = """
            query A($i: Int!) { complicatedArgs { ...F } }
            query B($i: Int) { complicatedArgs { ...F } }
            fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
            """;
        Errors(query, (2, 9), (3, 67));
    }

    [Fact]
    public void Undefined_variables_are_left_to_another_rule()
    {
        Valid("query Q { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }");
    }

    // ---- @oneOf ----

    [Fact]
    public void OneOf_fields_accept_non_null_variables()
    {
        Valid("query Q($s: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }");
    }

    [Fact]
    public void OneOf_fields_reject_nullable_variables_even_with_a_default()
    {
        var errors = Errors("query Q($s: String = \"x\") { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }", (1, 9), (1, 86));
        Assert.Equal("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", errors[0].Message);
    }

    [Fact]
    public void OneOf_fields_reached_through_a_fragment_are_checked()
    {
        const string query = """
            query Q($i: Int) { complicatedArgs { ...F } }
            fragment F on ComplicatedArgs { oneOfArgField(oneOfArg: { intField: $i }) }
            """;
        Errors(query, (1, 9), (2, 69));
    }

    [Fact]
    public void A_nullable_variable_for_a_whole_oneOf_argument_is_allowed()
    {
        Valid("query Q($o: OneOfInput) { complicatedArgs { oneOfArgField(oneOfArg: $o) } }");
    }
}
