using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Shared state of one validation run: the schema, the document, the <see cref="TypeInfo"/>
/// (kept in sync with the walk), fragment and variable lookups, and error reporting.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = [];
    private readonly Dictionary<Node, IReadOnlyList<VariableUsage>> _variableUsages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = [];
    private VariableUsageCollector? _usageCollector;

    /// <summary>Creates a context.</summary>
    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors = 100)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Document = document ?? throw new ArgumentNullException(nameof(document));
        TypeInfo = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));
        _maxErrors = maxErrors;
    }

    /// <summary>The schema validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>Type information for the node currently visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>Errors reported so far.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>True once <c>maxErrors</c> errors were reported (the validator then stops).</summary>
    public bool IsAborted { get; private set; }

    /// <summary>Reports an error located at <paramref name="nodes"/>.</summary>
    public void ReportError(string message, params Node[] nodes)
    {
        if (IsAborted)
        {
            return;
        }

        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
            IsAborted = true;
            return;
        }

        _errors.Add(new GraphQLError(message, nodes));
    }

    /// <summary>Finds a fragment definition by name, or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>Fragment spreads directly inside a selection set (looking through inline fragments, not into fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var stack = new Stack<SelectionSetNode>();
        stack.Push(selectionSet);
        while (stack.Count > 0)
        {
            foreach (var selection in stack.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case InlineFragmentNode inline: stack.Push(inline.SelectionSet); break;
                    case FieldNode { SelectionSet: { } sub }: stack.Push(sub); break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>All fragments an operation uses, directly or through other fragments (each once; unknown names ignored).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<SelectionSetNode>();
        stack.Push(operation.SelectionSet);
        while (stack.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(stack.Pop()))
            {
                if (seen.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    stack.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>Variable references inside <paramref name="node"/> (an operation or fragment) with the input type expected where each is used.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (_variableUsages.TryGetValue(node, out var cached))
        {
            return cached;
        }

        // One collector (and TypeInfo, balanced again after each walk) for every operation and fragment.
        var collector = _usageCollector ??= new VariableUsageCollector(new TypeInfo(Schema));
        var usages = collector.Usages = [];
        AstWalker.Walk(node, collector);
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>Variable usages of an operation including those in the fragments it uses recursively.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : AstVisitor
    {
        public List<VariableUsage> Usages { get; set; } = [];

        public override VisitorAction Enter(Node node)
        {
            typeInfo.Enter(node);
            if (node is VariableDefinitionNode)
            {
                typeInfo.Leave(node);
                return VisitorAction.Skip;
            }

            if (node is VariableNode variable)
            {
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValue, typeInfo.ParentInputType));
            }

            return VisitorAction.Continue;
        }

        public override void Leave(Node node)
        {
            if (node is not VariableDefinitionNode)
            {
                typeInfo.Leave(node);
            }
        }
    }
}

/// <summary>A variable reference and the input type expected at that position.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">Expected input type there (null when unknown).</param>
/// <param name="DefaultValue">Default value of the argument/field at that position, if any.</param>
/// <param name="ParentType">The enclosing input type (e.g. a OneOf input object when used as one of its fields).</param>
public sealed record VariableUsage(VariableNode Node, IGraphQLType? Type, ValueNode? DefaultValue, IGraphQLType? ParentType);
