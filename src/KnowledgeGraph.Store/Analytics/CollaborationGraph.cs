namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// An undirected simple graph over the nodes <c>0..NodeCount-1</c> held as adjacency arrays: the collaboration graph of
/// question 4 (cities or organisations, joined when they share a project in scope), built from the edges one statement
/// fetched, for the measures computed in memory (<see cref="BetweennessCentrality"/>).
/// </summary>
public sealed class CollaborationGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;

    private CollaborationGraph(int[] offsets, int[] targets)
    {
        _offsets = offsets;
        _targets = targets;
    }

    /// <summary>How many nodes.</summary>
    public int NodeCount => _offsets.Length - 1;

    /// <summary>How many edges (each once, loops and repeats left out).</summary>
    public int EdgeCount => _targets.Length / 2;

    /// <summary>The neighbours of <paramref name="node"/>, ascending (a span over one flat array, so the measures' inner loops neither allocate nor jump around memory).</summary>
    public ReadOnlySpan<int> Neighbours(int node) => _targets.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

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
        foreach (var (a, b) in edges)
        {
            if ((uint)a >= (uint)nodeCount || (uint)b >= (uint)nodeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(edges), $"Edge ({a}, {b}) names a node outside 0..{nodeCount - 1}.");
            }
            if (a != b && sets[a].Add(b))
            {
                sets[b].Add(a);
            }
        }
        var offsets = new int[nodeCount + 1];
        for (var i = 0; i < nodeCount; i++)
        {
            offsets[i + 1] = offsets[i] + sets[i].Count;
        }
        var targets = new int[offsets[nodeCount]];
        for (var i = 0; i < nodeCount; i++)
        {
            sets[i].CopyTo(targets, offsets[i]);
        }
        return new CollaborationGraph(offsets, targets);
    }
}
