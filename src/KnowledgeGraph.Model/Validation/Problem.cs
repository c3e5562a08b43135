using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Model.Validation;

/// <summary>One thing wrong with an input: where (file, line, column when known) and what.</summary>
public sealed record Problem(Origin? Origin, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Origin is null ? $"error: {Message}" : $"{Origin}: error: {Message}";
}
