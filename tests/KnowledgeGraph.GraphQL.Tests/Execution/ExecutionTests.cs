using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class ExecutionTests
{
    private const string Sdl = """
        interface Named { name: String }
        type Dog implements Named { name: String barks: Boolean! }
        type Cat implements Named { name: String meows: Boolean lives: Int }
        union Pet = Dog | Cat
        enum Color { RED GREEN BLUE }
        input Filter { color: Color = RED, limit: Int = 2 }
        type Query {
          hello(name: String = "world"): String
          number: Int
          float: Float
          flag: Boolean
          id: ID
          color: Color
          nonNull: String!
          nested: Query
          nestedNonNull: Query!
          pets: [Pet]
          named: [Named!]
          matrix: [[Int]]
          strictList: [Int!]
          strictItems: [Int!]!
          echo(filter: Filter, n: Int, list: [Int]): String
        }
        """;

    private static readonly Schema Schema = BuildSchema();

    private static Schema BuildSchema()
    {
        var schema = SdlSchemaBuilder.Build(Sdl);
        var query = schema.Query!;
        query.GetField("hello")!.Resolver = ctx => new ValueTask<object?>("Hello " + ctx.GetArgument<string>("name"));
        query.GetField("echo")!.Resolver = ctx => new ValueTask<object?>(JsonSerializer.Serialize(ctx.Arguments));
        return schema;
    }

    private static JsonElement Data => Root("""
        {
          "number": 42, "float": 1.5, "flag": true, "id": 7, "color": "GREEN", "nonNull": null,
          "nested": { "number": 1, "nonNull": null, "nested": { "number": 2 } },
          "nestedNonNull": { "number": 3, "nonNull": "x" },
          "pets": [ { "__typename": "Dog", "name": "Rex", "barks": true }, { "__typename": "Cat", "name": "Tom", "meows": false, "lives": 9 }, null ],
          "named": [ { "__typename": "Cat", "name": "Kit" } ],
          "matrix": [[1, 2], null, [3, null]],
          "strictList": [1, null, 3],
          "strictItems": [1, 2]
        }
        """);

    [Fact]
    public async Task Resolves_scalars_enum_arguments_with_defaults_and_aliases()
    {
        var json = await Json(Schema, "{ a: hello hello(name: \"you\") number float flag id color }", Data);
        AssertJson("{'data':{'a':'Hello world','hello':'Hello you','number':42,'float':1.5,'flag':true,'id':'7','color':'GREEN'}}", json);
    }

    [Fact]
    public async Task Field_order_follows_the_selection_and_fragments_merge()
    {
        var json = await Json(Schema, "{ color ...F number ... on Query { flag color } } fragment F on Query { number id }", Data);
        AssertJson("{'data':{'color':'GREEN','number':42,'id':'7','flag':true}}", json);
    }

    [Fact]
    public async Task Skip_and_include_with_variables_and_literals()
    {
        var json = await Json(Schema, "query($yes: Boolean!, $no: Boolean = false) { number @skip(if: $yes) id @include(if: $yes) color @include(if: $no) ... @skip(if: false) { flag } ...F @include(if: $no) } fragment F on Query { float }", Data, "{\"yes\": true}");
        AssertJson("{'data':{'id':'7','flag':true}}", json);
    }

    [Fact]
    public async Task Abstract_types_resolve_through_typename_and_fragments_apply()
    {
        var json = await Json(Schema, "{ pets { __typename ... on Named { name } ... on Dog { barks } ... on Cat { lives } } named { name ... on Cat { meows } } }", Data);
        AssertJson("{'data':{'pets':[{'__typename':'Dog','name':'Rex','barks':true},{'__typename':'Cat','name':'Tom','lives':9},null],'named':[{'name':'Kit','meows':null}]}}", json);
    }

    [Fact]
    public async Task Lists_of_lists_complete()
    {
        var json = await Json(Schema, "{ matrix }", Data);
        AssertJson("{'data':{'matrix':[[1,2],null,[3,null]]}}", json);
    }

    [Fact]
    public async Task Null_in_non_null_field_propagates_to_nearest_nullable_parent()
    {
        var json = await Json(Schema, "{ number nested { number nonNull } }", Data);
        AssertJson("{'errors':[{'message':'Cannot return null for non-nullable field Query.nonNull.','locations':[{'line':1,'column':26}],'path':['nested','nonNull']}],'data':{'number':42,'nested':null}}", json);
    }

    [Fact]
    public async Task Null_in_non_null_root_field_nulls_data()
    {
        var result = await Execute(Schema, "{ number nonNull }", Data);
        Assert.True(result.HasData);
        AssertJson("{'errors':[{'message':'Cannot return null for non-nullable field Query.nonNull.','locations':[{'line':1,'column':10}],'path':['nonNull']}],'data':null}", result.ToJson());
    }

    [Fact]
    public async Task Null_propagates_through_non_null_parents()
    {
        var json = await Json(Schema, "{ nested { nestedNonNull { nonNull } } }", Root("{\"nested\": {\"nestedNonNull\": {\"nonNull\": null}}}"));
        AssertJson("{'errors':[{'message':'Cannot return null for non-nullable field Query.nonNull.','locations':[{'line':1,'column':28}],'path':['nested','nestedNonNull','nonNull']}],'data':{'nested':null}}", json);
    }

    [Fact]
    public async Task Null_list_item_in_non_null_item_position_nulls_the_list()
    {
        var json = await Json(Schema, "{ strictList strictItems }", Data);
        AssertJson("{'errors':[{'message':'Cannot return null for non-nullable field Query.strictList.','locations':[{'line':1,'column':3}],'path':['strictList',1]}],'data':{'strictList':null,'strictItems':[1,2]}}", json);
    }

    [Fact]
    public async Task Scalar_serialization_errors_are_field_errors()
    {
        var json = await Json(Schema, "{ number float }", Root("{\"number\": 1.5, \"float\": \"x\"}"));
        AssertJson("{'errors':[{'message':'Int cannot represent non-integer value: 1.5','locations':[{'line':1,'column':3}],'path':['number']},{'message':'Float cannot represent non numeric value: \\\"x\\\"','locations':[{'line':1,'column':10}],'path':['float']}],'data':{'number':null,'float':null}}", json);
    }

    [Fact]
    public async Task Enum_serialization_error()
    {
        var json = await Json(Schema, "{ color }", Root("{\"color\": \"PURPLE\"}"));
        AssertJson("{'errors':[{'message':'Enum \\\"Color\\\" cannot represent value: \\\"PURPLE\\\"','locations':[{'line':1,'column':3}],'path':['color']}],'data':{'color':null}}", json);
    }

    [Fact]
    public async Task Input_objects_and_variables_coerce_with_defaults()
    {
        var json = await Json(Schema, "query($f: Filter, $n: Int = 5) { a: echo(filter: {color: BLUE}) b: echo(filter: $f, n: $n, list: 1) }", null, "{\"f\": {\"limit\": 9}}");
        AssertJson("{'data':{'a':'{\\\"filter\\\":{\\\"color\\\":\\\"BLUE\\\",\\\"limit\\\":2}}','b':'{\\\"filter\\\":{\\\"color\\\":\\\"RED\\\",\\\"limit\\\":9},\\\"n\\\":5,\\\"list\\\":[1]}'}}", json);
    }

    [Fact]
    public async Task Variable_coercion_errors_are_request_errors_without_data()
    {
        var result = await Execute(Schema, "query($n: Int!) { echo(n: $n) }", null, "{\"n\": \"x\"}");
        Assert.False(result.HasData);
        Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.BadUserInput, result.Errors[0].Code);
        Assert.DoesNotContain("\"data\"", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Syntax_and_validation_errors_are_request_errors()
    {
        var syntax = await Execute(Schema, "{ number ");
        Assert.False(syntax.HasData);
        Assert.Equal(ErrorCodes.ParseFailed, syntax.Errors[0].Code);
        Assert.Equal(new SourceLocation(1, 10), syntax.Errors[0].Locations[0]);
        var invalid = await Execute(Schema, "{ unknown }");
        Assert.False(invalid.HasData);
        Assert.Equal(ErrorCodes.ValidationFailed, invalid.Errors[0].Code);
        Assert.StartsWith("{\"errors\":[{\"message\":\"Cannot query field", invalid.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operation_selection_rules()
    {
        const string doc = "query A { number } query B { id }";
        Assert.Equal("Must provide operation name if query contains multiple operations.", (await Execute(Schema, doc, Data)).Errors[0].Message);
        Assert.Equal("Unknown operation named \"C\".", (await Execute(Schema, doc, Data, operationName: "C")).Errors[0].Message);
        AssertJson("{'data':{'id':'7'}}", (await Execute(Schema, doc, Data, operationName: "B")).ToJson());
        var subscription = await Execute(SdlSchemaBuilder.Build("type Query { a: Int } type Subscription { s: Int }"), "subscription { s }");
        Assert.Equal(ErrorCodes.OperationNotAllowed, subscription.Errors[0].Code);
    }

    [Fact]
    public async Task Typename_on_root_and_nested_objects()
    {
        var json = await Json(Schema, "{ __typename nested { __typename t: __typename } }", Data);
        AssertJson("{'data':{'__typename':'Query','nested':{'__typename':'Query','t':'Query'}}}", json);
    }

    [Fact]
    public async Task Expected_iterable_error()
    {
        var json = await Json(Schema, "{ matrix }", Root("{\"matrix\": 5}"));
        AssertJson("{'errors':[{'message':'Expected Iterable, but did not find one for field \\\"Query.matrix\\\".','locations':[{'line':1,'column':3}],'path':['matrix']}],'data':{'matrix':null}}", json);
    }

    [Fact]
    public async Task Abstract_type_without_resolution_is_an_error()
    {
        var json = await Json(Schema, "{ pets { __typename } }", Root("{\"pets\": [{\"name\": \"x\"}]}"));
        Assert.Contains("Abstract type \\\"Pet\\\" must resolve to an Object type at runtime for field \\\"Query.pets\\\"", json, StringComparison.Ordinal);
        Assert.Contains("\"path\":[\"pets\",0]", json, StringComparison.Ordinal);
    }
}
