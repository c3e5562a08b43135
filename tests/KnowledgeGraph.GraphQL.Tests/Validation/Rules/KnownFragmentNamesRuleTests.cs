using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void Spreads_of_defined_fragments_are_valid_wherever_they_appear()
    {
        ExpectValid(Rule, "{ dog { ...D ... on Dog { ...D } } } fragment D on Dog { name ...E } fragment E on Dog { barks }");
    }

    [Fact]
    public void Fragment_names_are_case_sensitive()
    {
        var errors = ExpectErrors(Rule, "{ dog { ...d } } fragment D on Dog { name }", (1, 12));
        Assert.Equal("Unknown fragment \"d\".", errors[0].Message);
    }

    [Fact]
    public void Each_unknown_spread_is_reported_at_its_name_even_when_repeated()
    {
        ExpectErrors(Rule, "{ dog { ...Missing ...Missing } }", (1, 12), (1, 23));
    }

    [Fact]
    public void Unknown_spreads_inside_fragments_and_directives_on_spreads_are_checked()
    {
        ExpectErrors(Rule, "{ dog { ...A } } fragment A on Dog { ...B @include(if: true) }", (1, 41));
    }

    [Fact]
    public void Documents_without_spreads_are_valid()
    {
        ExpectValid(Rule, "query Q($v: Int) { complex(count: $v) }");
    }
}
