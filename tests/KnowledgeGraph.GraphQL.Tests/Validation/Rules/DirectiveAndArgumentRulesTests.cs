using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

/// <summary>Directive and argument rules beyond the shared conformance cases.</summary>
public sealed class DirectiveAndArgumentRulesTests
{
    private static void Valid(IValidationRule rule, string query) => RuleHarness.ExpectValidWith(InputRulesSchema.Schema, rule, query);

    private static IReadOnlyList<GraphQLError> Errors(IValidationRule rule, string query, params (int Line, int Column)[] locations) =>
        RuleHarness.ExpectErrorsWith(InputRulesSchema.Schema, rule, query, locations);

    [Fact]
    public void Repeatable_directives_may_repeat_and_others_may_not()
    {
        var rule = new UniqueDirectivesPerLocationRule();
        Valid(rule, "{ dog @tag(name: \"a\") @tag(name: \"b\") { name } }");
        // "{ dog " is 6 characters: the first @once is at 7, the second at 14.
        var errors = Errors(rule, "{ dog @once @once { name } }", (1, 7), (1, 13));
        Assert.Equal("The directive \"@once\" can only be used once at this location.", errors[0].Message);
    }

    [Fact]
    public void Directives_defined_in_the_document_decide_repeatability_for_type_definitions()
    {
        var rule = new UniqueDirectivesPerLocationRule();
        const string sdl = """
            directive @single on OBJECT
            directive @many repeatable on OBJECT
            type T @single @many @many { f: String }
            extend type T @single
            """;
        Errors(rule, sdl, (3, 8), (4, 15));
    }

    [Fact]
    public void Known_directives_cover_every_executable_location()
    {
        var rule = new KnownDirectivesRule();
        Valid(rule, "query Q($v: Int @onVariableDefinition) @onQuery @once { dog @onField { name } ... @tag(name: \"x\") { dog { name } } }");
        var errors = Errors(rule, "query Q @onField { dog @onQuery { name } }", (1, 9), (1, 24));
        Assert.Equal("Directive \"@onField\" may not be used on QUERY.", errors[0].Message);
        Assert.Equal("Directive \"@onQuery\" may not be used on FIELD.", errors[1].Message);
    }

    [Fact]
    public void Known_directives_tell_arguments_from_input_fields_in_sdl()
    {
        var rule = new KnownDirectivesRule();
        const string sdl = """
            directive @arg on ARGUMENT_DEFINITION
            type T { f(a: Int @arg): String }
            input I { a: Int @arg }
            """;
        var errors = Errors(rule, sdl, (3, 18));
        Assert.Equal("Directive \"@arg\" may not be used on INPUT_FIELD_DEFINITION.", errors[0].Message);
    }

    [Fact]
    public void Required_directive_arguments_must_be_provided()
    {
        var rule = new ProvidedRequiredArgumentsRule();
        Valid(rule, "{ dog @tag(name: \"x\") { name } }");
        var errors = Errors(rule, "{ dog @tag(weight: 2) { name } }", (1, 7));
        Assert.Equal("Directive \"@tag\" argument \"name\" of type \"String!\" is required, but it was not provided.", errors[0].Message);
    }

    [Fact]
    public void Non_null_arguments_with_a_default_are_optional()
    {
        Valid(new ProvidedRequiredArgumentsRule(), "{ complicatedArgs { nonNullFieldWithDefault } }");
    }

    [Fact]
    public void Unknown_arguments_are_reported_on_fields_and_directives_but_not_on_unknown_ones()
    {
        var rule = new KnownArgumentNamesRule();
        Valid(rule, "{ unknownField(x: 1) dog @unknown(y: 2) { name } }");
        var errors = Errors(rule, "{ dog @tag(name: \"a\", color: 1) { isHouseTrained(inside: true) } }", (1, 23), (1, 50));
        Assert.Equal("Unknown argument \"color\" on directive \"@tag\".", errors[0].Message);
        Assert.Equal("Unknown argument \"inside\" on field \"Dog.isHouseTrained\".", errors[1].Message);
    }

    [Fact]
    public void Duplicate_arguments_are_reported_once_per_name()
    {
        var rule = new UniqueArgumentNamesRule();
        var errors = Errors(rule, "{ dog @tag(name: \"a\", name: \"b\") { name } }", (1, 12), (1, 23));
        Assert.Single(errors);
    }
}
