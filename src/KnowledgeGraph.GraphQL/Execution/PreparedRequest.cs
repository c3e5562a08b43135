using System.Collections.Concurrent;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// A request after parsing, validation, operation selection and limit checks
/// (<see cref="GraphQLExecutor.Prepare"/>), before variable coercion and execution. When
/// <see cref="IsValid"/> is false, <see cref="Errors"/> holds the request errors (with codes);
/// otherwise <see cref="OperationType"/> tells what will run (e.g. to refuse mutations over GET).
/// </summary>
public sealed class PreparedRequest
{
    internal PreparedRequest(GraphQLRequest request, PreparedDocument? document, OperationDefinitionNode? operation, IReadOnlyList<GraphQLError> errors)
    {
        Request = request;
        PreparedDocument = document;
        Operation = operation;
        Errors = errors;
    }

    /// <summary>The request.</summary>
    public GraphQLRequest Request { get; }

    /// <summary>The parsed document, or null when parsing failed.</summary>
    public DocumentNode? Document => PreparedDocument?.Document;

    /// <summary>The selected operation, or null when none could be selected.</summary>
    public OperationDefinitionNode? Operation { get; }

    /// <summary>The selected operation's type, or null when none could be selected.</summary>
    public OperationType? OperationType => Operation?.Operation;

    /// <summary>Request errors (empty when valid).</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>True when the request can be executed.</summary>
    public bool IsValid => Errors.Count == 0 && Operation is not null;

    /// <summary>
    /// Whether the parsed and validated document came from the executor's cache (false when it was parsed now), or
    /// null when the request never reached the cache (no query, a document over the length limit).
    /// </summary>
    public bool? DocumentCached { get; internal set; }

    /// <summary>The response for an invalid request (no data entry).</summary>
    public ExecutionResult ToErrorResult() => ExecutionResult.FromErrors(Errors);

    internal PreparedDocument? PreparedDocument { get; }
}

/// <summary>A parsed and validated document, cached by query text; holds shared field plans.</summary>
internal sealed class PreparedDocument
{
    public PreparedDocument(DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
    {
        Document = document;
        ValidationErrors = validationErrors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operations = new List<OperationDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case FragmentDefinitionNode fragment:
                    fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
                case OperationDefinitionNode operation:
                    operations.Add(operation);
                    break;
            }
        }

        Fragments = fragments;
        Operations = operations;
        HasConstantDirectives = !new DirectiveVariableFinder().Find(document);
    }

    public DocumentNode Document { get; }

    public IReadOnlyList<GraphQLError> ValidationErrors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyList<OperationDefinitionNode> Operations { get; }

    /// <summary>True when no @skip/@include uses a variable: field plans are then shared by all executions.</summary>
    public bool HasConstantDirectives { get; }

    public ConcurrentDictionary<(ObjectType, object), CollectedField[]> Plans { get; } = new();

    public ConcurrentDictionary<OperationDefinitionNode, OperationLimits.Stats> Stats { get; } = new();

    private sealed class DirectiveVariableFinder : AstVisitor
    {
        private bool _found;

        public bool Find(DocumentNode document)
        {
            AstWalker.Walk(document, this);
            return _found;
        }

        public override VisitorAction Enter(Node node)
        {
            if (_found)
            {
                return VisitorAction.Break;
            }

            if (node is DirectiveNode directive && directive.Name.Value is "skip" or "include")
            {
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Value is VariableNode)
                    {
                        _found = true;
                        return VisitorAction.Break;
                    }
                }
            }

            return VisitorAction.Continue;
        }
    }
}
