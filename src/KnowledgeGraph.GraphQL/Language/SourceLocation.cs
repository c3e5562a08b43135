namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A 1-based line and column in a <see cref="Source"/>, as reported in GraphQL errors.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column number (in UTF-16 code units).</param>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
