using System.Text;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void A_self_spread_is_reported_once_at_the_spread()
    {
        var errors = ExpectErrors(Rule, "fragment A on Dog { mother { ...A } }", (1, 30));
        Assert.Equal("Cannot spread fragment \"A\" within itself.", errors[0].Message);
    }

    [Fact]
    public void A_cycle_through_other_fragments_names_them_and_locates_every_spread()
    {
        var errors = ExpectErrors(Rule, "fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...A }",
            (1, 21), (1, 48), (1, 75));
        Assert.Equal("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", errors[0].Message);
    }

    [Fact]
    public void Spreads_of_unknown_fragments_and_diamonds_are_not_cycles()
    {
        ExpectValid(Rule, "fragment A on Dog { ...B ...C ...Missing } fragment B on Dog { ...D } fragment C on Dog { ...D } fragment D on Dog { name }");
    }

    [Fact]
    public void A_long_chain_closing_into_a_cycle_does_not_overflow_and_is_reported_once()
    {
        const int n = 20_000;
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            sb.Append($"fragment F{i} on Dog {{ ...F{(i + 1) % n} }}\n");
        }

        var errors = DocumentValidator.Validate(TestSchema, Parser.Parse(sb.ToString(), ParserOptions.Trusted), [Rule]);
        var error = Assert.Single(errors);
        Assert.Equal(n, error.Locations.Count);
    }

    [Fact]
    public void Densely_shared_fragments_are_searched_in_linear_time()
    {
        // Every fragment spreads all later ones: exponentially many paths, but each fragment is searched once.
        const int n = 300;
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            sb.Append($"fragment F{i} on Dog {{ name");
            for (int j = i + 1; j < n; j++)
            {
                sb.Append($" ...F{j}");
            }

            sb.Append(" }\n");
        }

        var document = Parser.Parse(sb.ToString(), ParserOptions.Trusted);
        // Its cost is measured in bench/ (HostileInputBenchmarks: growth with n, as a ratio), not bounded here.
        Assert.Empty(DocumentValidator.Validate(TestSchema, document, [Rule]));
    }
}
