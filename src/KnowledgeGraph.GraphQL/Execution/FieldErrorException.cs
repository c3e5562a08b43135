namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Internal carrier of a located field error that propagates to the nearest nullable position
/// (spec 6.4.4 "Handling Field Errors"). Never escapes the executor.
/// </summary>
internal sealed class FieldErrorException : Exception
{
    public FieldErrorException()
    {
        Error = new GraphQLError("Field error.");
    }

    public FieldErrorException(string message)
        : base(message)
    {
        Error = new GraphQLError(message);
    }

    public FieldErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new GraphQLError(message);
    }

    public FieldErrorException(GraphQLError error)
        : base(error.Message)
    {
        Error = error;
    }

    public GraphQLError Error { get; }
}
