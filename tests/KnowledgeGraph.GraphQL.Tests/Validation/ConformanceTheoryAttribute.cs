namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>A theory over the shared conformance cases, skipped with a clear reason when they are absent.</summary>
public sealed class ConformanceTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the cases file cannot be found.</summary>
    public ConformanceTheoryAttribute()
    {
        if (ConformanceCases.FilePath is null)
        {
            Skip = "needs ../shared/conformance/graphql-validation-cases.json beside the repository";
        }
    }
}
