using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void Fragments_used_transitively_and_from_any_operation_are_valid()
    {
        ExpectValid(Rule, "query A { dog { ...X } } query B { cat { ...Z } } fragment X on Dog { ...Y } fragment Y on Dog { name } fragment Z on Cat { name }");
    }

    [Fact]
    public void Fragments_only_used_by_unused_fragments_are_reported()
    {
        var errors = ExpectErrors(Rule, "{ dog { name } } fragment X on Dog { ...Y } fragment Y on Dog { ...X }", (1, 18), (1, 45));
        Assert.Equal("Fragment \"X\" is never used.", errors[0].Message);
    }

    [Fact]
    public void A_document_of_fragments_only_reports_all_of_them()
    {
        ExpectErrors(Rule, "fragment X on Dog { name }", (1, 1));
    }
}
