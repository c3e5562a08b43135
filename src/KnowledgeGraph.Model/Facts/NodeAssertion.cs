namespace KnowledgeGraph.Model.Facts;

/// <summary>A source's statement that a node exists, with its names and property claims.</summary>
/// <param name="Kind">Node kind name.</param>
/// <param name="Id">The id the source uses; the store may merge it into an existing node (by id, external key or name).</param>
/// <param name="Name">Display name.</param>
public sealed record NodeAssertion(string Kind, string Id, string Name)
{
    /// <summary>Other names, in several languages.</summary>
    public IReadOnlyList<Alias> Aliases { get; init; } = [];

    /// <summary>A short description.</summary>
    public string? Description { get; init; }

    /// <summary>Typed property claims.</summary>
    public IReadOnlyList<PropertyClaim> Claims { get; init; } = [];

    /// <summary>The sources that state the node exists (at least one).</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>Where the node was written, if it came from a file.</summary>
    public Origin? Origin { get; init; }
}
