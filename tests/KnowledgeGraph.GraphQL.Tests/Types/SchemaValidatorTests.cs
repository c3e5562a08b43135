using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public class SchemaValidatorTests
{
    private static IReadOnlyList<string> Errors(string sdl) =>
        SchemaValidator.Validate(SdlSchemaBuilder.Build(sdl)).Select(e => e.Message).ToList();

    private static void AssertError(string sdl, string message)
    {
        var errors = Errors(sdl);
        Assert.True(errors.Contains(message), "expected: " + message + "\ngot:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Accepts_a_valid_schema()
    {
        Assert.Empty(Errors("""
            type Query { node(id: ID!): Node, search: [Result!]! }
            interface Node { id: ID! }
            interface Named implements Node { id: ID! name(upper: Boolean): String }
            type Thing implements Node & Named { id: ID! name(upper: Boolean, extra: Int = 1, other: String): String! }
            union Result = Thing
            input In { a: In, b: [In!]!, c: Int! = 1 }
            input One @oneOf { a: Int, b: String }
            enum E { A B }
            directive @d(x: In) repeatable on FIELD
            """));
    }

    [Theory]
    [InlineData("type Mutation { a: Int }", "Query root type must be provided.")]
    [InlineData("schema { query: Q mutation: Q } type Q { a: Int }", "All root types must be different, \"Q\" type is used as query and mutation root types.")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int } type __T { a: Int }", "Name \"__T\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int } directive @__d on FIELD", "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a(__b: Int): Int }", "Name \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int } type Empty", "Type Empty must define one or more fields.")]
    [InlineData("type Query { a: Int } interface I", "Type I must define one or more fields.")]
    [InlineData("type Query { a: In } input In { x: Int }", "The type of Query.a must be Output Type but got: In.")]
    [InlineData("type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a: Int } union U", "Union type U must define one or more member types.")]
    [InlineData("type Query { a: Int } union U = Query | Query", "Union type U can only include type Query once.")]
    [InlineData("type Query { a: Int } enum E", "Enum type E must define one or more values.")]
    [InlineData("type Query { a: Int } input In", "Input Object type In must define one or more fields.")]
    [InlineData("type Query { a: Int } input In { x: Query }", "The type of In.x must be Input Type but got: Query.")]
    [InlineData("type Query { a: Int } input In { x: Int! @deprecated }", "Required input field In.x cannot be deprecated.")]
    [InlineData("type Query { a: Int } input In { self: In! }", "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\".")]
    [InlineData("type Query { a: Int } input A { b: B! } input B { c: C! } input C { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.c.a\".")]
    [InlineData("type Query { a: Int } input One @oneOf { a: Int!, b: String }", "OneOf input field One.a must be nullable.")]
    [InlineData("type Query { a: Int } input One @oneOf { a: Int = 1, b: String }", "OneOf input field One.a cannot have a default value.")]
    [InlineData("type Query { a: Int } directive @d(x: Query) on FIELD", "The type of @d(x:) must be Input Type but got: Query.")]
    [InlineData("type Query { a: Int } directive @d(x: Int! @deprecated) on FIELD", "Required argument @d(x:) cannot be deprecated.")]
    [InlineData("type Query { a: Int } input In { x: Int @d } directive @d(x: In) on INPUT_FIELD_DEFINITION", "Directive @d cannot reference itself through the input type of argument \"x\".")]
    [InlineData("type Query { a(x: Int = \"no\"): Int }", "Query.a(x:) has invalid default value: Expected value of type \"Int\", found \"no\"; Int cannot represent non-integer value: \"no\"")]
    [InlineData("type Query { a: Int } input In { x: [Int!] = [null] }", "In.x has invalid default value: Expected value of type \"Int!\", found null.")]
    [InlineData("type Query { a: Int } directive @d(x: E = C) on FIELD enum E { A }", "@d(x:) has invalid default value: Value \"C\" does not exist in \"E\" enum.")]
    [InlineData("type Query { a(x: A = {}): Int } input A { b: B = {}, c: B = {} } input B { a: A = {} }", "Query.a(x:) has invalid default value: Default value of \"A.b\" refers to itself.")]
    public void Reports_type_system_rule_violations(string sdl, string message) => AssertError(sdl, message);

    [Theory]
    [InlineData("interface I { a: Int } type Query implements I { b: Int }", "Interface field I.a expected but Query does not provide it.")]
    [InlineData("interface I { a: Int } type Query implements I { a: String }", "Interface field I.a expects type Int but Query.a is type String.")]
    [InlineData("interface I { a: Int! } type Query implements I { a: Int }", "Interface field I.a expects type Int! but Query.a is type Int.")]
    [InlineData("interface I { a: [Int] } type Query implements I { a: Int }", "Interface field I.a expects type [Int] but Query.a is type Int.")]
    [InlineData("interface I { a(x: Int): Int } type Query implements I { a: Int }", "Interface field argument I.a(x:) expected but Query.a does not provide it.")]
    [InlineData("interface I { a(x: Int): Int } type Query implements I { a(x: Int!): Int }", "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type Int!.")]
    [InlineData("interface I { a: Int } type Query implements I { a(y: Int!): Int }", "Argument \"Query.a(y:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.a\".")]
    [InlineData("interface I { a: Int } interface J implements I { a: Int } type Query implements J { a: Int }", "Type Query must implement I because it is implemented by J.")]
    [InlineData("type Query { a: I } interface I implements I { a: Int }", "Type I cannot implement itself because it would create a circular reference.")]
    [InlineData("type Query implements I & I { a: Int } interface I { a: Int }", "Type Query can only implement I once.")]
    public void Reports_interface_implementation_errors(string sdl, string message) => AssertError(sdl, message);

    [Fact]
    public void Accepts_covariant_field_types()
    {
        Assert.Empty(Errors("""
            type Query { a: I }
            interface I { self: I, list: [I], u: U }
            type T implements I { self: T!, list: [T!]!, u: T }
            union U = T
            """));
    }

    [Fact]
    public void Reports_all_errors_with_locations()
    {
        var errors = SchemaValidator.Validate(SdlSchemaBuilder.Build("type Query { __a: Int }\nenum E\nunion U"));
        Assert.Equal(3, errors.Count);
        Assert.Equal(1, errors[0].Locations[0].Line);
        Assert.Throws<GraphQLSchemaException>(() => SchemaValidator.AssertValid(SdlSchemaBuilder.Build("type Mutation { a: Int }")));
    }

    [Fact]
    public void Validates_schemas_built_in_code()
    {
        var query = new ObjectType("Query").Field("bad-name", BuiltInScalars.Int);
        var errors = SchemaValidator.Validate(new SchemaBuilder().Query(query).Build());
        Assert.Contains(errors, e => e.Message.Contains("\"bad-name\" is not a valid GraphQL name", StringComparison.Ordinal));
        var enumType = new EnumType("E").AddValue("true");
        var schema = new SchemaBuilder().Query(new ObjectType("Query").Field("e", enumType)).Build();
        Assert.Contains(SchemaValidator.Validate(schema), e => e.Message == "Enum type E cannot include value: true.");
    }
}
