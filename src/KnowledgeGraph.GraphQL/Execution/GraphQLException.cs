namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to report an error whose message is safe to show to clients, with a stable
/// <see cref="Code"/> (default <see cref="ErrorCodes.BadUserInput"/>) and optional extra extensions.
/// Any other exception thrown by a resolver is reported as <c>"Unexpected error."</c> with code
/// <see cref="ErrorCodes.InternalServerError"/> and a correlation id.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates an exception with code <see cref="ErrorCodes.BadUserInput"/>.</summary>
    public GraphQLException()
        : this("Bad request.")
    {
    }

    /// <summary>Creates an exception with code <see cref="ErrorCodes.BadUserInput"/>.</summary>
    public GraphQLException(string message)
        : this(message, ErrorCodes.BadUserInput)
    {
    }

    /// <summary>Creates an exception with a message, code and optional extensions (merged after <c>code</c>).</summary>
    public GraphQLException(string message, string code, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    /// <summary>Creates an exception wrapping a cause (the cause is never shown to clients).</summary>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.BadUserInput;
    }

    /// <summary>The <c>extensions.code</c> reported to clients.</summary>
    public string Code { get; }

    /// <summary>Extra extensions reported to clients, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
