namespace KnowledgeGraph.Store.Query;

/// <summary>Thrown when a plan does not fit the model (a property not on the kind, a relationship not touching it, a numeric operator on text) or its cursor is not one of its own.</summary>
public sealed class QueryValidationException : Exception
{
    /// <summary>Creates the exception with what is wrong.</summary>
    public QueryValidationException(string message) : base(message) { }

    /// <summary>Required by the exception pattern.</summary>
    public QueryValidationException() : base("The query does not fit the model.") { }

    /// <summary>Required by the exception pattern.</summary>
    public QueryValidationException(string message, Exception innerException) : base(message, innerException) { }
}
