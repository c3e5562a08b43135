using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.SchemaIntrospection;

public sealed class SchemaPrinterTests
{
    private static async Task<string> IntrospectionJson(Schema schema)
    {
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = Fixtures.Read("introspection-query.graphql") });
        Assert.Empty(result.Errors);
        return result.ToJson();
    }

    [Fact]
    public async Task Print_then_parse_builds_an_equivalent_schema()
    {
        var schema = SdlSchemaBuilder.Build(IntrospectionTests.RichSdl);
        var printed = SchemaPrinter.Print(schema);
        var rebuilt = SdlSchemaBuilder.Build(printed);
        Assert.Empty(SchemaValidator.Validate(rebuilt));
        Assert.Equal(printed, SchemaPrinter.Print(rebuilt));
        Assert.Equal(await IntrospectionJson(schema), await IntrospectionJson(rebuilt));
    }

    [Fact]
    public void Prints_descriptions_deprecations_defaults_and_directives()
    {
        var printed = SchemaPrinter.Print(SdlSchemaBuilder.Build(IntrospectionTests.RichSdl));
        Assert.Contains("\"\"\"\nThe test schema.\n\"\"\"\nschema {\n  query: Root\n  mutation: Change\n}", printed, StringComparison.Ordinal);
        Assert.Contains("directive @tag(name: String!, weight: Int = 1 @deprecated(reason: \"unused\")) repeatable on FIELD_DEFINITION | OBJECT", printed, StringComparison.Ordinal);
        Assert.Contains("scalar Date @specifiedBy(url: \"https://tools.ietf.org/html/rfc3339\")", printed, StringComparison.Ordinal);
        Assert.Contains("\"\"\"\nSomething with an id.\nSecond line.\n\"\"\"\ninterface Node {", printed, StringComparison.Ordinal);
        Assert.Contains("nick: String @deprecated\n", printed, StringComparison.Ordinal);
        Assert.Contains("GUEST @deprecated(reason: \"No guests.\")", printed, StringComparison.Ordinal);
        Assert.Contains("input Pick @oneOf {", printed, StringComparison.Ordinal);
        Assert.Contains("beings(filter: PersonFilter = {name: \"a\", roles: [ADMIN]}): [Being]", printed, StringComparison.Ordinal);
        Assert.Contains("type Person implements Entity & Node {", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("scalar String", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("__Schema", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("directive @skip", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_root_names_print_no_schema_block()
    {
        var printed = SchemaPrinter.Print(SdlSchemaBuilder.Build("type Query { a: Int } type Mutation { b: Int }"));
        Assert.Equal("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}", printed.Trim());
        Parser.Parse(printed);
    }
}
