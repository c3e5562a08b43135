using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.SchemaIntrospection;

public sealed class IntrospectionTests
{
    internal const string RichSdl = """"
        "The test schema."
        schema { query: Root mutation: Change }

        "A custom directive."
        directive @tag(name: String!, weight: Int = 1 @deprecated(reason: "unused")) repeatable on FIELD_DEFINITION | OBJECT

        "Date as ISO 8601."
        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        """
        Something with an id.
        Second line.
        """
        interface Node { id: ID! }

        interface Entity implements Node { id: ID! name: String }

        type Person implements Entity & Node {
          id: ID!
          name: String
          "Old name."
          nick: String @deprecated
          born: Date
          friends(first: Int = 10, after: String @deprecated(reason: "Use first.")): [Person!]!
          role: Role
        }

        type Robot implements Node { id: ID! model: String }

        union Being = Person | Robot

        enum Role { ADMIN USER GUEST @deprecated(reason: "No guests.") }

        input PersonFilter { name: String, roles: [Role!] = [ADMIN], old: Int @deprecated, nested: PersonFilter }

        input Pick @oneOf { id: ID, name: String }

        type Root {
          node(id: ID!): Node
          beings(filter: PersonFilter = { name: "a" }): [Being]
          pick(by: Pick!): Person
          matrix: [[Int!]]!
        }

        type Change { rename(id: ID!, name: String!): Person }
        """";

    private static readonly Schema Schema = SdlSchemaBuilder.Build(RichSdl);

    private static async Task<JsonElement> Introspect(Schema schema, string? query = null)
    {
        var result = await Execute(schema, query ?? Fixtures.Read("introspection-query.graphql"));
        Assert.Empty(result.Errors);
        return Root(result.ToJson()).GetProperty("data");
    }

    private static JsonElement TypeNamed(JsonElement data, string name) =>
        data.GetProperty("__schema").GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);

    [Fact]
    public async Task Standard_introspection_query_describes_the_schema()
    {
        var data = await Introspect(Schema);
        var schema = data.GetProperty("__schema");
        Assert.Equal("The test schema.", schema.GetProperty("description").GetString());
        Assert.Equal("Root", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Change", schema.GetProperty("mutationType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("subscriptionType").ValueKind);

        var date = TypeNamed(data, "Date");
        Assert.Equal("SCALAR", date.GetProperty("kind").GetString());
        Assert.Equal("https://tools.ietf.org/html/rfc3339", date.GetProperty("specifiedByURL").GetString());
        Assert.True(TypeNamed(data, "Pick").GetProperty("isOneOf").GetBoolean());
        Assert.False(TypeNamed(data, "PersonFilter").GetProperty("isOneOf").GetBoolean());
        Assert.Equal(JsonValueKind.Null, TypeNamed(data, "Person").GetProperty("isOneOf").ValueKind);

        var person = TypeNamed(data, "Person");
        Assert.Equal(["Entity", "Node"], person.GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        var nick = person.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "nick");
        Assert.True(nick.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("No longer supported", nick.GetProperty("deprecationReason").GetString());
        Assert.Equal("Old name.", nick.GetProperty("description").GetString());
        var friends = person.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "friends");
        Assert.Equal("NON_NULL", friends.GetProperty("type").GetProperty("kind").GetString());
        Assert.Equal("Person", friends.GetProperty("type").GetProperty("ofType").GetProperty("ofType").GetProperty("ofType").GetProperty("name").GetString());
        var args = friends.GetProperty("args").EnumerateArray().ToList();
        Assert.Equal("10", args[0].GetProperty("defaultValue").GetString());
        Assert.Equal("Use first.", args[1].GetProperty("deprecationReason").GetString());

        var filter = TypeNamed(data, "PersonFilter").GetProperty("inputFields").EnumerateArray().ToList();
        Assert.Equal(["name", "roles", "old", "nested"], filter.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("[ADMIN]", filter[1].GetProperty("defaultValue").GetString());
        Assert.Equal("{name: \"a\", roles: [ADMIN]}", TypeNamed(data, "Root").GetProperty("fields")[1].GetProperty("args")[0].GetProperty("defaultValue").GetString());

        var role = TypeNamed(data, "Role").GetProperty("enumValues").EnumerateArray().ToList();
        Assert.Equal(3, role.Count);
        Assert.Equal("No guests.", role[2].GetProperty("deprecationReason").GetString());

        Assert.Equal(["Person", "Robot"], TypeNamed(data, "Node").GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Order());
        Assert.Equal(["Person", "Robot"], TypeNamed(data, "Being").GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()));

        var tag = data.GetProperty("__schema").GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "tag");
        Assert.True(tag.GetProperty("isRepeatable").GetBoolean());
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], tag.GetProperty("locations").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(2, tag.GetProperty("args").GetArrayLength());
        var names = data.GetProperty("__schema").GetProperty("directives").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("oneOf", names);
        Assert.Contains("specifiedBy", names);
        Assert.Contains("__Schema", data.GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Deprecated_members_are_hidden_unless_requested()
    {
        var data = await Introspect(Schema, """
            {
              person: __type(name: "Person") { fields { name } all: fields(includeDeprecated: true) { name }
                friends: fields { args { name } } }
              role: __type(name: "Role") { enumValues { name } all: enumValues(includeDeprecated: true) { name } }
              filter: __type(name: "PersonFilter") { inputFields { name } all: inputFields(includeDeprecated: true) { name } }
              missing: __type(name: "Nope") { name }
              __schema { directives { name args { name } } }
            }
            """);
        Assert.DoesNotContain("nick", data.GetProperty("person").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Contains("nick", data.GetProperty("person").GetProperty("all").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var friendsArgs = data.GetProperty("person").GetProperty("friends").EnumerateArray().Single(f => f.GetProperty("args").GetArrayLength() > 0).GetProperty("args");
        Assert.Equal(1, friendsArgs.GetArrayLength());
        Assert.Equal(2, data.GetProperty("role").GetProperty("enumValues").GetArrayLength());
        Assert.Equal(3, data.GetProperty("role").GetProperty("all").GetArrayLength());
        Assert.Equal(3, data.GetProperty("filter").GetProperty("inputFields").GetArrayLength());
        Assert.Equal(4, data.GetProperty("filter").GetProperty("all").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
        var tag = data.GetProperty("__schema").GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "tag");
        Assert.Equal(1, tag.GetProperty("args").GetArrayLength());
    }

    [Fact]
    public async Task Typename_inside_introspection_and_on_unions()
    {
        var data = await Introspect(Schema, "{ __typename __schema { __typename queryType { __typename fields { __typename type { __typename } } } } }");
        Assert.Equal("Root", data.GetProperty("__typename").GetString());
        Assert.Equal("__Schema", data.GetProperty("__schema").GetProperty("__typename").GetString());
        Assert.Equal("__Field", data.GetProperty("__schema").GetProperty("queryType").GetProperty("fields")[0].GetProperty("__typename").GetString());
    }
}
