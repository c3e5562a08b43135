using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation.Rules;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    private static void Valid(string query) => RuleHarness.ExpectValidWith(InputRulesSchema.Schema, Rule, query);

    private static IReadOnlyList<GraphQLError> Errors(string query, params (int Line, int Column)[] locations) =>
        RuleHarness.ExpectErrorsWith(InputRulesSchema.Schema, Rule, query, locations);

    // Every query below starts with this prefix, so argument values start at column 20 + argument text.
    private static string Args(string field, string args) => $"{{ complicatedArgs {{ {field}({args}) }} }}";

    [Theory]
    [InlineData("2147483647")]
    [InlineData("-2147483648")]
    [InlineData("0")]
    public void Int_accepts_32_bit_integers(string literal)
    {
        Valid(Args("intArgField", "intArg: " + literal));
    }

    [Theory]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("-2147483649", "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("1e3", "Int cannot represent non-integer value: 1e3")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("true", "Int cannot represent non-integer value: true")]
    public void Int_rejects_other_literals(string literal, string message)
    {
        // "{ complicatedArgs { intArgField(intArg: " is 40 characters.
        var errors = Errors(Args("intArgField", "intArg: " + literal), (1, 41));
        Assert.Equal(message, errors[0].Message);
    }

    [Theory]
    [InlineData("floatArgField", "floatArg: 1")]
    [InlineData("floatArgField", "floatArg: -1.5e-3")]
    [InlineData("idArgField", "idArg: 123")]
    [InlineData("idArgField", "idArg: \"abc\"")]
    [InlineData("stringArgField", "stringArg: \"\"\"block\"\"\"")]
    [InlineData("enumArgField", "enumArg: TAN")]
    [InlineData("stringListArgField", "stringListArg: \"single value for a list\"")]
    [InlineData("stringListNonNullArgField", "stringListNonNullArg: []")]
    public void Spec_coercions_are_accepted(string field, string args)
    {
        Valid(Args(field, args));
    }

    [Fact]
    public void Float_rejects_values_beyond_double_range()
    {
        // "{ complicatedArgs { floatArgField(floatArg: " is 44 characters.
        Errors(Args("floatArgField", "floatArg: 1e400"), (1, 45));
    }

    [Fact]
    public void Null_items_of_a_non_null_item_list_are_reported()
    {
        // "{ complicatedArgs { stringListNonNullArgField(stringListNonNullArg: [" is 69 characters.
        var errors = Errors(Args("stringListNonNullArgField", "stringListNonNullArg: [\"a\", null]"), (1, 75));
        Assert.Equal("Expected value of type \"String!\", found null.", errors[0].Message);
    }

    [Fact]
    public void A_list_given_for_a_scalar_is_reported_once_at_the_list()
    {
        // "{ complicatedArgs { stringArgField(stringArg: " is 46 characters.
        Errors(Args("stringArgField", "stringArg: [\"a\", 1]"), (1, 47));
    }

    [Fact]
    public void Nested_input_objects_are_checked_field_by_field()
    {
        const string query = """
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true
                  nested: { requiredField: 1, unknown: 2, nested: { intField: 3 } }
                })
              }
            }
            """;
        var errors = Errors(query, (5, 32), (5, 35), (5, 55));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", errors[0].Message);
        Assert.Equal("Field \"unknown\" is not defined by type \"ComplexInput\".", errors[1].Message);
        Assert.Equal("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", errors[2].Message);
    }

    [Fact]
    public void Input_fields_with_a_default_are_not_required()
    {
        // nonNullField is Boolean! with a default value.
        Valid(Args("complexArgField", "complexArg: { requiredField: false }"));
    }

    [Fact]
    public void Variables_are_not_checked_here()
    {
        Valid("query Q($s: String) { complicatedArgs { intArgField(intArg: $s) complexArgField(complexArg: { requiredField: $s }) } }");
    }

    [Fact]
    public void Variable_default_values_are_checked()
    {
        // "query Q($a: Int = " is 18 characters.
        Errors("query Q($a: Int = \"x\", $b: [Int] = [1, 2.5]) { dog { name } }", (1, 19), (1, 40));
    }

    [Fact]
    public void Directive_arguments_are_checked()
    {
        // "{ dog @include(if: " is 19 characters.
        Errors("{ dog @include(if: 1) { name } }", (1, 20));
    }

    [Fact]
    public void Custom_scalars_decide_with_their_literal_parser()
    {
        var schema = SdlSchemaBuilder.Build(
            "scalar Even\ntype Query { f(arg: Even): String }",
            [
                new ScalarType("Even")
                {
                    LiteralParser = literal => literal is IntValueNode i && int.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture) % 2 == 0
                        ? int.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture)
                        : throw new GraphQLCoercionException($"Even cannot represent {AstPrinter.Print(literal)}"),
                },
            ]);
        RuleHarness.ExpectValidWith(schema, Rule, "{ f(arg: 4) }");
        var errors = RuleHarness.ExpectErrorsWith(schema, Rule, "{ a: f(arg: 3) b: f(arg: \"4\") }", (1, 13), (1, 26));
        Assert.Equal("Even cannot represent 3", errors[0].Message);
    }

    [Fact]
    public void A_custom_scalar_parser_failing_unexpectedly_is_reported_not_thrown()
    {
        var schema = SdlSchemaBuilder.Build(
            "scalar Fragile\ntype Query { f(arg: Fragile): String }",
            [new ScalarType("Fragile") { LiteralParser = _ => throw new InvalidOperationException("boom") }]);
        var errors = RuleHarness.ExpectErrorsWith(schema, Rule, "{ f(arg: 1) }", (1, 10));
        Assert.Contains("boom", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scalars_without_parsers_accept_any_literal()
    {
        Valid(Args("anyArgField", "anyArg: { a: [1, \"b\", { c: ENUM }], d: null }"));
    }

    // ---- @oneOf input objects ----

    [Theory]
    [InlineData("{ stringField: \"a\" }")]
    [InlineData("{ intField: 1 }")]
    [InlineData("{ complexField: { requiredField: true } }")]
    public void OneOf_with_exactly_one_non_null_field_is_valid(string value)
    {
        Valid(Args("oneOfArgField", "oneOfArg: " + value));
    }

    [Fact]
    public void OneOf_with_no_field_is_reported()
    {
        // "{ complicatedArgs { oneOfArgField(oneOfArg: " is 44 characters.
        var errors = Errors(Args("oneOfArgField", "oneOfArg: {}"), (1, 45));
        Assert.Equal("OneOf Input Object \"OneOfInput\" must specify exactly one key.", errors[0].Message);
    }

    [Fact]
    public void OneOf_with_two_fields_is_reported_even_when_one_is_null()
    {
        Errors(Args("oneOfArgField", "oneOfArg: { stringField: \"a\", intField: null }"), (1, 45));
    }

    [Fact]
    public void OneOf_with_a_null_field_is_reported()
    {
        var errors = Errors(Args("oneOfArgField", "oneOfArg: { intField: null }"), (1, 45));
        Assert.Equal("Field \"OneOfInput.intField\" must be non-null.", errors[0].Message);
    }

    [Fact]
    public void OneOf_with_a_nullable_variable_is_reported_and_a_non_null_one_is_valid()
    {
        const string query = "query Q($n: Int, $nn: Int!) { complicatedArgs { a: oneOfArgField(oneOfArg: { intField: $n }) b: oneOfArgField(oneOfArg: { intField: $nn }) } }";
        var errors = Errors(query, (1, 76));
        Assert.Equal("Variable \"n\" must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", errors[0].Message);
    }

    [Fact]
    public void OneOf_inside_a_fragment_cannot_know_the_variable_type()
    {
        // The operation is unknown inside a fragment: VariablesInAllowedPositionRule covers this case.
        Valid("query Q($n: Int) { complicatedArgs { ...F } }\nfragment F on ComplicatedArgs { oneOfArgField(oneOfArg: { intField: $n }) }");
    }

    [Fact]
    public void OneOf_items_of_a_list_are_each_checked()
    {
                Errors(Args("oneOfListArgField", "oneOfListArg: [{ intField: 1 }, {}]"), (1, 71));
    }

    [Fact]
    public void OneOf_field_values_are_still_type_checked()
    {
        // "{ complicatedArgs { oneOfArgField(oneOfArg: { intField: " is 56 characters.
        Errors(Args("oneOfArgField", "oneOfArg: { intField: \"one\" }"), (1, 57));
    }
}
