using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using static KnowledgeGraph.Store.Sqlite.Tests.Query.Plans;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>A synthetic graph of 5,000 nodes and 20,000 relationships: nested paged queries still count right, in one statement.</summary>
public class ScaleTests : StoreTestBase
{
    private const int Cities = 1000, Projects = 4000;

    /// <summary>1 to 9 partners, 5 on average: about 20,000 relationships, unevenly spread over the cities.</summary>
    private static int PartnersOf(int project) => 1 + project % 9;

    private static int PartnerOf(int project, int k) => (project * 7 + k * 13) % Cities;

    private static GraphBatch Synthetic()
    {
        var study = "study:synthetic";
        Source Row(string row) => new(study, Certainty.Stated) { Dataset = "synthetic.csv", Row = row };
        var nodes = new List<NodeAssertion>
        {
            new("Study", study, "Synthetic graph") { Sources = [Row("0")], Claims = [new PropertyClaim("studyType", "dataset", Row("0"))] },
        };
        for (var i = 0; i < Cities; i++)
        {
            nodes.Add(new("City", $"city:s{i}", $"Synthetic City {i}") { Sources = [Row($"c{i}")] });
        }
        for (var j = 0; j < Projects; j++)
        {
            nodes.Add(new("Project", $"project:s{j}", $"Synthetic Project {j}")
            {
                Sources = [Row($"p{j}")],
                Claims = [new PropertyClaim("euFunding", (decimal)(j % 10 * 1000), Row($"p{j}"))],
            });
        }
        var rels = new List<RelationshipAssertion>();
        for (var j = 0; j < Projects; j++)
        {
            for (var k = 0; k < PartnersOf(j); k++)
            {
                rels.Add(new("PARTNER_IN", $"city:s{PartnerOf(j, k)}", $"project:s{j}") { Sources = [Row($"e{j}-{k}")] });
            }
        }
        return new GraphBatch("synthetic", nodes, rels);
    }

    [Fact]
    public async Task Nested_paged_query_counts_right_over_a_large_graph()
    {
        await LoadAsync(Synthetic());
        var expected = new Dictionary<string, (int Count, decimal Eu)>();
        for (var j = 0; j < Projects; j++)
        {
            for (var k = 0; k < PartnersOf(j); k++)
            {
                var city = $"city:s{PartnerOf(j, k)}";
                var (count, eu) = expected.GetValueOrDefault(city);
                expected[city] = (count + 1, eu + j % 10 * 1000);
            }
        }

        var seen = new List<string>();
        string? after = null;
        var statements = Store.Queries.StatementsExecuted;
        var pages = 0;
        do
        {
            var json = await Store.QueryAsync(new NodeQuery
            {
                Kind = M.City,
                OrderBy = [new RelatedCountSort(M.PartnerIn, Direction.Outgoing) { Descending = true }],
                First = 250,
                After = after,
                Shape = ResultShape.Connection,
                Projection = Projection.Of(Id,
                    new EdgeSum("eu", M.PartnerIn, Direction.Outgoing, P(M.Project, "euFunding"), SumOver.RelatedNode),
                    new RelationshipProjection("projects", M.PartnerIn, Direction.Outgoing, new NodeQuery
                    {
                        OrderBy = [new FieldSort(FieldRef.Of(P(M.Project, "euFunding"))) { Descending = true }],
                        First = 3,
                        Shape = ResultShape.Connection,
                        Projection = Projection.Of(Id, Prop(P(M.Project, "euFunding"))),
                    })),
            });
            pages++;
            var page = System.Text.Json.JsonDocument.Parse(json).RootElement;
            Assert.Equal(Cities, page.GetProperty("totalCount").GetInt32());
            foreach (var edge in page.GetProperty("edges").EnumerateArray())
            {
                var city = edge.GetProperty("node");
                var id = city.GetProperty("id").GetString()!;
                seen.Add(id);
                var projects = city.GetProperty("projects");
                Assert.Equal(expected[id].Count, projects.GetProperty("totalCount").GetInt32());
                Assert.Equal(Math.Min(3, expected[id].Count), projects.GetProperty("edges").GetArrayLength());
                Assert.Equal(expected[id].Count > 3, projects.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
                Assert.Equal(expected[id].Eu, city.GetProperty("eu").GetDecimal());
            }
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(4, pages);
        Assert.Equal(pages, Store.Queries.StatementsExecuted - statements);
        Assert.Equal(Cities, seen.Distinct().Count());
        Assert.Equal(Cities, seen.Count);
        var counts = seen.Select(id => expected.GetValueOrDefault(id).Count).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.InRange(expected.Values.Sum(v => v.Count), 19_990, 20_000);
        Assert.True(counts[0] > counts[^1], "the synthetic counts are uneven");
    }
}
