namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Thrown by the lexer and parser for any syntax error (including exceeded parser limits).
/// The message follows the usual GraphQL style, e.g. <c>Syntax Error: Expected Name, found "}".</c>;
/// <see cref="Line"/> and <see cref="Column"/> are 1-based.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates a syntax error at <paramref name="position"/> of <paramref name="source"/>.</summary>
    public GraphQLSyntaxException(Source source, int position, string description)
        : base("Syntax Error: " + description)
    {
        ArgumentNullException.ThrowIfNull(source);
        GraphQLSource = source;
        Position = position;
        Description = description;
        var location = source.GetLocation(position);
        Line = location.Line;
        Column = location.Column;
    }

    /// <summary>Creates an exception (for serializers and tooling; prefer the positioned constructor).</summary>
    public GraphQLSyntaxException()
        : this(new Source(string.Empty), 0, "Unknown")
    {
    }

    /// <summary>Creates an exception with a message and no position.</summary>
    public GraphQLSyntaxException(string message)
        : this(new Source(string.Empty), 0, message)
    {
    }

    /// <summary>Creates an exception with a message and no position.</summary>
    public GraphQLSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        GraphQLSource = new Source(string.Empty);
        Description = message;
        Line = 1;
        Column = 1;
    }

    /// <summary>The source in which the error occurred.</summary>
    public Source GraphQLSource { get; }

    /// <summary>0-based character offset of the error.</summary>
    public int Position { get; }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error.</summary>
    public int Column { get; }

    /// <summary>Line and column as a <see cref="SourceLocation"/>.</summary>
    public SourceLocation Location => new(Line, Column);
}
