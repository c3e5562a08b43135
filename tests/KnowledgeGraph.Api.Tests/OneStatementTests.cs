namespace KnowledgeGraph.Api.Tests;

/// <summary>No N+1: each root field is one store statement, however deep its selection.</summary>
[Collection(ReadServerCollection.Name)]
public sealed class OneStatementTests(ApiServer server)
{
    [Fact]
    public async Task Three_level_nested_query_costs_one_statement_per_root_field()
    {
        const string Query = """
            query {
              events(where: { heldIn: { some: { name: { eq: "Barcelona" } } } }, orderBy: [{ startDate: DESC }]) {
                totalCount
                edges { cursor node {
                  name
                  heldIn { edges { venue sources { quote } node {
                    name
                    country: organisations { totalCount nodes { name partnerIn { nodes { name fundedBy { nodes { name } } } } } }
                  } } }
                  participants { nodes { __typename name ... on City { countryCode } } }
                } }
              }
              barcelona: cityByName(name: "barcelona") { events(first: 2) { nodes { name themes { nodes { name addressedBy { totalCount } } } } } }
              node(id: "network:eurocities") { name ... on Network { organisedEvents { nodes { name heldIn { nodes { name } } } } } }
            }
            """;
        var before = server.Statements;
        var data = await server.DataAsync(Query);
        var after = server.Statements;
        Assert.Equal(3, after - before);
        Assert.Equal(8, data.GetProperty("events").GetProperty("totalCount").GetInt32());
        Assert.True(data.GetProperty("barcelona").GetProperty("events").GetProperty("nodes").GetArrayLength() == 2);
    }

    [Fact]
    public async Task Aliases_of_one_field_with_different_arguments_are_planned_apart()
    {
        var before = server.Statements;
        var data = await server.DataAsync("""
            { organisation(id: "org:barcelona-activa") {
                cities: cooperatesWith(where: { kind: { eq: City } }) { totalCount }
                organisations: cooperatesWith(where: { kind: { eq: Organisation } }) { totalCount }
                all: cooperatesWith { totalCount } } }
            """);
        Assert.Equal(1, server.Statements - before);
        var org = data.GetProperty("organisation");
        Assert.Equal(5, org.GetProperty("cities").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, org.GetProperty("organisations").GetProperty("totalCount").GetInt32());
        Assert.Equal(7, org.GetProperty("all").GetProperty("totalCount").GetInt32());
    }
}
