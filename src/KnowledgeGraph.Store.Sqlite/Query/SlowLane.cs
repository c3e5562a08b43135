using System.Collections.Concurrent;

namespace KnowledgeGraph.Store.Sqlite.Query;

/// <summary>
/// Keeps statements known to be slow from taking every read connection (issue 20). It remembers, by SQL text (a plan's
/// shape: values are parameters), the statements whose last run took at least <see cref="Threshold"/> SQLite
/// instructions, interrupted or not; the executor has a statement it remembers wait for one of <see cref="Capacity"/> places before it waits for a connection, so
/// the other connections stay free for everything else. A remembered statement that runs to its end fast again is forgotten.
/// </summary>
internal sealed class SlowLane : IDisposable
{
    /// <summary>The most SQL texts remembered; past it the memory starts afresh.</summary>
    public const int MaxRemembered = 1024;

    private readonly ConcurrentDictionary<string, byte> _slow = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _places;

    /// <summary>A lane of <paramref name="capacity"/> places for statements that took at least <paramref name="threshold"/> instructions.</summary>
    public SlowLane(int capacity, long threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        Threshold = threshold;
        _places = new SemaphoreSlim(capacity, capacity);
    }

    /// <summary>The most slow statements running (or waiting for a connection) at once.</summary>
    public int Capacity { get; }

    /// <summary>A run of at least this many SQLite virtual-machine instructions makes its statement slow.</summary>
    public long Threshold { get; set; }

    /// <summary>How many statements are remembered as slow.</summary>
    public int Remembered => _slow.Count;

    /// <summary>Whether <paramref name="sql"/> is known to be slow (its last run took <see cref="Threshold"/> instructions or more).</summary>
    public bool Knows(string sql) => !_slow.IsEmpty && _slow.ContainsKey(sql);

    /// <summary>Waits for a place (call <see cref="Exit"/> after the run); throws <see cref="OperationCanceledException"/> when the token is cancelled first.</summary>
    public Task EnterAsync(CancellationToken cancellationToken) => _places.WaitAsync(cancellationToken);

    /// <summary>Gives back the place taken by <see cref="EnterAsync"/>.</summary>
    public void Exit() => _places.Release();

    /// <summary>
    /// Remembers <paramref name="sql"/> when its run took <paramref name="instructions"/> of at least
    /// <see cref="Threshold"/>; forgets it when the run <paramref name="completed"/> with fewer. A run stopped early
    /// (interrupted with little time left, or failed) says nothing of the statement's cost.
    /// </summary>
    public void Record(string sql, long instructions, bool completed)
    {
        if (instructions >= Threshold)
        {
            if (_slow.Count >= MaxRemembered)
            {
                _slow.Clear();
            }
            _slow.TryAdd(sql, 0);
        }
        else if (completed && !_slow.IsEmpty)
        {
            _slow.TryRemove(sql, out _);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _places.Dispose();
}
