using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void Meta_fields_are_known_where_the_spec_allows_them()
    {
        ExpectValid(Rule, "{ __typename __schema { queryType { name } } __type(name: \"Dog\") { name } dog { __typename } catOrDog { __typename } }");
    }

    [Fact]
    public void Schema_meta_fields_are_unknown_below_the_query_root()
    {
        ExpectErrors(Rule, "{ dog { __schema { queryType { name } } } }", (1, 9));
    }

    [Fact]
    public void Misspelled_fields_get_field_suggestions()
    {
        var errors = ExpectErrors(Rule, "{ dog { nmae } }", (1, 9));
        Assert.Equal("Cannot query field \"nmae\" on type \"Dog\". Did you mean \"name\"?", errors[0].Message);
    }

    [Fact]
    public void Fields_of_possible_types_on_an_abstract_type_suggest_inline_fragments()
    {
        var errors = ExpectErrors(Rule, "{ pet { meows } }", (1, 9));
        Assert.Equal("Cannot query field \"meows\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\"?", errors[0].Message);
    }

    [Fact]
    public void Children_of_unknown_fields_are_not_reported()
    {
        ExpectErrors(Rule, "{ unknown { alsoUnknown } }", (1, 3));
    }
}
