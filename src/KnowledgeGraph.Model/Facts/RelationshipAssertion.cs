namespace KnowledgeGraph.Model.Facts;

/// <summary>A source's statement that a relationship holds between two nodes.</summary>
/// <param name="Type">Relationship type name.</param>
/// <param name="FromId">Id of the start node, as the batch names it.</param>
/// <param name="ToId">Id of the end node, as the batch names it.</param>
public sealed record RelationshipAssertion(string Type, string FromId, string ToId)
{
    /// <summary>Typed property claims.</summary>
    public IReadOnlyList<PropertyClaim> Claims { get; init; } = [];

    /// <summary>The sources that state it (at least one).</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>Where it was written, if it came from a file.</summary>
    public Origin? Origin { get; init; }
}
