using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Query;

/// <summary>
/// One key of an ordering. Every ordering ends with the node id (ascending), so ties are broken the same way
/// every time and cursors are stable. Missing values sort first ascending and last descending. Text sorts ignore
/// ASCII case.
/// </summary>
public abstract record SortKey
{
    /// <summary>Largest first.</summary>
    public bool Descending { get; init; }
}

/// <summary>Sort on a node field or property.</summary>
public sealed record FieldSort(FieldRef Field) : SortKey;

/// <summary>Sort on the number of related nodes (cities by number of events), optionally counting only matching ones.</summary>
public sealed record RelatedCountSort(RelationshipType Relationship, Direction Direction, Filter? Where = null) : SortKey;
