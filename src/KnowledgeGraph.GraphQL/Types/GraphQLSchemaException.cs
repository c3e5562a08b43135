namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Thrown when a schema cannot be built (SDL errors, duplicate type names); carries all errors found.</summary>
public sealed class GraphQLSchemaException : Exception
{
    /// <summary>Creates the exception from errors.</summary>
    public GraphQLSchemaException(IReadOnlyList<GraphQLError> errors)
        : base(errors is { Count: > 0 } ? string.Join(Environment.NewLine, errors) : "Invalid schema.")
    {
        Errors = errors ?? [];
    }

    /// <summary>Creates the exception.</summary>
    public GraphQLSchemaException()
        : this(Array.Empty<GraphQLError>())
    {
    }

    /// <summary>Creates the exception with one message.</summary>
    public GraphQLSchemaException(string message)
        : this([new GraphQLError(message)])
    {
    }

    /// <summary>Creates the exception with one message and a cause.</summary>
    public GraphQLSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new GraphQLError(message)];
    }

    /// <summary>The errors.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
