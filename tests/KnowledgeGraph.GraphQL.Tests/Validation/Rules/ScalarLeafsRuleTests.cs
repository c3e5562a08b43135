using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void Leaf_fields_without_selections_and_composite_fields_with_them_are_valid()
    {
        ExpectValid(Rule, "{ dog { name barks mother { name } } human { pets { name } relatives { name } } }");
    }

    [Fact]
    public void Wrapped_types_are_printed_in_messages()
    {
        var errors = ExpectErrors(Rule, "{ human { relatives } }", (1, 11));
        Assert.Equal("Field \"relatives\" of type \"[Human!]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", errors[0].Message);
    }

    [Fact]
    public void Unions_need_selections_and_enums_must_not_have_them()
    {
        ExpectErrors(Rule, "{ catOrDog cat { furColor { x } } }", (1, 3), (1, 27));
    }
}
