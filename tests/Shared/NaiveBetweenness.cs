namespace KnowledgeGraph.Tests.Shared;

/// <summary>
/// Betweenness centrality the slow, obvious way, to check faster implementations against: for every unordered pair of
/// nodes, a breadth-first search gives the distances from one end, every shortest path to the other end is listed one
/// by one, and each interior node gains the share of the paths it lies on. Only for small graphs.
/// </summary>
public static class NaiveBetweenness
{
    /// <summary>The betweenness of each node of the undirected graph over <c>0..nodeCount-1</c> with <paramref name="edges"/>.</summary>
    public static double[] Compute(int nodeCount, IEnumerable<(int A, int B)> edges)
    {
        var adjacent = Enumerable.Range(0, nodeCount).Select(_ => new HashSet<int>()).ToArray();
        foreach (var (a, b) in edges.Where(e => e.A != e.B))
        {
            adjacent[a].Add(b);
            adjacent[b].Add(a);
        }
        var result = new double[nodeCount];
        for (var s = 0; s < nodeCount; s++)
        {
            var distance = Distances(adjacent, s);
            for (var t = s + 1; t < nodeCount; t++)
            {
                if (distance[t] < 0)
                {
                    continue;
                }
                var paths = new List<List<int>>();
                Walk(adjacent, distance, t, [s], paths);
                foreach (var node in paths.SelectMany(p => p.Skip(1).SkipLast(1)))
                {
                    result[node] += 1.0 / paths.Count;
                }
            }
        }
        return result;
    }

    private static int[] Distances(HashSet<int>[] adjacent, int source)
    {
        var distance = Enumerable.Repeat(-1, adjacent.Length).ToArray();
        distance[source] = 0;
        var queue = new Queue<int>([source]);
        while (queue.TryDequeue(out var v))
        {
            foreach (var w in adjacent[v].Where(w => distance[w] < 0))
            {
                distance[w] = distance[v] + 1;
                queue.Enqueue(w);
            }
        }
        return distance;
    }

    /// <summary>Lists every path that goes one step further from the source each step and ends at <paramref name="target"/>.</summary>
    private static void Walk(HashSet<int>[] adjacent, int[] distance, int target, List<int> path, List<List<int>> found)
    {
        var last = path[^1];
        if (last == target)
        {
            found.Add([.. path]);
            return;
        }
        if (distance[last] >= distance[target])
        {
            return;
        }
        foreach (var next in adjacent[last].Where(w => distance[w] == distance[last] + 1))
        {
            path.Add(next);
            Walk(adjacent, distance, target, path, found);
            path.RemoveAt(path.Count - 1);
        }
    }
}
