namespace KnowledgeGraph.Store;

/// <summary>What kind of change a load made.</summary>
public enum ChangeKind
{
    /// <summary>A new node.</summary>
    NodeAdded,

    /// <summary>An asserted node merged into an existing one (by id, external key or name).</summary>
    NodeMerged,

    /// <summary>A node got a new name or alias.</summary>
    NameAdded,

    /// <summary>A property's current value changed (or was set).</summary>
    PropertyChanged,

    /// <summary>A new relationship.</summary>
    RelationshipAdded,

    /// <summary>A new source for a node, relationship or property claim.</summary>
    SourceAdded,
}

/// <summary>One change: what, on which node or relationship, and details (old and new values, merge method).</summary>
public sealed record Change(ChangeKind Kind, string Subject, string? Detail = null)
{
    /// <inheritdoc/>
    public override string ToString() => Detail is null ? $"{Kind} {Subject}" : $"{Kind} {Subject}: {Detail}";
}

/// <summary>The changes a load made (or, for a dry run, would make).</summary>
public sealed record LoadReport(IReadOnlyList<Change> Changes, bool DryRun)
{
    /// <summary>Number of changes of one kind.</summary>
    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>True when the load changed nothing.</summary>
    public bool IsEmpty => Changes.Count == 0;
}
