using System.Text.Json;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using static KnowledgeGraph.Store.Query.Filters;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

[Collection(SeedStoreCollection.Name)]
public class NestedProjectionTests(SeedStore seed)
{
    /// <summary>city → participatedIn events (connection, role on the edge) → heldIn cities (venue and sources on the edge).</summary>
    public static NodeQuery ThreeLevels => new()
    {
        Kind = M.City,
        Where = IdIn("city:geonames:3108286"),
        Projection = Projection.Of(Id, Name, new RelationshipProjection("participatedIn", M.ParticipatedIn, Direction.Outgoing, new NodeQuery
        {
            Kind = M.Event,
            Shape = ResultShape.Connection,
            First = 5,
            Connection = ConnectionProjection.Default(Prop(P(M.ParticipatedIn, "role"))),
            Projection = Projection.Of(Id, Prop(P(M.Event, "eventType"), "type"),
                new RelationshipProjection("heldIn", M.HeldIn, Direction.Outgoing, new NodeQuery
                {
                    OrderBy = [new FieldSort(FieldRef.Name)],
                    Projection = Projection.Of(Name, new RelatedCount("eventCount", M.HeldIn, Direction.Incoming)),
                })
                {
                    EdgeFields = [Prop(P(M.HeldIn, "venue")), new SourcesField("sources")],
                }),
        })),
    };

    [Fact]
    public async Task Three_levels_with_edge_properties_and_sources_in_one_statement()
    {
        var result = await seed.QueryAsync(ThreeLevels);
        var terrassa = Assert.Single(result.EnumerateArray());
        Assert.Equal("Terrassa", terrassa.GetProperty("name").GetString());
        var participated = terrassa.GetProperty("participatedIn");
        Assert.Equal(1, participated.GetProperty("totalCount").GetInt32());
        var edge = Assert.Single(participated.GetProperty("edges").EnumerateArray());
        Assert.Equal(["cursor", "role", "node"], edge.EnumerateObject().Select(p => p.Name));
        Assert.Equal("host", edge.GetProperty("role").GetString());
        var meeting = edge.GetProperty("node");
        Assert.Equal("meeting", meeting.GetProperty("type").GetString());
        var held = meeting.GetProperty("heldIn").EnumerateArray().ToList();
        Assert.Equal(["Barcelona", "Terrassa"], held.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal([8, 2], held.Select(c => c.GetProperty("eventCount").GetInt32()));
        Assert.All(held, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("venue").ValueKind));
        var source = Assert.Single(held[0].GetProperty("sources").EnumerateArray());
        Assert.Equal("study:barcelona-terrassa-eurocities-creative-industries-meetings", source.GetProperty("study").GetProperty("id").GetString());
        Assert.Equal("Culture, technology and international outreach", source.GetProperty("study").GetProperty("name").GetString());
        Assert.Equal("stated", source.GetProperty("certainty").GetString());
        Assert.False(string.IsNullOrEmpty(source.GetProperty("quote").GetString()));
    }

    [Fact]
    public async Task Nested_levels_filter_sort_and_page_on_their_own()
    {
        var result = await seed.QueryAsync(Cities(IdIn("city:geonames:3128760")) with
        {
            Projection = Projection.Of(Name, new RelationshipProjection("events", M.HeldIn, Direction.Incoming, new NodeQuery
            {
                Where = Compare(P(M.Event, "eventType"), CompareOp.In, new[] { "study visit", "workshop" }),
                OrderBy = [new FieldSort(FieldRef.Of(P(M.Event, "startDate"))), new FieldSort(FieldRef.Name) { Descending = true }],
                First = 3,
                Offset = 1,
                Projection = Projection.Of(Name, Prop(P(M.Event, "startDate"))),
            })
            {
                EdgeFields = [Prop(P(M.HeldIn, "venue"), "where")],
            }),
        });
        var events = result[0].GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["1st Interregional Training Session, Day 1 (MACBA)", "Study visit to Gaudi’s Pedrera", "1st Interregional Training Session, Day 2 (Barcelona Chamber of Commerce)"],
            events.Select(e => e.GetProperty("name").GetString()));
        Assert.Equal("Auditorium of the MACBA Museum", events[0].GetProperty("where").GetString());
    }

    [Fact]
    public async Task Property_claims_are_side_by_side_with_their_sources()
    {
        var result = await seed.QueryAsync(new NodeQuery
        {
            Kind = M.Network,
            Where = NameMatches("eurocities"),
            Shape = ResultShape.Single,
            Projection = Projection.Of(Name, Prop(P(M.Network, "memberCount")), new ClaimsField("memberCounts", P(M.Network, "memberCount")),
                new ClaimsField("claims"), new SourcesField("sources")),
        });
        Assert.Equal(135, result.GetProperty("memberCount").GetInt32()); // the preferred claim: exact before "more than" (ClaimPreference)
        var claims = result.GetProperty("memberCounts").EnumerateArray().ToList();
        Assert.Equal(
            [(140, "more than", "with over 140 members"), (135, "exact", "brings together 135 European cities of more than 250,000 inhabitants"), (100, "more than", "brings together over a hundred major cities in the EU")],
            claims.Select(c => (c.GetProperty("value").GetInt32(), c.GetProperty("qualifier").GetString(), c.GetProperty("quote").GetString())));
        Assert.Equal("study:2018-announcement-eurocities-external-cultural-relations", claims[0].GetProperty("study").GetProperty("id").GetString());
        Assert.Equal("study:barcelona-terrassa-eurocities-creative-industries-meetings", claims[1].GetProperty("study").GetProperty("id").GetString());
        Assert.All(claims, c => Assert.Equal("memberCount", c.GetProperty("property").GetString()));
        Assert.True(result.GetProperty("claims").GetArrayLength() > 3);
        Assert.True(result.GetProperty("sources").GetArrayLength() >= 3);
    }

    [Fact]
    public async Task Symmetric_relationships_read_from_both_sides()
    {
        NodeQuery Partners(string id) => new()
        {
            Where = IdIn(id),
            Projection = Projection.Of(Id, new RelationshipProjection("cooperatesWith", M.CooperatesWith, Direction.Outgoing, new NodeQuery
            {
                Projection = Projection.Of(Id),
            })
            {
                EdgeFields = [Prop(P(M.CooperatesWith, "basis"))],
            }),
        };
        var activa = (await seed.QueryAsync(Partners("org:barcelona-activa")))[0].GetProperty("cooperatesWith");
        Assert.Equal(7, activa.GetArrayLength());
        Assert.Contains("city:geonames:1857910", Ids(activa));
        var kyoto = (await seed.QueryAsync(Partners("city:geonames:1857910")))[0].GetProperty("cooperatesWith");
        var partner = Assert.Single(kyoto.EnumerateArray());
        Assert.Equal(("org:barcelona-activa", "exchange"), (partner.GetProperty("id").GetString(), partner.GetProperty("basis").GetString()));
        // Incoming reads the same relationships.
        var incoming = Partners("city:geonames:1857910") with { };
        var viaIncoming = await seed.QueryAsync(incoming with
        {
            Projection = Projection.Of(new RelationshipProjection("c", M.CooperatesWith, Direction.Incoming, new NodeQuery { Projection = Projection.Of(Id) })),
        });
        Assert.Equal(["org:barcelona-activa"], Ids(viaIncoming[0].GetProperty("c")));
    }

    [Fact]
    public async Task Kind_conditional_fields_apply_to_their_kinds_only()
    {
        var result = await seed.QueryAsync(new NodeQuery
        {
            Where = IdIn("city:geonames:2644688", "event:eurocities-culture-forum-leeds-2019", "network:eurocities"),
            Projection = Projection.Of(
                new ValueField("typename", FieldRef.Kind),
                Id,
                new ValueField("code", FieldRef.Of(P(M.City, "countryCode"))) { OnKinds = [M.City] },
                new ValueField("code", FieldRef.Of(P(M.Network, "acronym"))) { OnKinds = [M.Network] },
                new ValueField("start", FieldRef.Of(P(M.Event, "startDate"))) { OnKinds = [M.Event] },
                new AliasesField("aliases") { OnKinds = [M.Event, M.Network] }),
        });
        var byId = result.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.EnumerateObject().Select(p => p.Name).ToList());
        Assert.Equal(["typename", "id", "code"], byId["city:geonames:2644688"]);
        Assert.Equal(["typename", "id", "start", "aliases"], byId["event:eurocities-culture-forum-leeds-2019"]);
        Assert.Equal(["typename", "id", "code", "aliases"], byId["network:eurocities"]);
        Assert.Equal("GB", result[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Aliases_list_other_names_with_their_language()
    {
        var result = await seed.QueryAsync(Cities(IdIn("city:geonames:2800866")) with { Projection = Projection.Of(Name, new AliasesField("aliases")) });
        var aliases = result[0].GetProperty("aliases").EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString(), a.GetProperty("lang").GetString())).ToList();
        Assert.Equal([("Bruxelles", "fr"), ("Brussel", "nl")], aliases);
    }

    /// <summary>One city with a relationship level shaped by <paramref name="target"/> (events held there, venue on the edge).</summary>
    private static NodeQuery EventsHeldIn(string city, NodeQuery target, bool venue) => new()
    {
        Kind = M.City,
        Where = IdIn(city),
        Shape = ResultShape.Single,
        Projection = Projection.Of(Id, new RelationshipProjection("events", M.HeldIn, Direction.Incoming, target)
        {
            EdgeFields = venue ? [Prop(P(M.HeldIn, "venue"))] : [],
        }),
    };

    [Fact]
    public async Task A_page_of_related_nodes_is_the_start_of_the_whole_list_in_every_shape()
    {
        var byName = new NodeQuery { Kind = M.Event, OrderBy = [new FieldSort(FieldRef.Name)], Projection = IdName };
        var whole = (await seed.QueryAsync(EventsHeldIn("city:geonames:3128760", byName, venue: true))).GetProperty("events");
        Assert.Equal(8, whole.GetArrayLength());
        var expected = whole.EnumerateArray().Take(3).Select(e => e.GetRawText()).ToList();

        // A list page keeps the edge's fields merged into each item.
        var list = (await seed.QueryAsync(EventsHeldIn("city:geonames:3128760", byName with { First = 3 }, venue: true))).GetProperty("events");
        Assert.Equal(expected, list.EnumerateArray().Select(e => e.GetRawText()));

        // A connection with only nodes reads the page alone; with edges and hasNextPage it reads one row more.
        var nodesOnly = byName with { First = 3, Shape = ResultShape.Connection, Connection = new ConnectionProjection([new NodesField("nodes")]) };
        var nodes = (await seed.QueryAsync(EventsHeldIn("city:geonames:3128760", nodesOnly, venue: false))).GetProperty("events");
        Assert.Equal(["nodes"], nodes.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Ids(whole).Take(3), Ids(nodes.GetProperty("nodes")));

        var paged = byName with { First = 3, Shape = ResultShape.Connection, Connection = ConnectionProjection.Default(Prop(P(M.HeldIn, "venue"))) };
        var connection = (await seed.QueryAsync(EventsHeldIn("city:geonames:3128760", paged, venue: false))).GetProperty("events");
        var edges = connection.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(Ids(whole).Take(3), edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.Equal(whole.EnumerateArray().Take(3).Select(e => e.GetProperty("venue").GetRawText()), edges.Select(e => e.GetProperty("venue").GetRawText()));
        Assert.Equal(8, connection.GetProperty("totalCount").GetInt32());
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(edges[^1].GetProperty("cursor").GetString(), connection.GetProperty("pageInfo").GetProperty("endCursor").GetString());

        // The last page: no next page, and the end cursor is the last row's.
        var last = (await seed.QueryAsync(EventsHeldIn("city:geonames:3128760", paged with { First = 3, Offset = 6 }, venue: false))).GetProperty("events");
        Assert.Equal(Ids(whole).Skip(6), last.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_page_of_a_symmetric_relationship_is_the_start_of_the_whole_list()
    {
        NodeQuery Partners(int? first) => new()
        {
            Kind = M.Organisation,
            Where = IdIn("org:barcelona-activa"),
            Shape = ResultShape.Single,
            Projection = Projection.Of(Id, new RelationshipProjection("partners", M.CooperatesWith, Direction.Outgoing,
                new NodeQuery { OrderBy = [new FieldSort(FieldRef.Name) { Descending = true }], First = first, Projection = IdName })),
        };
        var whole = Ids((await seed.QueryAsync(Partners(null))).GetProperty("partners"));
        Assert.Equal(7, whole.Count);
        Assert.Equal(whole.Take(3), Ids((await seed.QueryAsync(Partners(3))).GetProperty("partners")));
    }
}
