using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using static KnowledgeGraph.Store.Query.Filters;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

[Collection(SeedStoreCollection.Name)]
public class RelationshipFilterTests(SeedStore seed)
{
    private static readonly Filter HeldInBarcelona = Some(M.HeldIn, Direction.Outgoing, Compare(FieldRef.Name, CompareOp.Eq, "Barcelona"));

    private async Task<List<string>> IdsOf(NodeKind kind, Filter where) =>
        Ids(await seed.QueryAsync(new NodeQuery { Kind = kind, Where = where, Projection = IdName }));

    [Fact]
    public async Task Cities_that_participated_in_events_held_in_Barcelona()
    {
        Assert.Equal(["city:geonames:3108286", "city:geonames:3128760"],
            await IdsOf(M.City, Some(M.ParticipatedIn, Direction.Outgoing, HeldInBarcelona)));
    }

    [Fact]
    public async Task None_is_the_complement_of_some()
    {
        var none = await IdsOf(M.City, None(M.ParticipatedIn, Direction.Outgoing, HeldInBarcelona));
        Assert.Equal(7, none.Count);
        Assert.DoesNotContain("city:geonames:3128760", none);
    }

    [Fact]
    public async Task All_holds_for_every_related_node_and_vacuously()
    {
        var onlyBarcelona = All(M.HeldIn, Direction.Outgoing, Compare(FieldRef.Name, CompareOp.Eq, "Barcelona"));
        var events = await IdsOf(M.Event, onlyBarcelona);
        Assert.Contains("event:sonar", events);
        Assert.Contains("event:eurocities-culture-forum", events); // held nowhere: vacuously true
        Assert.DoesNotContain("event:eurocities-barcelona-terrassa-creative-industries-meetings", events); // also in Terrassa
        Assert.DoesNotContain("event:eurocities-culture-forum-leeds-2019", events);
        var held = await IdsOf(M.Event, And(onlyBarcelona, Some(M.HeldIn, Direction.Outgoing)));
        Assert.Equal(7, held.Count);
    }

    [Fact]
    public async Task Projects_that_address_creative_industries()
    {
        var creative = Some(M.Addresses, Direction.Outgoing, IdIn("theme:creative-industries"));
        Assert.Equal(["project:chebec", "project:innocrafts", "project:smath"], await IdsOf(M.Project, creative));
    }

    [Fact]
    public async Task Edge_conditions_filter_the_relationship()
    {
        var hosts = Some(M.ParticipatedIn, Direction.Outgoing, onEdge: Compare(P(M.ParticipatedIn, "role"), CompareOp.Eq, "host"));
        Assert.Equal(
            ["org:ajuntament-de-barcelona", "org:barcelona-chamber-of-commerce", "org:diputacio-de-barcelona", "org:generalitat-de-catalunya"],
            await IdsOf(M.Organisation, hosts));
    }

    [Fact]
    public async Task Incoming_relationships_and_kind_restriction()
    {
        var organisedByNetwork = new RelatedFilter(M.OrganisedBy, Direction.Outgoing, Quantifier.Some) { OtherKind = M.Network };
        Assert.Equal(3, (await IdsOf(M.Event, organisedByNetwork)).Count);
        var withPartners = Some(M.PartnerIn, Direction.Incoming, Compare(FieldRef.Name, CompareOp.Eq, "Barcelona Activa"));
        Assert.Equal(6, (await IdsOf(M.Project, withPartners)).Count);
    }

    [Fact]
    public async Task Symmetric_relationships_match_either_side()
    {
        var withActiva = Some(M.CooperatesWith, Direction.Outgoing, IdIn("org:barcelona-activa"));
        Assert.Equal(5, (await IdsOf(M.City, withActiva)).Count);
        var withKyoto = Some(M.CooperatesWith, Direction.Incoming, NameMatches("kyoto"));
        Assert.Equal(["org:barcelona-activa"], await IdsOf(M.Organisation, withKyoto));
    }
}
