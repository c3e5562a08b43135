namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent (Zipf's law), by binary search in the
/// cumulative weights: rank 0 is the most likely. Used for city sizes, organisations' activity, programme sizes.
/// </summary>
public sealed class Zipf
{
    private readonly double[] _cumulative;

    /// <summary>A distribution over <paramref name="count"/> ranks.</summary>
    public Zipf(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _cumulative = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, exponent);
            _cumulative[i] = sum;
        }
    }

    /// <summary>The number of ranks.</summary>
    public int Count => _cumulative.Length;

    /// <summary>One rank.</summary>
    public int Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
