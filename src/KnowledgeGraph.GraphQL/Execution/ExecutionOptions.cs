using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Limits and hooks of <see cref="GraphQLExecutor"/>. Immutable record: derive per-request variants with
/// <c>options with { ... }</c>. A value of 0 (or null) disables a limit. Exceeding a limit produces a
/// request error (no <c>data</c>) with a stable <c>extensions.code</c> (see <see cref="ErrorCodes"/>).
/// </summary>
public sealed record ExecutionOptions
{
    /// <summary>Defaults suitable for a public endpoint.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Maximum document length in characters (code <see cref="ErrorCodes.QueryTooLarge"/>). Default 100 000.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Parser limits (token count, nesting); their violations are syntax errors.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>Maximum selection depth of the operation, fragments expanded; a root field is depth 1
    /// (code <see cref="ErrorCodes.QueryTooDeep"/>). Default 32.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Maximum number of field selections of the operation with fragments expanded — a simple
    /// cost estimate (code <see cref="ErrorCodes.QueryTooComplex"/>). Default 5 000.</summary>
    public int MaxFieldCount { get; init; } = 5_000;

    /// <summary>Maximum number of aliased field selections, fragments expanded (code <see cref="ErrorCodes.QueryTooComplex"/>). Default 500.</summary>
    public int MaxAliasCount { get; init; } = 500;

    /// <summary>Execution time limit (code <see cref="ErrorCodes.Timeout"/>); null for none. Default 30 s.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are refused (code <see cref="ErrorCodes.IntrospectionDisabled"/>); <c>__typename</c> still works. Default true.</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>Maximum number of errors reported (validation and execution); further errors are dropped. Default 100.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Validation rules; null for <see cref="SpecifiedRules.All"/>.</summary>
    public IReadOnlyList<IValidationRule>? ValidationRules { get; init; }

    /// <summary>Operation types that may be executed; null allows query and mutation (subscriptions are never executed).
    /// A refused operation gives code <see cref="ErrorCodes.OperationNotAllowed"/>.</summary>
    public IReadOnlySet<OperationType>? AllowedOperations { get; init; }

    /// <summary>
    /// Called for every unexpected resolver exception (never shown to clients) with the correlation id
    /// reported in the error's <c>extensions.correlationId</c>. Bridge it to your logger. Must not throw.
    /// </summary>
    public Action<ResolverErrorInfo>? OnResolverError { get; init; }

    /// <summary>Number of parsed and validated documents cached by query text (0 disables). Default 256.</summary>
    public int DocumentCacheSize { get; init; } = 256;
}

/// <summary>An unexpected resolver failure as passed to <see cref="ExecutionOptions.OnResolverError"/>.</summary>
/// <param name="CorrelationId">The id also reported to the client in <c>extensions.correlationId</c>.</param>
/// <param name="Exception">The exception thrown by the resolver.</param>
/// <param name="ParentType">The object type whose field failed.</param>
/// <param name="Field">The field definition.</param>
/// <param name="Path">The response path (keys and indexes).</param>
public sealed record ResolverErrorInfo(string CorrelationId, Exception Exception, ObjectType ParentType, FieldDefinition Field, IReadOnlyList<object> Path);
