using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.RuleHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void Known_types_in_variables_and_type_conditions_are_valid()
    {
        ExpectValid(Rule, "query Q($a: [ID!]!, $b: ComplexInput, $c: __TypeKind) { pet { ... on Dog { name } ...C } } fragment C on Cat { name }");
    }

    [Fact]
    public void Unknown_types_are_reported_at_the_named_type_inside_wrappers()
    {
        var errors = ExpectErrors(Rule, "query Q($a: [Dgo!]!) { pet { ... on Bog { name } } }", (1, 14), (1, 37));
        Assert.StartsWith("Unknown type \"Dgo\".", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("\"Dog\"", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fragment_type_conditions_are_reported()
    {
        ExpectErrors(Rule, "fragment F on Nope { name }", (1, 15));
    }

    [Fact]
    public void Type_names_are_case_sensitive()
    {
        ExpectErrors(Rule, "query Q($a: string) { dog { name } }", (1, 13));
    }

    [Fact]
    public void Built_in_scalars_the_schema_never_uses_are_unknown_but_string_and_boolean_always_exist()
    {
        var schema = SdlSchemaBuilder.Build("type Query { a: Int }");
        ExpectValidWith(schema, Rule, "query Q($a: Int, $b: String, $c: Boolean) { a }");
        ExpectErrorsWith(schema, Rule, "query Q($a: Float, $b: ID) { a }", (1, 13), (1, 24));
    }

    [Fact]
    public void Inline_fragments_without_type_condition_need_no_check()
    {
        ExpectValid(Rule, "{ ... { dog { name } } }");
    }

    [Fact]
    public void Types_defined_by_the_document_and_standard_types_in_type_definitions_are_known()
    {
        ExpectValid(Rule, "type Local { a: String, b: Local } extend type Query { local: Local, n: Float }");
        ExpectErrors(Rule, "type Local { a: Missing }", (1, 17));
    }
}
