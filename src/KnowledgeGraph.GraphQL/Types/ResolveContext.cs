using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// What a <see cref="FieldResolver"/> receives. A placeholder shape for the execution engine
/// (written later), which creates one per resolved field.
/// </summary>
public class ResolveContext
{
    /// <summary>Creates a context.</summary>
    public ResolveContext(Schema schema, ObjectType parentType, FieldDefinition field, FieldNode fieldNode, object? source, IReadOnlyDictionary<string, object?> arguments)
    {
        Schema = schema;
        ParentType = parentType;
        Field = field;
        FieldNode = fieldNode;
        Source = source;
        Arguments = arguments;
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The object type whose field is resolved.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field definition.</summary>
    public FieldDefinition Field { get; }

    /// <summary>The (first) field node of the selection.</summary>
    public FieldNode FieldNode { get; }

    /// <summary>The parent value (the result of the parent field's resolver, or the root value).</summary>
    public object? Source { get; }

    /// <summary>Coerced argument values by name (absent when not provided and no default).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Per-request user state (e.g. services); set by execution.</summary>
    public object? UserContext { get; init; }

    /// <summary>Response path of the field (keys and list indexes); set by execution.</summary>
    public IReadOnlyList<object> Path { get; init; } = [];

    /// <summary>Cancellation of the request.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Gets a typed argument, or <paramref name="fallback"/> when absent or null.</summary>
    public T? GetArgument<T>(string name, T? fallback = default) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;
}
