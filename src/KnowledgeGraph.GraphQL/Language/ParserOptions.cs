namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Limits and switches for <see cref="Parser"/>. Limits protect a service from hostile documents:
/// exceeding one raises a <see cref="GraphQLSyntaxException"/>, never a stack overflow.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>Defaults for request documents: depth 200, 50 000 tokens.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Options for trusted schema files: depth 200, no token limit.</summary>
    public static ParserOptions Trusted { get; } = new() { MaxTokens = int.MaxValue };

    /// <summary>
    /// Maximum nesting depth counted over selection sets, list and object values and list types.
    /// The parser recurses a few frames per level; keep this well below ~10 000.
    /// </summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>Maximum number of lexical tokens in one document.</summary>
    public int MaxTokens { get; init; } = 50_000;

    /// <summary>Accept descriptions on operations, fragments and variable definitions (current draft).
    /// When false, a string before an executable definition is a syntax error (October 2021).</summary>
    public bool AllowExecutableDescriptions { get; init; } = true;
}
