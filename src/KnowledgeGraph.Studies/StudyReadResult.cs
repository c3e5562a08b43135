using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Validation;

namespace KnowledgeGraph.Studies;

/// <summary>The outcome of reading one study file: its facts when it has no problem, and every problem found.</summary>
public sealed record StudyReadResult(string Path, GraphBatch? Batch, IReadOnlyList<Problem> Problems)
{
    /// <summary>True when the file can be loaded.</summary>
    public bool IsValid => Batch is not null && Problems.Count == 0;
}
