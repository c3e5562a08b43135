namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// The span of an AST node in its source: <see cref="Start"/> (inclusive) and <see cref="End"/>
/// (exclusive) are 0-based character offsets. Line and column are computed lazily on request.
/// A default value (no <see cref="Source"/>) means "no location" (e.g. a node built in code).
/// </summary>
public readonly struct Location : IEquatable<Location>
{
    /// <summary>Creates a location.</summary>
    public Location(int start, int end, Source source)
    {
        Start = start;
        End = end;
        Source = source;
    }

    /// <summary>Offset of the first character of the node.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character of the node.</summary>
    public int End { get; }

    /// <summary>The source, or null when the node has no location.</summary>
    public Source? Source { get; }

    /// <summary>True when the node was parsed (has a source).</summary>
    public bool HasSource => Source is not null;

    /// <summary>Line and column of <see cref="Start"/> (1-based), or (0,0) without a source.</summary>
    public SourceLocation StartLocation => Source?.GetLocation(Start) ?? default;

    /// <inheritdoc />
    public bool Equals(Location other) => Start == other.Start && End == other.End && ReferenceEquals(Source, other.Source);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Location other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Equality operator.</summary>
    public static bool operator ==(Location left, Location right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(Location left, Location right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Source is null ? "<no location>" : $"{StartLocation} [{Start}..{End})";
}
