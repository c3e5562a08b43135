using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public class SdlSchemaBuilderTests
{
    private static Schema KitchenSink() => SdlSchemaBuilder.Build(Fixtures.Read("schema-kitchen-sink.graphql"));

    [Fact]
    public void Builds_the_kitchen_sink_schema()
    {
        var schema = KitchenSink();
        Assert.Empty(SchemaValidator.Validate(schema));
        Assert.Equal("QueryRoot", schema.Query!.Name);
        Assert.Equal("MutationRoot", schema.Mutation!.Name);
        Assert.Equal("SubscriptionRoot", schema.Subscription!.Name);
        Assert.StartsWith("The schema of an imaginary service", schema.Description, StringComparison.Ordinal);
        Assert.Single(schema.ExtensionAstNodes);

        var thing = Assert.IsType<ObjectType>(schema.GetType("Thing"));
        Assert.Equal(["Node", "Named", "Entity"], thing.Interfaces.Select(i => i.Name));
        Assert.Equal(["id", "name", "createdAt", "tags", "parts", "score"], thing.Fields.Keys);
        Assert.Single(thing.ExtensionAstNodes);
        var name = thing.Fields["name"];
        Assert.Equal(["locale", "upper"], name.Arguments.Keys);
        Assert.Equal("EN", Assert.IsType<EnumValueNode>(name.Arguments["locale"].DefaultValue).Value);

        var entity = Assert.IsType<InterfaceType>(schema.GetType("Entity"));
        Assert.Equal(["Node", "Named"], entity.Interfaces.Select(i => i.Name));
        Assert.Contains("tags", entity.Fields.Keys);
        Assert.Equal("[String!]!", entity.Fields["tags"].Type.ToString());

        var named = Assert.IsType<InterfaceType>(schema.GetType("Named"));
        Assert.Equal("Use a client-side transform.", named.Fields["name"].Arguments["upper"].DeprecationReason);
        Assert.Equal("Locale of the name", named.Fields["name"].Arguments["locale"].Description);

        var part = Assert.IsType<ObjectType>(schema.GetType("Part"));
        Assert.Equal(["Node"], part.Interfaces.Select(i => i.Name));

        var search = Assert.IsType<UnionType>(schema.GetType("SearchResult"));
        Assert.Equal(["Thing", "Part", "OtherResult"], search.Types.Select(t => t.Name));
        Assert.Equal(["Thing"], Assert.IsType<UnionType>(schema.GetType("Empty")).Types.Select(t => t.Name));

        var kind = Assert.IsType<EnumType>(schema.GetType("Kind"));
        Assert.Equal(["A", "B", "C", "D"], kind.Values.Keys);
        Assert.Equal("The first kind", kind.Values["A"].Description);
        Assert.Equal("Use A", kind.Values["B"].DeprecationReason);
        Assert.Equal("B", kind.Values["B"].Value);

        var filter = Assert.IsType<InputObjectType>(schema.GetType("Filter"));
        Assert.Equal(["kind", "tags", "nested", "after", "target"], filter.Fields.Keys);
        Assert.Equal(BuiltInDirectives.DefaultDeprecationReason, filter.Fields["after"].DeprecationReason);
        Assert.True(Assert.IsType<InputObjectType>(schema.GetType("Target")).IsOneOf);
        Assert.False(filter.IsOneOf);

        var dateTime = Assert.IsType<ScalarType>(schema.GetType("DateTime"));
        Assert.Equal("https://example.com/date-time", dateTime.SpecifiedByUrl);
        Assert.Equal("Opaque date-time", dateTime.Description);
        Assert.Equal(BuiltInDirectives.DefaultDeprecationReason, schema.Query.Fields["version"].DeprecationReason);

        var everywhere = schema.GetDirective("everywhere")!;
        Assert.True(everywhere.IsRepeatable);
        Assert.Equal(19, everywhere.Locations.Count);
        Assert.Equal("An argument description", everywhere.Arguments["arg"].Description);
        Assert.NotNull(schema.GetDirective("skip"));
        Assert.NotNull(schema.GetDirective("oneOf"));
        Assert.Same(BuiltInScalars.String, schema.GetType("String"));
        Assert.NotNull(schema.GetType("__Schema"));
    }

    [Fact]
    public void Answers_abstract_type_questions()
    {
        var schema = KitchenSink();
        var node = (InterfaceType)schema.GetType("Node")!;
        var thing = (ObjectType)schema.GetType("Thing")!;
        var part = (ObjectType)schema.GetType("Part")!;
        var search = (UnionType)schema.GetType("SearchResult")!;
        Assert.Equal(["Part", "Thing"], schema.GetPossibleTypes(node).Select(t => t.Name).Order());
        Assert.Equal(["Entity", "Named"], schema.GetImplementations(node).Interfaces.Select(t => t.Name).Order());
        Assert.True(schema.IsSubType(node, thing));
        Assert.True(schema.IsSubType(node, schema.GetType("Named")!));
        Assert.True(schema.IsSubType(search, part));
        Assert.False(schema.IsSubType(search, schema.GetType("QueryRoot")!));
        Assert.True(schema.DoTypesOverlap(node, search));
        Assert.False(schema.DoTypesOverlap(schema.GetType("OtherResult")!, node));
        Assert.True(schema.IsTypeSubTypeOf(new NonNullType(thing), node));
        Assert.True(schema.IsTypeSubTypeOf(new NonNullType(new ListType(new NonNullType(thing))), new ListType(node)));
        Assert.False(schema.IsTypeSubTypeOf(new ListType(thing), new NonNullType(new ListType(node))));
        Assert.False(schema.IsTypeSubTypeOf(node, thing));
    }

    [Fact]
    public void Uses_default_root_type_names_without_schema_definition()
    {
        var schema = SdlSchemaBuilder.Build("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");
        Assert.Equal(("Query", "Mutation", "Subscription"), (schema.Query!.Name, schema.Mutation!.Name, schema.Subscription!.Name));
        var onlyQuery = SdlSchemaBuilder.Build("schema { query: Query } type Query { a: Int } type Mutation { b: Int }");
        Assert.Null(onlyQuery.Mutation);
        var extended = SdlSchemaBuilder.Build("schema { query: Q } extend schema { mutation: M } type Q { a: Int } type M { b: Int }");
        Assert.Equal("M", extended.Mutation!.Name);
    }

    [Theory]
    [InlineData("type Query { a: Missing }", "Unknown type \"Missing\".")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int } extend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined.")]
    [InlineData("type Query { a: Int } scalar S extend type S @d", "Cannot extend non-object type \"S\".")]
    [InlineData("type Query implements Query { a: Int }", "Type Query must only implement Interface types, it cannot implement Query.")]
    [InlineData("type Query { a: Int } union U = Query | Int", "Union type U can only include Object types, it cannot include Int.")]
    [InlineData("schema { query: I } interface I { a: Int }", "Query root type must be Object type, it cannot be I.")]
    [InlineData("schema { query: Q } schema { query: Q } type Q { a: Int }", "Must provide only one schema definition.")]
    [InlineData("schema { query: Q } extend schema { query: Q } type Q { a: Int }", "Type for query already defined in the schema. It cannot be redefined.")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("type Query { a: Int } enum E { A A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a: Int } directive @d on FIELD directive @d on QUERY", "There can be only one directive named \"@d\".")]
    [InlineData("type Query { a: Int } { a }", "Executable definitions are not allowed in a schema document.")]
    public void Reports_build_errors(string sdl, string message)
    {
        var error = Assert.Throws<GraphQLSchemaException>(() => SdlSchemaBuilder.Build(sdl));
        Assert.Contains(error.Errors, e => e.Message == message);
    }

    [Fact]
    public void Build_errors_carry_locations_and_all_errors_are_reported()
    {
        var error = Assert.Throws<GraphQLSchemaException>(() => SdlSchemaBuilder.Build("type Query {\n  a: Missing\n  b: AlsoMissing\n}"));
        Assert.Equal(2, error.Errors.Count);
        Assert.Equal(new SourceLocation(2, 6), error.Errors[0].Locations[0]);
    }
}
