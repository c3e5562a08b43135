using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void Distinct_fragment_names_are_valid_even_when_an_operation_shares_a_name()
    {
        ExpectValid(Rule, "query F { dog { ...F } } fragment F on Dog { name } fragment G on Dog { name }");
    }

    [Fact]
    public void Every_duplicate_is_reported_with_the_first_definition()
    {
        var errors = ExpectErrors(Rule, "fragment F on Dog { name } fragment F on Cat { name } fragment F on Pet { name }",
            (1, 10), (1, 37), (1, 10), (1, 64));
        Assert.Equal("There can be only one fragment named \"F\".", errors[0].Message);
    }
}
