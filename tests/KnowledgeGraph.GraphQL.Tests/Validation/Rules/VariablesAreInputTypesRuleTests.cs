using KnowledgeGraph.GraphQL.Validation.Rules;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    private static void Valid(string query) => RuleHarness.ExpectValidWith(InputRulesSchema.Schema, Rule, query);

    private static IReadOnlyList<GraphQLError> Errors(string query, params (int Line, int Column)[] locations) =>
        RuleHarness.ExpectErrorsWith(InputRulesSchema.Schema, Rule, query, locations);

    [Theory]
    [InlineData("Int")]
    [InlineData("String!")]
    [InlineData("[ID]")]
    [InlineData("[[Float!]!]")]
    [InlineData("DogCommand")]
    [InlineData("ComplexInput!")]
    [InlineData("[OneOfInput]")]
    [InlineData("Any")]
    public void Input_types_are_valid(string type)
    {
        Valid($"query Q($v: {type}) {{ dog {{ name }} }}");
    }

    [Theory]
    [InlineData("Dog")]
    [InlineData("Pet!")]
    [InlineData("[CatOrDog]")]
    [InlineData("[[Human!]]!")]
    public void Output_types_are_reported_at_the_type(string type)
    {
        // "query Q($v: " is 12 characters: the type starts at column 13.
        var errors = Errors($"query Q($v: {type}) {{ dog {{ name }} }}", (1, 13));
        Assert.Equal($"Variable \"$v\" cannot be non-input type \"{type}\".", errors[0].Message);
    }

    [Fact]
    public void Unknown_types_are_left_to_another_rule()
    {
        Valid("query Q($v: Unknown, $w: [Nope!]) { dog { name } }");
    }

    [Fact]
    public void Every_offending_variable_of_every_operation_is_reported()
    {
        const string query = """
            query A($a: Dog, $b: Int) { dog { name } }
            mutation B($c: Int, $d: Cat) { setName(name: "x") }
            """;
        Errors(query, (1, 13), (2, 25));
    }
}
