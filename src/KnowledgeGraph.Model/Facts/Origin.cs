namespace KnowledgeGraph.Model.Facts;

/// <summary>Where in an input file something was written, for error messages (1-based line and column).</summary>
public sealed record Origin(string File, int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
