namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// Betweenness centrality of every node of an undirected, unweighted graph by Brandes' algorithm (2001): one
/// breadth-first search per source counts the shortest paths to every node, then the dependencies are accumulated in
/// reverse order of distance. O(nodes × edges) time, O(nodes + edges) memory.
/// </summary>
/// <remarks>
/// A node's value is the sum, over the unordered pairs {s, t} of other nodes joined by a path, of the share of the
/// shortest s–t paths that pass through it (so a path graph's middle node of three has 1, a star's centre with k
/// leaves k(k−1)/2). Values are not normalised.
/// </remarks>
public static class BetweennessCentrality
{
    /// <summary>The betweenness of each node of <paramref name="graph"/>.</summary>
    /// <exception cref="OperationCanceledException">Cancelled (checked once per source).</exception>
    public static double[] Compute(CollaborationGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        var centrality = new double[n];
        var distance = new int[n];
        var paths = new double[n];
        var dependency = new double[n];
        var order = new int[n];
        for (var source = 0; source < n; source++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reached = CountShortestPaths(graph, source, distance, paths, order);
            Array.Clear(dependency);
            for (var i = reached - 1; i > 0; i--)
            {
                var w = order[i];
                var previous = distance[w] - 1;
                var share = (1 + dependency[w]) / paths[w];
                foreach (var v in graph.Neighbours(w))
                {
                    if (distance[v] == previous)
                    {
                        dependency[v] += paths[v] * share;
                    }
                }
                centrality[w] += dependency[w];
            }
        }
        for (var i = 0; i < n; i++)
        {
            centrality[i] /= 2; // each unordered pair was counted from both ends
        }
        return centrality;
    }

    /// <summary>
    /// Breadth-first search from <paramref name="source"/>: fills distances (-1 when unreached), the number of shortest
    /// paths from the source, and the nodes in order of distance; returns how many nodes were reached.
    /// </summary>
    private static int CountShortestPaths(CollaborationGraph graph, int source, int[] distance, double[] paths, int[] order)
    {
        Array.Fill(distance, -1);
        Array.Clear(paths);
        distance[source] = 0;
        paths[source] = 1;
        order[0] = source;
        var head = 0;
        var tail = 1;
        while (head < tail)
        {
            var v = order[head++];
            foreach (var w in graph.Neighbours(v))
            {
                if (distance[w] < 0)
                {
                    distance[w] = distance[v] + 1;
                    order[tail++] = w;
                }
                if (distance[w] == distance[v] + 1)
                {
                    paths[w] += paths[v];
                }
            }
        }
        return tail;
    }
}
