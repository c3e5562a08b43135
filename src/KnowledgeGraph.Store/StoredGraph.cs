using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Store;

/// <summary>A property claim as stored: the value with its qualifier and source.</summary>
public sealed record StoredClaim(string Property, object? Value, string? Qualifier, StoredSource Source);

/// <summary>A source as stored: the study id with quote or dataset row, and certainty.</summary>
public sealed record StoredSource(string StudyId, Certainty Certainty, string? Quote, string? Dataset, string? Row, string? Note);

/// <summary>A node read back from the store.</summary>
public sealed record StoredNode(
    string Id,
    string Kind,
    string Name,
    string? Description,
    IReadOnlyList<Alias> Aliases,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<StoredSource> Sources,
    IReadOnlyList<StoredClaim> Claims);

/// <summary>A relationship read back from the store.</summary>
public sealed record StoredRelationship(
    string Type,
    string FromId,
    string ToId,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<StoredSource> Sources,
    IReadOnlyList<StoredClaim> Claims);
