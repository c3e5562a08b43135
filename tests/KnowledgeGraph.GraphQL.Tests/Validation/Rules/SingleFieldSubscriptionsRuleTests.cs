using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void One_root_field_selected_several_times_under_one_response_key_is_valid()
    {
        ExpectValid(Rule, "subscription S { newMessage { body } ... on Subscription { newMessage { sender } } }");
    }

    [Fact]
    public void Fragments_that_cannot_apply_to_the_subscription_root_are_not_collected()
    {
        ExpectValid(Rule, "subscription S { newMessage { body } ...OnDog } fragment OnDog on Dog { name }");
    }

    [Fact]
    public void Aliases_make_distinct_root_fields()
    {
        var errors = ExpectErrors(Rule, "subscription S { a: newMessage { body } b: newMessage { body } }", (1, 41));
        Assert.Equal("Subscription \"S\" must select only one top level field.", errors[0].Message);
    }

    [Fact]
    public void Skip_and_include_are_forbidden_on_the_root_selections_including_through_fragments()
    {
        var errors = ExpectErrors(Rule,
            "subscription S { newMessage @skip(if: $x) { body } ...F } fragment F on Subscription { newMessage @include(if: true) { body } }",
            (1, 29), (1, 99));
        Assert.Contains("@skip", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_and_include_below_the_root_field_are_fine()
    {
        ExpectValid(Rule, "subscription S { newMessage { body @skip(if: true) sender @include(if: $v) } }");
    }

    [Fact]
    public void Queries_and_mutations_are_not_checked()
    {
        ExpectValid(Rule, "query Q { dog { name } cat { name } __typename }");
    }

    [Fact]
    public void Without_a_subscription_root_there_is_nothing_to_check()
    {
        var schema = SdlSchemaBuilder.Build("type Query { a: String }");
        ExpectValidWith(schema, Rule, "subscription { a b __typename }");
    }
}
