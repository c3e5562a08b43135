using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Curation;

/// <summary>What a mutation wrote: the ids of the nodes concerned and the store's list of changes.</summary>
public sealed class UpsertResult(IReadOnlyList<string> ids, LoadReport report)
{
    /// <summary>The node (upsertNode) or the start and end (upsertRelationship), as asserted.</summary>
    public IReadOnlyList<string> Ids { get; } = ids;

    /// <summary>The changes, as <c>{kind, subject, detail}</c> objects; empty when the facts were known already.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Changes { get; } = report.Changes
        .Select(c => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["kind"] = c.Kind.ToString(),
            ["subject"] = c.Subject,
            ["detail"] = c.Detail,
        })
        .ToList();
}
