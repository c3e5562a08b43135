namespace KnowledgeGraph.Store.Query;

/// <summary>
/// The spelling distance between two folded texts (<see cref="Model.Identity.TextKey"/>): the fewest single-character
/// insertions, deletions, substitutions and swaps of two neighbours that turn one into the other (optimal string
/// alignment), given up once above a limit.
/// </summary>
public static class SpellingDistance
{
    /// <summary>The distance, or <paramref name="limit"/> + 1 when it is above <paramref name="limit"/>.</summary>
    public static int Between(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > limit)
            {
                return limit + 1;
            }
            (before, previous, current) = (previous, current, before);
        }
        return Math.Min(previous[b.Length], limit + 1);
    }

    /// <summary>The largest distance a near miss of <paramref name="folded"/> may have: a third of its length, at least 1.</summary>
    public static int Tolerance(string folded) => Math.Max(1, folded.Length / 3);
}
