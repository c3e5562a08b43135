using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary><see cref="BetweennessCentrality"/> (Brandes) against known values and against <see cref="NaiveBetweenness"/>.</summary>
public class BetweennessTests
{
    private static double[] Brandes(int n, params (int, int)[] edges) => BetweennessCentrality.Compute(CollaborationGraph.FromEdges(n, edges));

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) < 1e-9, $"node {i}: expected {expected[i]}, got {actual[i]}");
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void Path_graph_node_i_lies_between_i_and_n_minus_1_minus_i_nodes(int n)
    {
        var edges = Enumerable.Range(0, n - 1).Select(i => (i, i + 1)).ToArray();
        AssertClose(Enumerable.Range(0, n).Select(i => (double)i * (n - 1 - i)).ToArray(), Brandes(n, edges));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    public void Star_centre_lies_on_every_path_between_leaves(int leaves)
    {
        var edges = Enumerable.Range(1, leaves).Select(i => (0, i)).ToArray();
        var expected = new double[leaves + 1];
        expected[0] = leaves * (leaves - 1) / 2.0;
        AssertClose(expected, Brandes(leaves + 1, edges));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Two_cliques_joined_by_a_bridge_route_every_crossing_pair_through_its_ends(int m)
    {
        // clique A = 0..m-1, clique B = m..2m-1, bridge (0, m): 0 is interior to the (m-1)·m paths from A\{0} to B.
        var edges = new List<(int, int)> { (0, m) };
        foreach (var offset in new[] { 0, m })
        {
            for (var i = 0; i < m; i++)
            {
                for (var j = i + 1; j < m; j++)
                {
                    edges.Add((offset + i, offset + j));
                }
            }
        }
        var expected = new double[2 * m];
        expected[0] = expected[m] = (m - 1) * m;
        AssertClose(expected, Brandes(2 * m, [.. edges]));
    }

    [Fact]
    public void Cycle_of_four_splits_each_opposite_pair()
    {
        AssertClose([0.5, 0.5, 0.5, 0.5], Brandes(4, (0, 1), (1, 2), (2, 3), (3, 0)));
    }

    [Fact]
    public void Empty_and_disconnected_graphs_have_no_betweenness_across_components()
    {
        Assert.Empty(Brandes(0));
        AssertClose([0, 1, 0, 0, 0], Brandes(5, (0, 1), (1, 2), (3, 4)));
    }

    [Fact]
    public void Repeated_edges_and_loops_are_ignored()
    {
        var graph = CollaborationGraph.FromEdges(3, [(0, 1), (1, 0), (1, 1), (1, 2)]);
        Assert.Equal(2, graph.EdgeCount);
        AssertClose([0, 1, 0], BetweennessCentrality.Compute(graph));
        Assert.Throws<ArgumentOutOfRangeException>(() => CollaborationGraph.FromEdges(2, [(0, 2)]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Random_graphs_agree_with_enumerating_every_shortest_path(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 10; round++)
        {
            var n = random.Next(1, 13);
            var density = random.NextDouble();
            var edges = new List<(int, int)>();
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    if (random.NextDouble() < density)
                    {
                        edges.Add(random.Next(2) == 0 ? (i, j) : (j, i));
                    }
                }
            }
            AssertClose(NaiveBetweenness.Compute(n, edges), Brandes(n, [.. edges]));
        }
    }
}
