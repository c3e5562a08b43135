using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void Overlapping_object_interface_and_union_spreads_are_valid()
    {
        ExpectValid(Rule, "{ pet { ... on Dog { name } ...C } catOrDog { ... on Pet { name } } being { ... on Intelligent { iq } } } fragment C on CatOrDog { __typename }");
    }

    [Fact]
    public void Disjoint_spreads_are_reported_at_the_spread()
    {
        var errors = ExpectErrors(Rule, "{ dog { ... on Cat { name } ...H } } fragment H on HumanOrAlien { __typename }", (1, 9), (1, 29));
        Assert.Equal("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", errors[0].Message);
        Assert.Equal("Fragment \"H\" cannot be spread here as objects of type \"Dog\" can never be of type \"HumanOrAlien\".", errors[1].Message);
    }

    [Fact]
    public void Unknown_fragments_and_unknown_types_are_left_to_other_rules()
    {
        ExpectValid(Rule, "{ dog { ...Missing ... on Nope { x } ...N } } fragment N on Nope { x }");
    }
}
