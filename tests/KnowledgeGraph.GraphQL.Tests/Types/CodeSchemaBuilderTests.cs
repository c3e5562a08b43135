using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public class CodeSchemaBuilderTests
{
    private enum Color
    {
        Red,
        Green,
    }

    [Fact]
    public async Task Builds_a_schema_from_code_with_resolvers()
    {
        var node = new InterfaceType("Node").Field("id", new NonNullType(BuiltInScalars.ID));
        var color = EnumType.FromEnum<Color>("Color", "Colors");
        var filter = new InputObjectType("Filter")
            .Field("color", color, defaultValue: Color.Red)
            .Field("limit", BuiltInScalars.Int, defaultValue: 10);
        var item = new ObjectType("Item", "An item")
            .Implements(node)
            .Field("id", new NonNullType(BuiltInScalars.ID))
            .Field("color", color);
        var query = new ObjectType("Query")
            .Field("hello", BuiltInScalars.String, ctx => ValueTask.FromResult<object?>("Hello " + ctx.GetArgument<string>("name", "world")), f => f.AddArgument("name", BuiltInScalars.String))
            .Field("items", new ListType(item), configure: f => f.AddArgument("filter", filter));
        var cache = new DirectiveDefinition("cache", [DirectiveLocation.FieldDefinition], isRepeatable: true)
            .AddArgument(new InputValueDefinition("seconds", BuiltInScalars.Int));
        var schema = new SchemaBuilder().Query(query).AddDirective(cache).Description("Test").Build();

        Assert.Empty(SchemaValidator.Validate(schema));
        Assert.Equal("Test", schema.Description);
        Assert.Same(item, schema.GetType("Item"));
        Assert.Same(node, schema.GetType("Node"));
        Assert.Equal(["Item"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Same(cache, schema.GetDirective("cache"));
        Assert.Equal(Color.Green, color.Values["Green"].Value);
        Assert.Equal("Red", Assert.IsType<EnumValueNode>(filter.Fields["color"].DefaultValue).Value);
        Assert.Equal("10", Assert.IsType<IntValueNode>(filter.Fields["limit"].DefaultValue).Value);

        var field = query.Fields["hello"];
        var context = new ResolveContext(schema, query, field, new FieldNode(default, null, new NameNode("hello"), [], [], null), null, new Dictionary<string, object?> { ["name"] = "GraphQL" });
        Assert.Equal("Hello GraphQL", await field.Resolver!(context));
    }

    [Fact]
    public void Rejects_two_types_with_the_same_name()
    {
        var a = new ObjectType("Same").Field("x", BuiltInScalars.Int);
        var b = new ObjectType("Same").Field("y", BuiltInScalars.Int);
        var query = new ObjectType("Query").Field("a", a).Field("b", b);
        var error = Assert.Throws<GraphQLSchemaException>(() => new SchemaBuilder().Query(query).Build());
        Assert.Contains("multiple types named \"Same\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_duplicate_members_at_definition_time()
    {
        Assert.Throws<ArgumentException>(() => new ObjectType("T").Field("a", BuiltInScalars.Int).Field("a", BuiltInScalars.Int));
        Assert.Throws<ArgumentException>(() => new EnumType("E").AddValue("A").AddValue("A"));
        Assert.Throws<ArgumentException>(() => new NonNullType(new NonNullType(BuiltInScalars.Int)));
    }

    [Fact]
    public void Type_helpers_classify_types()
    {
        var obj = new ObjectType("O");
        var input = new InputObjectType("I");
        Assert.True(new NonNullType(new ListType(input)).IsInputType());
        Assert.False(obj.IsInputType());
        Assert.True(obj.IsOutputType());
        Assert.False(input.IsOutputType());
        Assert.True(BuiltInScalars.Int.IsLeafType());
        Assert.True(new UnionType("U").IsAbstractType());
        Assert.Same(obj, new NonNullType(new ListType(new NonNullType(obj))).GetNamedType());
        Assert.Equal("[O!]!", new NonNullType(new ListType(new NonNullType(obj))).ToString());
        Assert.True(TypeHelpers.AreEqual(new ListType(obj), new ListType(obj)));
        Assert.Equal("[O!]", AstPrinter.Print(TypeHelpers.ToAst(new ListType(new NonNullType(obj)))));
        Assert.True(TypeHelpers.IsValidName("_a1"));
        Assert.False(TypeHelpers.IsValidName("1a"));
        Assert.False(TypeHelpers.IsValidName("a-b"));
    }
}
