using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public class TypeInfoTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build("""
        type Query { thing(id: ID!, filter: Filter): Thing, things: [Thing!]!, search: Result }
        type Thing implements Node { id: ID!, name(locale: Locale = EN): String, children: [Thing] }
        interface Node { id: ID! }
        union Result = Thing
        enum Locale { EN FR }
        input Filter { locales: [Locale!], nested: Filter, limit: Int = 10 }
        """);

    private sealed class Recorder(TypeInfo typeInfo) : AstVisitor
    {
        public List<string> Lines { get; } = [];

        public override VisitorAction Enter(Node node)
        {
            var line = node.Kind + ": type=" + typeInfo.Type + " parent=" + typeInfo.ParentType + " input=" + typeInfo.InputType
                + " field=" + typeInfo.FieldDefinition?.Name + " arg=" + typeInfo.Argument?.Name + " dir=" + typeInfo.Directive?.Name
                + " default=" + (typeInfo.DefaultValue is null ? string.Empty : AstPrinter.Print(typeInfo.DefaultValue))
                + " enum=" + typeInfo.EnumValue?.Name;
            Lines.Add(line);
            return VisitorAction.Continue;
        }
    }

    private static List<string> Walk(string query)
    {
        var typeInfo = new TypeInfo(Schema);
        var recorder = new Recorder(typeInfo);
        AstWalker.Walk(Parser.Parse(query), new TypeInfoVisitor(typeInfo, recorder));
        return recorder.Lines;
    }

    [Fact]
    public void Tracks_output_types_and_fields()
    {
        var lines = Walk("{ thing(id: 1) { id name __typename ... on Node { id } ...F } } fragment F on Thing { children { name } }");
        Assert.Contains("Field: type=Thing parent=Query input= field=thing arg= dir= default= enum=", lines);
        Assert.Contains("Field: type=ID! parent=Thing input= field=id arg= dir= default= enum=", lines);
        Assert.Contains("Field: type=String! parent=Thing input= field=__typename arg= dir= default= enum=", lines);
        Assert.Contains("InlineFragment: type=Node parent=Thing input= field=thing arg= dir= default= enum=", lines);
        Assert.Contains("Field: type=ID! parent=Node input= field=id arg= dir= default= enum=", lines);
        Assert.Contains("Field: type=[Thing] parent=Thing input= field=children arg= dir= default= enum=", lines);
        Assert.Contains("Field: type=String parent=Thing input= field=name arg= dir= default= enum=", lines);
    }

    [Fact]
    public void Tracks_input_types_arguments_defaults_and_enums()
    {
        var lines = Walk("query ($l: Locale) { thing(id: \"1\", filter: {locales: [EN, $l], nested: {limit: 1}}) { name(locale: FR) @include(if: true) } }");
        Assert.Contains("VariableDefinition: type=Query parent= input=Locale field= arg= dir= default= enum=", lines);
        Assert.Contains("Argument: type=Thing parent=Query input=Filter field=thing arg=filter dir= default= enum=", lines);
        Assert.Contains("ListValue: type=Thing parent=Query input=Locale! field=thing arg=filter dir= default= enum=", lines);
        Assert.Contains("EnumValue: type=Thing parent=Query input=Locale! field=thing arg=filter dir= default= enum=EN", lines);
        Assert.Contains("Variable: type=Thing parent=Query input=Locale! field=thing arg=filter dir= default= enum=", lines);
        Assert.Contains("ObjectField: type=Thing parent=Query input=Int field=thing arg=filter dir= default=10 enum=", lines);
        Assert.Contains("Argument: type=String parent=Thing input=Locale field=name arg=locale dir= default=EN enum=", lines);
        Assert.Contains("Argument: type=String parent=Thing input=Boolean! field=name arg=if dir=include default= enum=", lines);
    }

    [Fact]
    public void Unknown_names_give_nulls_not_errors()
    {
        var lines = Walk("{ nope { deeper(x: {y: [1]}) } thing(id: 1, bad: 2) { ... on Missing { id } } } fragment G on Nowhere { a }");
        Assert.Contains("Field: type= parent=Query input= field= arg= dir= default= enum=", lines);
        Assert.Contains("Field: type= parent= input= field= arg= dir= default= enum=", lines);
        Assert.Contains("Argument: type=Thing parent=Query input= field=thing arg= dir= default= enum=", lines);
    }

    [Fact]
    public void Resolves_meta_fields()
    {
        Assert.Same(Introspection.SchemaMetaField, TypeInfo.GetFieldDefinition(Schema, Schema.Query, "__schema"));
        Assert.Same(Introspection.TypeMetaField, TypeInfo.GetFieldDefinition(Schema, Schema.Query, "__type"));
        Assert.Null(TypeInfo.GetFieldDefinition(Schema, Schema.GetType("Thing"), "__schema"));
        Assert.Same(Introspection.TypeNameMetaField, TypeInfo.GetFieldDefinition(Schema, Schema.GetType("Result"), "__typename"));
        Assert.Null(TypeInfo.GetFieldDefinition(Schema, Schema.GetType("Result"), "id"));
    }

    [Fact]
    public void Walks_the_introspection_query_against_any_schema()
    {
        var lines = Walk(Fixtures.Read("introspection-query.graphql"));
        Assert.Contains(lines, l => l.StartsWith("Field: type=__Schema! parent=Query", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Field: type= ", StringComparison.Ordinal));
    }
}
