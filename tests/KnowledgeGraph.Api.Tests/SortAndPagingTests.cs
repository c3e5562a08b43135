using System.Text.Json;

namespace KnowledgeGraph.Api.Tests;

/// <summary>orderBy (including related counts) and cursor pagination.</summary>
[Collection(ReadServerCollection.Name)]
public sealed class SortAndPagingTests(ApiServer server)
{
    [Fact]
    public async Task Cities_by_number_of_events_held_in_them()
    {
        var data = await server.DataAsync("""
            { byEvents: cities(orderBy: [{ eventsCount: DESC }, { name: ASC }], first: 3) { edges { node { name events { totalCount } } } } }
            """);
        var counts = data.GetProperty("byEvents").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("events").GetProperty("totalCount").GetInt32()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.Equal("Barcelona", data.GetProperty("byEvents").GetProperty("edges")[0].GetProperty("node").GetProperty("name").GetString());
        Assert.Equal(8, counts[0]);
    }

    [Fact]
    public async Task Sort_by_property_descending_puts_missing_values_last()
    {
        var data = await server.DataAsync("{ events(orderBy: [{ startDate: DESC }]) { edges { node { startDate } } } }");
        var dates = data.GetProperty("events").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("startDate")).ToList();
        Assert.Equal("2019-10-09", dates[0].GetString());
        Assert.Equal(JsonValueKind.Null, dates[^1].ValueKind);
    }

    [Fact]
    public async Task Cursor_pagination_round_trip_returns_every_node_once_in_order()
    {
        const string Query = """
            query($after: String) { events(first: 4, after: $after, orderBy: [{ eventType: ASC }]) {
              totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }
            """;
        var all = await server.DataAsync("{ events(orderBy: [{ eventType: ASC }]) { edges { node { id } } } }");
        var expected = all.GetProperty("events").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();
        var seen = new List<string?>();
        string? after = null;
        for (var page = 0; page < 10; page++)
        {
            var events = (await server.DataAsync(Query, new { after })).GetProperty("events");
            var edges = events.GetProperty("edges").EnumerateArray().ToList();
            seen.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()));
            var info = events.GetProperty("pageInfo");
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), info.GetProperty("endCursor").GetString());
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
            after = info.GetProperty("endCursor").GetString();
        }
        Assert.Equal(expected, seen);
        Assert.Equal(13, seen.Count);
    }

    [Fact]
    public async Task Nested_connections_page_too()
    {
        var data = await server.DataAsync("""{ organisation(id: "org:barcelona-activa") { cooperatesWith(first: 2, orderBy: [{ name: ASC }]) { totalCount edges { node { name } } pageInfo { hasNextPage } } } }""");
        var connection = data.GetProperty("organisation").GetProperty("cooperatesWith");
        Assert.Equal(7, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, connection.GetProperty("edges").GetArrayLength());
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }
}
