using System.Text.Json;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Values;

namespace KnowledgeGraph.GraphQL.Tests.Values;

public class CoercionTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build("""
        type Query { a(x: In): Int }
        enum Color { RED GREEN }
        input In { req: Int!, opt: String, def: Int = 7, color: Color, list: [Int!], nested: In }
        input One @oneOf { a: Int, b: String }
        """);

    private static IGraphQLType T(string type) => TypeHelpers.FromAst(Schema, Parser.ParseType(type))!;

    private static object? Literal(string literal, string type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = ValueFromAst.Coerce(Parser.ParseValue(literal), T(type), variables ?? new Dictionary<string, object?>());
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    private static string LiteralError(string literal, string type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = ValueFromAst.Coerce(Parser.ParseValue(literal), T(type), variables ?? new Dictionary<string, object?>());
        Assert.False(result.IsValid);
        return string.Join("; ", result.Errors.Select(e => e.Message));
    }

    private static object? External(object? value, string type)
    {
        var result = InputCoercion.CoerceInputValue(value, T(type));
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    private static GraphQLError ExternalError(object? value, string type)
    {
        var result = InputCoercion.CoerceInputValue(value, T(type));
        Assert.False(result.IsValid);
        return result.Errors[0];
    }

    [Fact]
    public void Coerces_scalar_literals()
    {
        Assert.Equal(123, Literal("123", "Int"));
        Assert.Equal(-2147483648, Literal("-2147483648", "Int"));
        Assert.Equal(1.0, Literal("1", "Float"));
        Assert.Equal(1.5e3, Literal("1.5e3", "Float"));
        Assert.Equal("s", Literal("\"s\"", "String"));
        Assert.Equal(true, Literal("true", "Boolean"));
        Assert.Equal("12", Literal("12", "ID"));
        Assert.Equal("x", Literal("\"x\"", "ID"));
        Assert.Null(Literal("null", "Int"));
    }

    [Theory]
    [InlineData("2147483648", "Int", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1.5", "Int", "Int cannot represent non-integer value: 1.5")]
    [InlineData("\"1\"", "Int", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("1e400", "Float", "Float cannot represent non numeric value: 1e400")]
    [InlineData("true", "Float", "Float cannot represent non numeric value: true")]
    [InlineData("1", "String", "String cannot represent a non string value: 1")]
    [InlineData("1", "Boolean", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("1.5", "ID", "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("null", "Int!", "Expected value of type \"Int!\", found null.")]
    [InlineData("BLUE", "Color", "Value \"BLUE\" does not exist in \"Color\" enum.")]
    [InlineData("\"RED\"", "Color", "Enum \"Color\" cannot represent non-enum value: \"RED\".")]
    [InlineData("{opt: \"x\"}", "In", "Field \"In.req\" of required type \"Int!\" was not provided.")]
    [InlineData("{req: 1, bogus: 2}", "In", "Field \"bogus\" is not defined by type \"In\".")]
    [InlineData("1", "In", "Expected value of type \"In\", found 1.")]
    [InlineData("[1, null]", "[Int!]", "Expected value of type \"Int!\", found null.")]
    [InlineData("{a: 1, b: \"x\"}", "One", "OneOf Input Object \"One\" must specify exactly one key.")]
    [InlineData("{}", "One", "OneOf Input Object \"One\" must specify exactly one key.")]
    [InlineData("{a: null}", "One", "Field \"One.a\" must be non-null.")]
    public void Reports_literal_errors(string literal, string type, string message) =>
        Assert.Contains(message, LiteralError(literal, type), StringComparison.Ordinal);

    [Fact]
    public void Coerces_lists_objects_defaults_and_enums()
    {
        Assert.Equal(new List<object?> { 1 }, Literal("1", "[Int]"));
        Assert.Equal(new List<object?> { 1, 2 }, Literal("[1, 2]", "[Int!]!"));
        Assert.Equal(new List<object?> { new List<object?> { 1 } }, Literal("1", "[[Int]]"));
        var value = Assert.IsType<Dictionary<string, object?>>(Literal("{req: 1, color: GREEN, list: 3, nested: {req: 2}}", "In"));
        Assert.Equal(1, value["req"]);
        Assert.Equal(7, value["def"]);
        Assert.Equal("GREEN", value["color"]);
        Assert.Equal(new List<object?> { 3 }, value["list"]);
        Assert.False(value.ContainsKey("opt"));
        Assert.Equal(7, ((Dictionary<string, object?>)value["nested"]!)["def"]);
        var one = Assert.IsType<Dictionary<string, object?>>(Literal("{b: \"x\"}", "One"));
        Assert.Equal("x", one["b"]);
    }

    [Fact]
    public void Substitutes_variables_in_literals()
    {
        var variables = new Dictionary<string, object?> { ["i"] = 5, ["n"] = null, ["s"] = "str" };
        Assert.Equal(5, Literal("$i", "Int", variables));
        var value = Assert.IsType<Dictionary<string, object?>>(Literal("{req: $i, opt: $missing, def: $missing, list: [$i, $i]}", "In", variables));
        Assert.Equal(5, value["req"]);
        Assert.False(value.ContainsKey("opt"));
        Assert.Equal(7, value["def"]);
        Assert.Equal(new List<object?> { null, 5 }, Literal("[$missing, $i]", "[Int]", variables));
        Assert.Contains("Variable \"$missing\" of type \"Int\" was not provided.", LiteralError("$missing", "Int", variables), StringComparison.Ordinal);
        Assert.Contains("must not be null", LiteralError("$n", "Int!", variables), StringComparison.Ordinal);
        Assert.Contains("must be non-null", LiteralError("{a: $n}", "One", variables), StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_mode_accepts_any_variable()
    {
        Assert.Empty(ValueFromAst.Validate(Parser.ParseValue("{req: $v, list: [$w]}"), T("In")));
        var errors = ValueFromAst.Validate(Parser.ParseValue("{req: \"no\", list: [1, \"x\"]}"), T("In"));
        Assert.Equal(2, errors.Count);
        Assert.Equal(["req"], errors[0].Path!);
        Assert.Equal(new object[] { "list", 1 }, errors[1].Path!);
        Assert.Equal(new SourceLocation(1, 7), errors[0].Locations[0]);
    }

    [Fact]
    public void Coerces_external_values()
    {
        Assert.Equal(3, External(3L, "Int"));
        Assert.Equal(3, External(3.0, "Int"));
        Assert.Equal(2.5, External(2.5f, "Float"));
        Assert.Equal(4.0, External(4, "Float"));
        Assert.Equal("7", External(7, "ID"));
        Assert.Equal("abc", External("abc", "ID"));
        Assert.Equal("GREEN", External("GREEN", "Color"));
        Assert.Equal(new List<object?> { 1 }, External(1, "[Int]"));
        Assert.Equal(new List<object?> { 1, 2 }, External(new[] { 1, 2 }, "[Int!]"));
        var value = Assert.IsType<Dictionary<string, object?>>(External(new Dictionary<string, object?> { ["req"] = 1, ["opt"] = null }, "In"));
        Assert.Equal(7, value["def"]);
        Assert.True(value.ContainsKey("opt"));
        Assert.Null(value["opt"]);
    }

    [Fact]
    public void Coerces_json_values()
    {
        using var json = JsonDocument.Parse("""{"req": 1, "color": "RED", "list": [1, 2], "nested": {"req": 2, "opt": "x"}}""");
        var value = Assert.IsType<Dictionary<string, object?>>(External(json.RootElement, "In"));
        Assert.Equal(1, value["req"]);
        Assert.Equal("RED", value["color"]);
        Assert.Equal("x", ((Dictionary<string, object?>)value["nested"]!)["opt"]);
        using var number = JsonDocument.Parse("1.0");
        Assert.Equal(1, External(number.RootElement, "Int"));
    }

    [Theory]
    [InlineData(3000000000L, "Int", "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData(1.5, "Int", "Int cannot represent non-integer value: 1.5")]
    [InlineData("1", "Int", "Int cannot represent non-integer value: \"1\"")]
    [InlineData(true, "Int", "Int cannot represent non-integer value: true")]
    [InlineData(double.NaN, "Float", "Float cannot represent non numeric value: NaN")]
    [InlineData(double.PositiveInfinity, "Float", "Float cannot represent non numeric value: Infinity")]
    [InlineData(1, "String", "String cannot represent a non string value: 1")]
    [InlineData("true", "Boolean", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData(1.5, "ID", "ID cannot represent value: 1.5")]
    [InlineData(null, "Int!", "Expected non-nullable type \"Int!\" not to be null.")]
    [InlineData("BLUE", "Color", "Value \"BLUE\" does not exist in \"Color\" enum.")]
    [InlineData(1, "Color", "Enum \"Color\" cannot represent non-string value: 1.")]
    [InlineData("x", "In", "Expected type \"In\" to be an object.")]
    public void Reports_external_errors(object? value, string type, string message) =>
        Assert.Equal(message, ExternalError(value, type).Message);

    [Fact]
    public void External_errors_have_paths_and_objects_are_checked()
    {
        var error = ExternalError(new Dictionary<string, object?> { ["req"] = 1, ["list"] = new object?[] { 1, "x" } }, "In");
        Assert.Equal(new object[] { "list", 1 }, error.Path!);
        Assert.Equal("Field \"In.req\" of required type \"Int!\" was not provided.", ExternalError(new Dictionary<string, object?>(), "In").Message);
        Assert.Equal("Field \"bogus\" is not defined by type \"In\".", ExternalError(new Dictionary<string, object?> { ["req"] = 1, ["bogus"] = 1 }, "In").Message);
        Assert.Equal("Exactly one key must be specified for OneOf type \"One\".", ExternalError(new Dictionary<string, object?> { ["a"] = 1, ["b"] = "x" }, "One").Message);
        Assert.Equal("Field \"a\" must be non-null.", ExternalError(new Dictionary<string, object?> { ["a"] = null }, "One").Message);
    }

    [Fact]
    public void Coerces_variable_values_of_an_operation()
    {
        var op = (OperationDefinitionNode)Parser.Parse("query ($a: Int!, $b: String = \"d\", $c: [In!], $d: Color, $e: Int) { a }").Definitions[0];
        using var json = JsonDocument.Parse("""{"a": 1, "c": {"req": 2}, "e": null}""");
        var result = VariableCoercion.Coerce(Schema, op.VariableDefinitions, json.RootElement);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(1, result.Value!["a"]);
        Assert.Equal("d", result.Value["b"]);
        Assert.Single(Assert.IsType<List<object?>>(result.Value["c"]));
        Assert.False(result.Value.ContainsKey("d"));
        Assert.True(result.Value.ContainsKey("e"));

        var missing = VariableCoercion.Coerce(Schema, op.VariableDefinitions, new Dictionary<string, object?>());
        Assert.Equal("Variable \"$a\" of required type \"Int!\" was not provided.", Assert.Single(missing.Errors).Message);
        var invalid = VariableCoercion.Coerce(Schema, op.VariableDefinitions, new Dictionary<string, object?> { ["a"] = 1, ["c"] = new[] { new Dictionary<string, object?> { ["req"] = "x" } } });
        Assert.Equal("Variable \"$c\" got invalid value [{req: \"x\"}] at \"c[0].req\"; Int cannot represent non-integer value: \"x\"", Assert.Single(invalid.Errors).Message);
        Assert.Equal(new SourceLocation(1, 36), invalid.Errors[0].Locations[0]);
        var nullNonNull = VariableCoercion.Coerce(Schema, op.VariableDefinitions, new Dictionary<string, object?> { ["a"] = null });
        Assert.Equal("Variable \"$a\" of non-null type \"Int!\" must not be null.", Assert.Single(nullNonNull.Errors).Message);
    }

    [Fact]
    public void Coerces_argument_values()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ a(x: {req: $v}) }").Definitions[0]).SelectionSet.Selections[0];
        var definition = Schema.Query!.Fields["a"];
        var result = ArgumentCoercion.Coerce(definition.Arguments, field.Arguments, new Dictionary<string, object?> { ["v"] = 3 });
        Assert.True(result.IsValid);
        Assert.Equal(3, ((Dictionary<string, object?>)result.Value!["x"]!)["req"]);
        var skip = BuiltInDirectives.Skip;
        var missing = ArgumentCoercion.Coerce(skip.Arguments, [], new Dictionary<string, object?>());
        Assert.Equal("Argument \"if\" of required type \"Boolean!\" was not provided.", Assert.Single(missing.Errors).Message);
    }

    [Fact]
    public void Custom_scalars_use_their_delegates_and_errors_are_reported()
    {
        var date = new ScalarType("Date")
        {
            ValueParser = v => v is string s && DateOnly.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : throw new GraphQLCoercionException("Not a date."),
        };
        Assert.Equal(new DateOnly(2021, 10, 26), InputCoercion.CoerceInputValue("2021-10-26", date).Value);
        Assert.Equal("Not a date.", InputCoercion.CoerceInputValue("nope", date).Errors[0].Message);
        Assert.Equal(new DateOnly(2021, 10, 26), ValueFromAst.Coerce(Parser.ParseValue("\"2021-10-26\""), date, null).Value);
        Assert.Contains("Not a date.", ValueFromAst.Coerce(Parser.ParseValue("1"), date, null).Errors[0].Message, StringComparison.Ordinal);
        var crashing = new ScalarType("Crash") { ValueParser = _ => throw new InvalidOperationException("boom") };
        Assert.Contains("boom", InputCoercion.CoerceInputValue(1, crashing).Errors[0].Message, StringComparison.Ordinal);
        var json = new ScalarType("JSON");
        var untyped = ValueFromAst.Coerce(Parser.ParseValue("{a: [1, 2.5, \"x\", true, null, E]}"), json, null).Value;
        var map = Assert.IsType<Dictionary<string, object?>>(untyped);
        Assert.Equal(new List<object?> { 1, 2.5, "x", true, null, "E" }, map["a"]);
    }

    [Fact]
    public void Cyclic_defaults_and_cyclic_inputs_are_reported_not_followed()
    {
        var schema = SdlSchemaBuilder.Build("type Query { a(x: A): Int } input A { b: B = {}, c: B = {} } input B { a: A = {}, n: Int }");
        var a = schema.GetType("A")!;
        var literal = ValueFromAst.Coerce(Parser.ParseValue("{}"), a, null);
        Assert.Contains(literal.Errors, e => e.Message == "Default value of \"A.b\" refers to itself.");
        var external = InputCoercion.CoerceInputValue(new Dictionary<string, object?>(), a);
        Assert.False(external.IsValid);
        var cyclic = new Dictionary<string, object?>();
        cyclic["nested"] = cyclic;
        cyclic["req"] = 1;
        var deep = InputCoercion.CoerceInputValue(cyclic, T("In"));
        Assert.Contains(deep.Errors, e => e.Message.Contains("maximum nesting depth", StringComparison.Ordinal));
    }

    [Fact]
    public void Converts_values_to_literals()
    {
        Assert.Equal("1", Print(AstFromValue.Convert(1, T("Int"))));
        Assert.Equal("1.5", Print(AstFromValue.Convert(1.5, T("Float"))));
        Assert.Equal("2", Print(AstFromValue.Convert(2.0, T("Float"))));
        Assert.Equal("\"s\\n\"", Print(AstFromValue.Convert("s\n", T("String"))));
        Assert.Equal("123", Print(AstFromValue.Convert("123", T("ID"))));
        Assert.Equal("\"01\"", Print(AstFromValue.Convert("01", T("ID"))));
        Assert.Equal("RED", Print(AstFromValue.Convert("RED", T("Color"))));
        Assert.Equal("[1, 2]", Print(AstFromValue.Convert(new[] { 1, 2 }, T("[Int]"))));
        Assert.Equal("1", Print(AstFromValue.Convert(1, T("[Int]"))));
        Assert.Equal("null", Print(AstFromValue.Convert(null, T("Int"))));
        Assert.Null(AstFromValue.Convert(null, T("Int!")));
        Assert.Null(AstFromValue.Convert("x", T("Int")));
        Assert.Equal("{req: 1, color: GREEN}", Print(AstFromValue.Convert(new Dictionary<string, object?> { ["color"] = "GREEN", ["req"] = 1, ["unknown"] = 3 }, T("In"))));
    }

    private static string Print(ValueNode? node) => node is null ? "<null>" : AstPrinter.Print(node);
}
