using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void Operations_of_different_kinds_must_not_share_a_name()
    {
        var errors = ExpectErrors(Rule, "query A { dog { name } } subscription A { newMessage { body } }", (1, 7), (1, 39));
        Assert.Equal("There can be only one operation named \"A\".", errors[0].Message);
    }

    [Fact]
    public void Anonymous_operations_and_fragments_do_not_count()
    {
        ExpectValid(Rule, "{ dog { name } } { cat { name } } query A { dog { ...A } } fragment A on Dog { name }");
    }
}
