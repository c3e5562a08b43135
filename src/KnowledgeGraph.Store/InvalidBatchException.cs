using KnowledgeGraph.Model.Validation;

namespace KnowledgeGraph.Store;

/// <summary>Thrown by a load when a batch does not fit the model; nothing was written.</summary>
public sealed class InvalidBatchException : Exception
{
    /// <summary>Creates the exception for a batch's problems.</summary>
    public InvalidBatchException(string batch, IReadOnlyList<Problem> problems)
        : base($"'{batch}' has {problems.Count} problem(s); nothing was written. First: {problems[0]}")
    {
        Batch = batch;
        Problems = problems;
    }

    /// <summary>The batch's name.</summary>
    public string Batch { get; } = "";

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<Problem> Problems { get; } = [];

    /// <summary>Required by the exception pattern; prefer the other constructor.</summary>
    public InvalidBatchException() : base("The batch does not fit the model.") { }

    /// <summary>Required by the exception pattern; prefer the other constructor.</summary>
    public InvalidBatchException(string message) : base(message) { }

    /// <summary>Required by the exception pattern; prefer the other constructor.</summary>
    public InvalidBatchException(string message, Exception innerException) : base(message, innerException) { }
}
