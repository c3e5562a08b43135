using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Values;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// One execution of an operation (spec 6.2 - 6.4): field collection, resolution, value completion and
/// error handling with null propagation. Runs under an <see cref="ExecutionPump"/>, so its state is
/// touched by one continuation at a time.
/// </summary>
internal sealed partial class ExecutionState
{
    private readonly Dictionary<(ObjectType, object), CollectedField[]>? _plans;
    private readonly ConcurrentDictionary<(ObjectType, object), CollectedField[]>? _sharedPlans;
    private readonly List<GraphQLError> _errors = [];
    private bool _tooManyErrors;

    public ExecutionState(
        Schema schema,
        ExecutionOptions options,
        PreparedDocument document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Options = options;
        Document = document;
        Operation = operation;
        Variables = variables;
        RootValue = request.RootValue;
        UserContext = request.UserContext;
        Services = request.Services;
        CancellationToken = cancellationToken;
        DataLoaders = new DataLoaderScope(cancellationToken);
        if (document.HasConstantDirectives)
        {
            _sharedPlans = document.Plans;
        }
        else
        {
            _plans = [];
        }
    }

    public Schema Schema { get; }

    public ExecutionOptions Options { get; }

    public PreparedDocument Document { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public object? UserContext { get; }

    public IServiceProvider? Services { get; }

    public CancellationToken CancellationToken { get; }

    public DataLoaderScope DataLoaders { get; }

    public List<GraphQLError> Errors => _errors;

    /// <summary>Executes the operation (spec 6.2.1 / 6.2.2); returns the data (null when a non-null root field failed).</summary>
    public async ValueTask<ResultMap?> ExecuteOperationAsync(ObjectType rootType)
    {
        var fields = CollectFields(rootType, Operation.SelectionSet);
        try
        {
            if (Operation.Operation == OperationType.Mutation)
            {
                // Mutation root fields run serially (spec 6.2.2): each completes before the next starts.
                var map = new ResultMap(fields.Length);
                foreach (var field in fields)
                {
                    var value = await ExecuteRootField(rootType, field).ConfigureAwait(true);
                    map.Add(field.ResponseKey, value);
                }

                return map;
            }

            if (GraphQLTelemetry.Source.HasListeners())
            {
                return await ExecuteRootFieldsTracedAsync(rootType, fields).ConfigureAwait(true);
            }

            var result = ExecuteFields(rootType, RootValue, fields, null);
            return (ResultMap?)(result.IsCompletedSuccessfully ? result.Result : await result.ConfigureAwait(true));
        }
        catch (FieldErrorException e)
        {
            AddError(e.Error);
            return null;
        }
    }

    // ---- Field collection (spec 6.3.2) -------------------------------------------------------

    public CollectedField[] CollectFields(ObjectType type, SelectionSetNode selectionSet) =>
        GetPlan(type, selectionSet, static (state, t, key) =>
        {
            var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            state.CollectInto(t, (SelectionSetNode)key, grouped, null);
            return state.ToPlan(t, grouped);
        });

    public CollectedField[] CollectSubfields(ObjectType type, FieldNode[] nodes) =>
        GetPlan(type, nodes, static (state, t, key) =>
        {
            var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            HashSet<string>? visited = null;
            foreach (var node in (FieldNode[])key)
            {
                if (node.SelectionSet is not null)
                {
                    visited = state.CollectInto(t, node.SelectionSet, grouped, visited);
                }
            }

            return state.ToPlan(t, grouped);
        });

    private CollectedField[] GetPlan(ObjectType type, object key, Func<ExecutionState, ObjectType, object, CollectedField[]> build)
    {
        if (_sharedPlans is not null)
        {
            if (_sharedPlans.TryGetValue((type, key), out var shared))
            {
                return shared;
            }

            var created = build(this, type, key);
            return _sharedPlans.GetOrAdd((type, key), created);
        }

        if (!_plans!.TryGetValue((type, key), out var plan))
        {
            plan = build(this, type, key);
            _plans[(type, key)] = plan;
        }

        return plan;
    }

    private CollectedField[] ToPlan(ObjectType type, OrderedDictionary<string, List<FieldNode>> grouped)
    {
        var plan = new List<CollectedField>(grouped.Count);
        foreach (var (key, nodes) in grouped)
        {
            var name = nodes[0].Name.Value;
            var definition = name switch
            {
                "__typename" => Introspection.TypeNameMetaField,
                "__schema" when ReferenceEquals(type, Schema.Query) => Introspection.SchemaMetaField,
                "__type" when ReferenceEquals(type, Schema.Query) => Introspection.TypeMetaField,
                _ => type.GetField(name),
            };
            if (definition is not null)
            {
                plan.Add(new CollectedField(key, type, definition, [.. nodes]));
            }
        }

        return [.. plan];
    }

    private HashSet<string>? CollectInto(ObjectType type, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> grouped, HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        list = new List<FieldNode>(1);
                        grouped.Add(key, list);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(type, inline.TypeCondition.Name.Value))
                    {
                        visitedFragments = CollectInto(type, inline.SelectionSet, grouped, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visitedFragments.Add(name) || !Document.Fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }

                    if (DoesFragmentTypeApply(type, fragment.TypeCondition.Name.Value))
                    {
                        visitedFragments = CollectInto(type, fragment.SelectionSet, grouped, visitedFragments);
                    }

                    break;
            }
        }

        return visitedFragments;
    }

    private bool DoesFragmentTypeApply(ObjectType type, string typeCondition)
    {
        if (string.Equals(type.Name, typeCondition, StringComparison.Ordinal))
        {
            return true;
        }

        return Schema.GetType(typeCondition) is { } conditionType && conditionType.IsAbstractType() && Schema.IsSubType(conditionType, type);
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            bool condition = false;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if")
                {
                    condition = argument.Value switch
                    {
                        BooleanValueNode b => b.Value,
                        VariableNode v => Variables.TryGetValue(v.Name.Value, out var value) && value is true,
                        _ => false,
                    };
                }
            }

            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }

    // ---- Arguments (spec 6.4.1) ---------------------------------------------------------------

    public IReadOnlyDictionary<string, object?> GetArgumentValues(CollectedField field)
    {
        var definition = field.Definition;
        if (definition.Arguments.Count == 0)
        {
            return ResolveContext.EmptyArguments;
        }

        if (field.ConstantArguments is { } constant)
        {
            return constant;
        }

        var node = field.Node;
        var result = ArgumentCoercion.Coerce(definition.Arguments, node.Arguments, Variables, node);
        if (!result.IsValid)
        {
            var first = result.Errors[0];
            throw new FieldErrorException(new GraphQLError(first.Message, first.Nodes.Count > 0 ? first.Nodes : field.NodeArray)
            {
                Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput },
            });
        }

        if (!UsesVariables(node.Arguments))
        {
            field.ConstantArguments = result.Value;
        }

        return result.Value!;
    }

    private static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (UsesVariables(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    if (UsesVariables(item))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (UsesVariables(field.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    // ---- Errors --------------------------------------------------------------------------------

    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            if (_errors.Count < Options.MaxErrors || Options.MaxErrors <= 0)
            {
                _errors.Add(error);
            }
            else if (!_tooManyErrors)
            {
                _tooManyErrors = true;
                _errors.Add(new GraphQLError("Too many errors; further errors were omitted.", [], null, null));
            }
        }
    }

    /// <summary>Turns any exception raised at a position into a located error (spec 6.4.4).</summary>
    private GraphQLError LocateError(Exception exception, CollectedField field, ObjectType parentType, ResponsePath path)
    {
        switch (exception)
        {
            case FieldErrorException located:
                return located.Error;
            case GraphQLException safe:
                Dictionary<string, object?> extensions = new() { ["code"] = safe.Code };
                if (safe.Extensions is not null)
                {
                    foreach (var (k, v) in safe.Extensions)
                    {
                        extensions[k] = v;
                    }
                }

                return new GraphQLError(safe.Message, field.NodeArray, path.ToList()) { Extensions = extensions };
            case GraphQLCoercionException coercion:
                return new GraphQLError(coercion.Message, field.NodeArray, path.ToList());
            default:
                var correlationId = Guid.NewGuid().ToString("N");
                var pathList = path.ToList();
                try
                {
                    Options.OnResolverError?.Invoke(new ResolverErrorInfo(correlationId, exception, parentType, field.Definition, pathList));
                }
                catch (Exception)
                {
                    // The callback must not break execution.
                }

                return new GraphQLError("Unexpected error.", field.NodeArray, pathList)
                {
                    Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError, ["correlationId"] = correlationId },
                };
        }
    }

    /// <summary>
    /// Handles an error at a position of type <paramref name="type"/>: non-null positions propagate
    /// (throw), nullable positions record the error and become null.
    /// </summary>
    private object? HandleError(Exception exception, IGraphQLType type, CollectedField field, ObjectType parentType, ResponsePath path)
    {
        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
        {
            throw exception;
        }

        var error = LocateError(exception, field, parentType, path);
        if (type is NonNullType)
        {
            throw exception as FieldErrorException ?? new FieldErrorException(error);
        }

        AddError(error);
        return null;
    }

    private static FieldErrorException Error(string message, CollectedField field, ResponsePath path) =>
        new(new GraphQLError(message, field.NodeArray, path.ToList()));

    private static bool IsNull(object? value) =>
        value is null || (value is JsonElement e && e.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined);

    private static bool IsListLike(object? value) => value switch
    {
        JsonElement e => e.ValueKind == JsonValueKind.Array,
        string => false,
        IDictionary or IReadOnlyDictionary<string, object?> => false,
        IEnumerable => true,
        _ => false,
    };
}
