using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using static KnowledgeGraph.Store.Query.Filters;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>Sums and counts over relationships, on a small graph with amounts (the seed graph has none).</summary>
public class AggregateTests : StoreTestBase
{
    private Task LoadFundingAsync() => LoadAsync(StudyText.Batch("study:a", """
          - {id: city:leeds, kind: City, name: Leeds, quote: Leeds}
          - {id: city:lyon, kind: City, name: Lyon, quote: Lyon}
          - {id: programme:urbact, kind: Programme, name: URBACT, quote: URBACT}
          - {id: project:one, kind: Project, name: One, quote: One, properties: {euFunding: 1000.50, budget: 2000}}
          - {id: project:two, kind: Project, name: Two, quote: Two, properties: {euFunding: 250}}
          - {id: project:three, kind: Project, name: Three, quote: Three}
        """, """
          - {type: FUNDED_BY, from: project:one, to: programme:urbact, quote: One, properties: {amount: 1000.50}}
          - {type: FUNDED_BY, from: project:two, to: programme:urbact, quote: Two, properties: {amount: 250}}
          - {type: FUNDED_BY, from: project:three, to: programme:urbact, quote: Three}
          - {type: PARTNER_IN, from: city:leeds, to: project:one, quote: Leeds, properties: {role: lead}}
          - {type: PARTNER_IN, from: city:leeds, to: project:two, quote: Leeds}
          - {type: PARTNER_IN, from: city:lyon, to: project:two, quote: Lyon}
        """));

    private async Task<System.Text.Json.JsonElement> RunAsync(NodeQuery query)
    {
        var json = await Store.QueryAsync(query);
        return System.Text.Json.JsonDocument.Parse(json).RootElement.Clone();
    }

    [Fact]
    public async Task Sums_of_relationship_and_related_node_properties()
    {
        await LoadFundingAsync();
        var programme = await RunAsync(new NodeQuery
        {
            Kind = M.Programme,
            Shape = ResultShape.Single,
            Projection = Projection.Of(Name,
                new EdgeSum("funding", M.FundedBy, Direction.Incoming, P(M.FundedBy, "amount"), SumOver.Relationship),
                new EdgeSum("euFunding", M.FundedBy, Direction.Incoming, P(M.Project, "euFunding"), SumOver.RelatedNode),
                new EdgeSum("bigOnly", M.FundedBy, Direction.Incoming, P(M.Project, "euFunding"), SumOver.RelatedNode, Compare(P(M.Project, "euFunding"), CompareOp.Gt, 500)),
                new RelatedCount("projects", M.FundedBy, Direction.Incoming)),
        });
        Assert.Equal(1250.5m, programme.GetProperty("funding").GetDecimal());
        Assert.Equal(1250.5m, programme.GetProperty("euFunding").GetDecimal());
        Assert.Equal(1000.5m, programme.GetProperty("bigOnly").GetDecimal());
        Assert.Equal(3, programme.GetProperty("projects").GetInt32());
    }

    [Fact]
    public async Task Cities_by_eu_funding_of_their_projects()
    {
        await LoadFundingAsync();
        var cities = await RunAsync(new NodeQuery
        {
            Kind = M.City,
            OrderBy = [new RelatedCountSort(M.PartnerIn, Direction.Outgoing, Compare(P(M.Project, "euFunding"), CompareOp.Gte, 1000)) { Descending = true }],
            Projection = Projection.Of(Name, new EdgeSum("eu", M.PartnerIn, Direction.Outgoing, P(M.Project, "euFunding"), SumOver.RelatedNode),
                new RelatedCount("leads", M.PartnerIn, Direction.Outgoing) { },
                new RelationshipProjection("projects", M.PartnerIn, Direction.Outgoing, new NodeQuery { Projection = Projection.Of(Name) })
                {
                    EdgeWhere = Compare(P(M.PartnerIn, "role"), CompareOp.Eq, "lead"),
                }),
        });
        Assert.Equal(["Leeds", "Lyon"], Strings(cities, "name"));
        Assert.Equal([1250.5m, 250m], cities.EnumerateArray().Select(c => c.GetProperty("eu").GetDecimal()));
        Assert.Equal(["One"], Strings(cities[0].GetProperty("projects"), "name"));
        Assert.Equal(0, cities[1].GetProperty("projects").GetArrayLength());
    }

    [Fact]
    public async Task Money_keeps_its_value_in_projections()
    {
        await LoadFundingAsync();
        var project = await RunAsync(new NodeQuery
        {
            Kind = M.Project,
            Where = IdIn("project:one"),
            Shape = ResultShape.Single,
            Projection = Projection.Of(Prop(P(M.Project, "euFunding")), Prop(P(M.Project, "budget"))),
        });
        Assert.Equal(1000.50m, project.GetProperty("euFunding").GetDecimal());
        Assert.Equal(2000, project.GetProperty("budget").GetInt32());
    }
}
