using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void Object_interface_union_and_unknown_conditions_are_left_alone()
    {
        ExpectValid(Rule, "fragment A on Dog { name } fragment B on Pet { name } fragment C on CatOrDog { __typename } fragment D on Nope { x } { ... on Dog { name } ... { dog { name } } }");
    }

    [Fact]
    public void Scalar_enum_and_input_conditions_are_reported_at_the_type_condition()
    {
        ExpectErrors(Rule, "fragment A on FurColor { x } fragment B on ComplexInput { x } { ... on String { x } }", (1, 15), (1, 44), (1, 72));
    }
}
