using System.Text.Json;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

[Collection(SeedStoreCollection.Name)]
public class SortAndPagingTests(SeedStore seed)
{
    private static readonly RelatedCountSort ByEventsHeld = new(M.HeldIn, Direction.Incoming) { Descending = true };

    [Fact]
    public async Task Cities_by_number_of_events_held_there()
    {
        var result = await seed.QueryAsync(new NodeQuery
        {
            Kind = M.City,
            OrderBy = [ByEventsHeld],
            First = 3,
            Projection = Projection.Of(Name, new RelatedCount("events", M.HeldIn, Direction.Incoming)),
        });
        Assert.Equal(["Barcelona", "Terrassa", "Leeds"], Strings(result, "name"));
        Assert.Equal([8, 2, 1], result.EnumerateArray().Select(c => c.GetProperty("events").GetInt32()));
    }

    [Fact]
    public async Task Organisations_by_number_of_partners_they_cooperate_with()
    {
        var result = await seed.QueryAsync(new NodeQuery
        {
            Kind = M.Organisation,
            OrderBy = [new RelatedCountSort(M.CooperatesWith, Direction.Outgoing) { Descending = true }, new FieldSort(FieldRef.Name)],
            First = 3,
            Projection = Projection.Of(Id, new RelatedCount("partners", M.CooperatesWith, Direction.Outgoing)),
        });
        Assert.Equal(["org:barcelona-activa", "org:smart-africa", "org:unesco-chair-women-science-technology"], Ids(result));
        Assert.Equal([7, 1, 1], result.EnumerateArray().Select(c => c.GetProperty("partners").GetInt32()));
    }

    [Fact]
    public async Task Text_sorts_ignore_case_and_can_descend()
    {
        var result = await seed.QueryAsync(Cities() with { OrderBy = [new FieldSort(FieldRef.Name) { Descending = true }], First = 2 });
        Assert.Equal(["Terrassa", "Seoul"], Strings(result, "name"));
    }

    public static TheoryData<string, int> Orderings => new()
    {
        { "name", 2 }, { "name-desc", 4 }, { "events-desc", 2 }, { "start-desc", 3 }, { "start", 1 }, { "kind-then-start", 5 },
    };

    [Theory]
    [MemberData(nameof(Orderings))]
    public async Task Paging_with_after_gives_every_node_exactly_once(string ordering, int pageSize)
    {
        IReadOnlyList<SortKey> order = ordering switch
        {
            "name" => [new FieldSort(FieldRef.Name)],
            "name-desc" => [new FieldSort(FieldRef.Name) { Descending = true }],
            "events-desc" => [new RelatedCountSort(M.HeldIn, Direction.Outgoing) { Descending = true }],
            "start-desc" => [new FieldSort(FieldRef.Of(P(M.Event, "startDate"))) { Descending = true }],
            "start" => [new FieldSort(FieldRef.Of(P(M.Event, "startDate")))],
            _ => [new FieldSort(FieldRef.Of(P(M.Event, "eventType"))), new FieldSort(FieldRef.Of(P(M.Event, "endDate"))) { Descending = true }],
        };
        var all = Ids(await seed.QueryAsync(new NodeQuery { Kind = M.Event, OrderBy = order, Projection = IdName }));
        Assert.Equal(13, all.Count);

        var paged = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await seed.QueryAsync(new NodeQuery
            {
                Kind = M.Event, OrderBy = order, First = pageSize, After = after, Shape = ResultShape.Connection, Projection = IdName,
            });
            pages++;
            Assert.Equal(13, page.GetProperty("totalCount").GetInt32());
            var edges = page.GetProperty("edges").EnumerateArray().ToList();
            paged.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var info = page.GetProperty("pageInfo");
            if (edges.Count > 0)
            {
                Assert.Equal(edges[^1].GetProperty("cursor").GetString(), info.GetProperty("endCursor").GetString());
            }
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
            after = info.GetProperty("endCursor").GetString();
        }
        Assert.Equal(all, paged);
        Assert.Equal((13 + pageSize - 1) / pageSize, pages);
    }

    [Fact]
    public async Task Offset_skips_and_first_limits()
    {
        var all = Ids(await seed.QueryAsync(Cities() with { OrderBy = [new FieldSort(FieldRef.Name)] }));
        var page = Ids(await seed.QueryAsync(Cities() with { OrderBy = [new FieldSort(FieldRef.Name)], Offset = 3, First = 4 }));
        Assert.Equal(all.Skip(3).Take(4), page);
        var rest = Ids(await seed.QueryAsync(Cities() with { OrderBy = [new FieldSort(FieldRef.Name)], Offset = 7 }));
        Assert.Equal(all.Skip(7), rest);
    }

    [Fact]
    public async Task Connection_reports_total_count_and_page_info()
    {
        var page = await seed.QueryAsync(Cities() with
        {
            First = 4,
            Offset = 2,
            Shape = ResultShape.Connection,
            Connection = new ConnectionProjection(
            [
                new PageInfoField("info", [new PageInfoItem("next", PageInfoValue.HasNextPage), new PageInfoItem("previous", PageInfoValue.HasPreviousPage), new PageInfoItem("start", PageInfoValue.StartCursor)]),
                new TotalCountField("count"),
                new NodesField("nodes"),
            ]),
        });
        Assert.Equal(["info", "count", "nodes"], page.EnumerateObject().Select(p => p.Name));
        Assert.Equal(9, page.GetProperty("count").GetInt32());
        Assert.Equal(4, page.GetProperty("nodes").GetArrayLength());
        Assert.True(page.GetProperty("info").GetProperty("next").GetBoolean());
        Assert.True(page.GetProperty("info").GetProperty("previous").GetBoolean());
        var start = Cursor.Decode(page.GetProperty("info").GetProperty("start").GetString()!, 0);
        Assert.Equal(page.GetProperty("nodes")[0].GetProperty("id").GetString(), start[0]);

        var last = await seed.QueryAsync(Cities() with { First = 4, Offset = 5, Shape = ResultShape.Connection });
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(4, last.GetProperty("edges").GetArrayLength());
        var empty = await seed.QueryAsync(Cities(Filters.NameMatches("Atlantis")) with { First = 4, Shape = ResultShape.Connection });
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("pageInfo").GetProperty("endCursor").ValueKind);
        Assert.Equal(0, empty.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Single_shape_gives_one_object_or_null()
    {
        var city = await seed.QueryAsync(Cities(Filters.IdIn("city:geonames:2644688")) with { Shape = ResultShape.Single });
        Assert.Equal("Leeds", city.GetProperty("name").GetString());
        var none = await seed.QueryAsync(Cities(Filters.IdIn("city:nowhere")) with { Shape = ResultShape.Single });
        Assert.Equal(JsonValueKind.Null, none.ValueKind);
    }
}
