using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void A_single_anonymous_operation_with_fragments_is_valid()
    {
        ExpectValid(Rule, "{ dog { ...D } } fragment D on Dog { name }");
    }

    [Fact]
    public void Each_anonymous_operation_is_reported_when_there_are_several_operations()
    {
        var errors = ExpectErrors(Rule, "{ dog { name } } query Q { cat { name } } subscription { newMessage { body } }", (1, 1), (1, 43));
        Assert.Equal("This anonymous operation must be the only defined operation.", errors[0].Message);
    }
}
