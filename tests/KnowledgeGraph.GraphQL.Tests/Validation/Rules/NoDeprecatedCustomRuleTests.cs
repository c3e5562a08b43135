using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules.Optional;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class NoDeprecatedCustomRuleTests
{
    private static readonly NoDeprecatedCustomRule Rule = new();

    [Fact]
    public void Optional_rules_are_not_run_by_default()
    {
        Assert.DoesNotContain(SpecifiedRules.All, r => r is NoDeprecatedCustomRule or NoSchemaIntrospectionCustomRule or MaxIntrospectionDepthRule);
    }

    [Fact]
    public void Deprecated_fields_and_input_fields_are_reported()
    {
        var errors = ExpectErrors(Rule, "{ dog { oldName } complex(input: { requiredField: true, oldField: \"x\" }) }", (1, 9), (1, 57));
        Assert.Equal("The field Dog.oldName is deprecated. Use name.", errors[0].Message);
        Assert.Equal("The input field ComplexInput.oldField is deprecated. Gone.", errors[1].Message);
    }

    [Fact]
    public void Deprecated_field_and_directive_arguments_and_enum_values_in_lists_are_reported()
    {
        var schema = SdlSchemaBuilder.Build("""
            directive @d(old: Int @deprecated(reason: "R1."), now: Int) on FIELD
            enum E { A B @deprecated(reason: "R2.") }
            type Query { f(old: Int @deprecated(reason: "R3."), list: [E]): String }
            """);
        var errors = ExpectErrorsWith(schema, Rule, "{ f(old: 1, list: [A, B]) @d(old: 2, now: 3) }", (1, 5), (1, 23), (1, 30));
        Assert.Equal("Field \"Query.f\" argument \"old\" is deprecated. R3.", errors[0].Message);
        Assert.Equal("The enum value \"E.B\" is deprecated. R2.", errors[1].Message);
        Assert.Equal("Directive \"@d\" argument \"old\" is deprecated. R1.", errors[2].Message);
    }
}
