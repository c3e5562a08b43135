namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// An immutable linked response path (spec 7.1.2 "path"): each segment is a response key or a list
/// index. Cheap to extend; turned into a list only when needed (<see cref="ToList"/>).
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? key, int index, int depth)
    {
        Parent = parent;
        Key = key;
        Index = index;
        Depth = depth;
    }

    /// <summary>The enclosing path, or null for a root field.</summary>
    public ResponsePath? Parent { get; }

    /// <summary>The response key, or null when this segment is a list index.</summary>
    public string? Key { get; }

    /// <summary>The list index when <see cref="Key"/> is null.</summary>
    public int Index { get; }

    /// <summary>Number of segments.</summary>
    public int Depth { get; }

    /// <summary>A root segment.</summary>
    public static ResponsePath Root(string key) => new(null, key, -1, 1);

    /// <summary>Appends a response key.</summary>
    public ResponsePath Append(string key) => new(this, key, -1, Depth + 1);

    /// <summary>Appends a list index.</summary>
    public ResponsePath Append(int index) => new(this, null, index, Depth + 1);

    /// <summary>Segments from the root: strings (keys) and boxed ints (indexes).</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        var current = this;
        for (int i = Depth - 1; i >= 0; i--)
        {
            segments[i] = current!.Key ?? (object)current.Index;
            current = current.Parent;
        }

        return segments;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(".", ToList());
}
