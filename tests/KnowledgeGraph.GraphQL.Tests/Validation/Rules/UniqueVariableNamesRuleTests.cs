using KnowledgeGraph.GraphQL.Validation.Rules;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    private static void Valid(string query) => RuleHarness.ExpectValidWith(InputRulesSchema.Schema, Rule, query);

    private static IReadOnlyList<GraphQLError> Errors(string query, params (int Line, int Column)[] locations) =>
        RuleHarness.ExpectErrorsWith(InputRulesSchema.Schema, Rule, query, locations);

    [Fact]
    public void Distinct_names_are_valid()
    {
        Valid("query Q($a: Int, $b: Int, $c: String) { dog { name } }");
    }

    [Fact]
    public void The_same_name_in_different_operations_is_valid()
    {
        Valid("query A($x: Int) { dog { name } }\nquery B($x: String) { dog { name } }");
    }

    [Fact]
    public void Operations_without_variables_and_fragments_are_valid()
    {
        Valid("{ dog { ...F } }\nfragment F on Dog { name }");
    }

    [Fact]
    public void A_duplicate_is_reported_once_at_every_definition()
    {
        var errors = Errors("query Q($a: Int, $a: Int) { dog { name } }", (1, 10), (1, 19));
        Assert.Equal("There can be only one variable named \"$a\".", errors[0].Message);
        Assert.Equal([(1, 10), (1, 19)], errors[0].Locations.Select(l => (l.Line, l.Column)));
    }

    [Fact]
    public void Duplicates_are_reported_per_name_in_order_of_first_definition()
    {
        var errors = Errors("query Q($b: Int, $a: Int, $b: Int, $a: ID, $b: ID) { dog { name } }", (1, 10), (1, 28), (1, 45), (1, 19), (1, 37));
        Assert.Equal(3, errors[0].Locations.Count);
        Assert.Equal(2, errors[1].Locations.Count);
    }

    [Fact]
    public void Names_differing_only_in_case_are_distinct()
    {
        Valid("query Q($a: Int, $A: Int) { dog { name } }");
    }
}
