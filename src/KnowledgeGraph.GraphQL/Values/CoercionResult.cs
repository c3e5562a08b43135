namespace KnowledgeGraph.GraphQL.Values;

/// <summary>
/// Outcome of an input coercion: the coerced value when <see cref="IsValid"/>, otherwise the
/// errors (each with a path into the input value). Coercion helpers never throw for bad input.
/// </summary>
/// <typeparam name="T">Type of the coerced value.</typeparam>
public sealed class CoercionResult<T>
{
    internal CoercionResult(T? value, IReadOnlyList<GraphQLError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The coerced value (meaningful only when valid).</summary>
    public T? Value { get; }

    /// <summary>Errors; empty when valid.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>True when there are no errors.</summary>
    public bool IsValid => Errors.Count == 0;
}
