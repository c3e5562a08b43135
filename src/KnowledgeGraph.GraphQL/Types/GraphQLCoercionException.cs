namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Thrown by scalar coercion delegates to reject a value. Coercion helpers in
/// <see cref="Values"/> catch it (and any other exception from custom delegates) and turn it into a
/// <see cref="GraphQLError"/> with a path; callers of those helpers never see it.
/// </summary>
public sealed class GraphQLCoercionException : Exception
{
    /// <summary>Creates an exception.</summary>
    public GraphQLCoercionException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public GraphQLCoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    public GraphQLCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
