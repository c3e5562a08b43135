namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// A failure the Neo4j server reported or the connection to it suffered. <see cref="Code"/> is Neo4j's status code
/// (<c>Neo.ClientError.Statement.SyntaxError</c>, ...) when the server gave one.
/// </summary>
public class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jException(string message, string? code = null, string? statement = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Statement = statement;
    }

    /// <summary>Required by the exception pattern; prefer the other constructor.</summary>
    public Neo4jException() : base("Neo4j failed.") { }

    /// <summary>Required by the exception pattern; prefer the other constructor.</summary>
    public Neo4jException(string message) : base(message) { }

    /// <summary>Required by the exception pattern; prefer the other constructor.</summary>
    public Neo4jException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Neo4j's status code, when the server answered with one.</summary>
    public string? Code { get; }

    /// <summary>The statement that failed, when one did.</summary>
    public string? Statement { get; }

    /// <summary>
    /// True for what may succeed when tried again: <c>Neo.TransientError.*</c> (deadlocks, leader switches, memory), a
    /// server that answers 502/503/504, a per-call timeout or a dropped connection.
    /// </summary>
    public virtual bool IsTransient => Code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) == true;

    /// <summary>The message for a server error: the code, Neo4j's message and the statement (first 300 characters).</summary>
    internal static string Describe(string code, string message, string? statement) =>
        statement is null ? $"{code}: {message}" : $"{code}: {message}\n  in statement: {Shorten(statement)}";

    internal static string Shorten(string statement)
    {
        var flat = string.Join(' ', statement.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 300 ? flat : flat[..300] + " ...";
    }
}

/// <summary>
/// The server could not be reached or did not answer usefully: a dropped connection, a timeout, a 5xx answer, or the
/// circuit breaker is open after repeated failures. Always transient.
/// </summary>
public sealed class Neo4jUnavailableException : Neo4jException
{
    /// <summary>Creates the exception.</summary>
    public Neo4jUnavailableException(string message, Exception? innerException = null) : base(message, null, null, innerException) { }

    /// <summary>Required by the exception pattern; prefer the other constructor.</summary>
    public Neo4jUnavailableException() : base("Neo4j is unavailable.") { }

    /// <summary>Required by the exception pattern; prefer the other constructor.</summary>
    public Neo4jUnavailableException(string message) : base(message) { }

    /// <inheritdoc/>
    public override bool IsTransient => true;
}

/// <summary>The Neo4j configuration is missing or wrong (an address that is not one, an unknown scheme).</summary>
public sealed class Neo4jConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jConfigurationException(string message) : base(message) { }

    /// <summary>Required by the exception pattern.</summary>
    public Neo4jConfigurationException() : base("The Neo4j configuration is wrong.") { }

    /// <summary>Required by the exception pattern.</summary>
    public Neo4jConfigurationException(string message, Exception innerException) : base(message, innerException) { }
}
