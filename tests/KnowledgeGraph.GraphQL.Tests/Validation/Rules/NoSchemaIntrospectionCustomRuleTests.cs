using KnowledgeGraph.GraphQL.Validation.Rules.Optional;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoSchemaIntrospectionCustomRuleTests
{
    private static readonly NoSchemaIntrospectionCustomRule Rule = new();

    [Fact]
    public void Typename_is_allowed_everywhere()
    {
        ExpectValid(Rule, "{ __typename dog { __typename name } }");
    }

    [Fact]
    public void Type_lookups_are_reported_at_the_field_and_below()
    {
        ExpectErrors(Rule, "{ __type(name: \"Dog\") { name fields { name } } }", (1, 3), (1, 30));
    }
}
