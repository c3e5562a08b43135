using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// What a <see cref="FieldResolver"/> receives: the parent value, coerced arguments, the field and its
/// merged field nodes, the response path, the request's user context, services and cancellation, and
/// the merged sub-selection (<see cref="GetSubFields(ObjectType?)"/>) so a resolver can plan its whole
/// sub-tree at once. Execution creates one per resolved field (fields without resolver do not get one).
/// </summary>
public class ResolveContext
{
    private IReadOnlyList<object>? _path;
    private IReadOnlyList<FieldNode>? _fieldNodes;

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

    /// <summary>The field's output type.</summary>
    public IGraphQLType ReturnType => Field.Type;

    /// <summary>The (first) field node of the selection.</summary>
    public FieldNode FieldNode { get; }

    /// <summary>All field nodes merged under this response key (fragments expanded).</summary>
    public IReadOnlyList<FieldNode> FieldNodes
    {
        get => _fieldNodes ??= [FieldNode];
        init => _fieldNodes = value;
    }

    /// <summary>The parent value (the result of the parent field's resolver, or the root value).</summary>
    public object? Source { get; }

    /// <summary>Coerced argument values by name (absent when not provided and no default).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Per-request user state; set by execution from <see cref="GraphQLRequest.UserContext"/>.</summary>
    public object? UserContext { get; init; }

    /// <summary>Per-request services; set by execution from <see cref="GraphQLRequest.Services"/>.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The response path as a linked list (null outside execution).</summary>
    public ResponsePath? ResponsePath { get; init; }

    /// <summary>Response path of the field (keys and list indexes).</summary>
    public IReadOnlyList<object> Path
    {
        get => _path ??= ResponsePath?.ToList() ?? [];
        init => _path = value;
    }

    /// <summary>Cancellation of the request (includes the execution timeout).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The executed operation (null outside execution).</summary>
    public OperationDefinitionNode? Operation { get; init; }

    /// <summary>Coerced variable values of the request.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; init; } = EmptyArguments;

    /// <summary>The per-request data-loader registry (null outside execution).</summary>
    public DataLoaderScope? DataLoaders { get; init; }

    internal ExecutionState? Execution { get; init; }

    internal static IReadOnlyDictionary<string, object?> EmptyArguments { get; } = new Dictionary<string, object?>();

    /// <summary>Gets a typed argument, or <paramref name="fallback"/> when absent or null.</summary>
    public T? GetArgument<T>(string name, T? fallback = default) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;

    /// <summary>
    /// Gets (or creates) the request's data loader named <paramref name="name"/> (see <see cref="DataLoaderScope.GetOrAdd{TKey, TValue}(string, BatchLoadFunction{TKey, TValue})"/>).
    /// </summary>
    public DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(string name, BatchLoadFunction<TKey, TValue> batch)
        where TKey : notnull =>
        (DataLoaders ?? throw new InvalidOperationException("Data loaders are only available during execution.")).GetOrAdd(name, batch);

    /// <summary>
    /// The merged sub-selection of this field for the object type <paramref name="type"/> (fragments
    /// expanded, directives applied). <paramref name="type"/> defaults to the field's named type, which
    /// must then be an object type; for interfaces and unions pass a possible type.
    /// Empty for leaf fields or outside execution.
    /// </summary>
    public IReadOnlyList<CollectedField> GetSubFields(ObjectType? type = null)
    {
        type ??= Field.Type.GetNamedType() as ObjectType;
        if (type is null || Execution is null)
        {
            return [];
        }

        return Execution.CollectSubfields(type, _fieldNodes is null ? [FieldNode] : AsArray(_fieldNodes));
    }

    /// <summary>The merged sub-selection of a collected field for <paramref name="type"/> (default: its named type when an object type).</summary>
    public IReadOnlyList<CollectedField> GetSubFields(CollectedField field, ObjectType? type = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        type ??= field.Definition.Type.GetNamedType() as ObjectType;
        if (type is null || Execution is null)
        {
            return [];
        }

        return Execution.CollectSubfields(type, field.NodeArray);
    }

    /// <summary>The coerced arguments of a collected field (throws <see cref="GraphQLException"/> when invalid).</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(CollectedField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (Execution is null)
        {
            throw new InvalidOperationException("Arguments of collected fields are only available during execution.");
        }

        return Execution.GetArgumentValues(field);
    }

    private static FieldNode[] AsArray(IReadOnlyList<FieldNode> nodes) => nodes as FieldNode[] ?? [.. nodes];
}
