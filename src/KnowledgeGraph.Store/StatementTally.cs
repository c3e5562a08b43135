namespace KnowledgeGraph.Store;

/// <summary>
/// Counts the statements one unit of work (a GraphQL request) sends, whatever the back-end and however many run at
/// once: <see cref="Begin"/> makes a tally current for the calling flow (an <see cref="AsyncLocal{T}"/>, so the
/// resolvers it awaits see it), and each statement the back-ends start (<see cref="StoreTelemetry.StartStatement"/>)
/// counts in it. Concurrent requests each see their own tally, unlike the store-wide counter.
/// </summary>
public sealed class StatementTally
{
    private static readonly AsyncLocal<StatementTally?> CurrentTally = new();

    private int _count;

    /// <summary>The statements counted so far.</summary>
    public int Statements => Volatile.Read(ref _count);

    /// <summary>The tally of the calling flow, or null.</summary>
    public static StatementTally? Current => CurrentTally.Value;

    /// <summary>Makes a new tally current for the calling flow and what it awaits from now on; returns it.</summary>
    public static StatementTally Begin()
    {
        var tally = new StatementTally();
        CurrentTally.Value = tally;
        return tally;
    }

    /// <summary>Counts one statement in the current tally, if there is one.</summary>
    public static void Count()
    {
        if (CurrentTally.Value is { } tally)
        {
            Interlocked.Increment(ref tally._count);
        }
    }
}
