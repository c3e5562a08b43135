namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// An undirected simple graph over the nodes <c>0..NodeCount-1</c> held as adjacency arrays: the collaboration graph of
/// question 4 (cities or organisations, joined when they share a project in scope), built from the edges one statement
/// fetched, for the measures computed in memory (<see cref="BetweennessCentrality"/>).
/// </summary>
public sealed class CollaborationGraph
{
    private readonly int[][] _neighbours;

    private CollaborationGraph(int[][] neighbours, int edgeCount)
    {
        _neighbours = neighbours;
        EdgeCount = edgeCount;
    }

    /// <summary>How many nodes.</summary>
    public int NodeCount => _neighbours.Length;

    /// <summary>How many edges (each once, loops and repeats left out).</summary>
    public int EdgeCount { get; }

    /// <summary>The neighbours of <paramref name="node"/>, ascending.</summary>
    public IReadOnlyList<int> Neighbours(int node) => _neighbours[node];

    /// <summary>Builds the graph; repeated edges (either way) and loops are ignored.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An edge names a node outside <c>0..nodeCount-1</c>.</exception>
    public static CollaborationGraph FromEdges(int nodeCount, IEnumerable<(int A, int B)> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentNullException.ThrowIfNull(edges);
        var sets = new SortedSet<int>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            sets[i] = [];
        }
        var count = 0;
        foreach (var (a, b) in edges)
        {
            if ((uint)a >= (uint)nodeCount || (uint)b >= (uint)nodeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(edges), $"Edge ({a}, {b}) names a node outside 0..{nodeCount - 1}.");
            }
            if (a != b && sets[a].Add(b))
            {
                sets[b].Add(a);
                count++;
            }
        }
        return new CollaborationGraph([.. sets.Select(s => s.ToArray())], count);
    }
}
