using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.2 "Fragment spreads must not form cycles": a fragment must not spread itself, directly
/// or through other fragments. One depth-first search over the spread graph visits each fragment once
/// (linear in the number of spreads); each back edge found is one error, located at the spreads
/// forming the cycle. The search uses an explicit stack, so long fragment chains cannot overflow.
/// </summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    /// <inheritdoc />
    public string SpecSection => "5.5.2.2";

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        // Fragments whose spreads were already searched: a cycle through them has been reported then.
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        // The spreads from the fragment where the search started down to the current one.
        private readonly List<FragmentSpreadNode> _path = [];

        // For each fragment on the current search path: where its outgoing spread sits in _path.
        private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

        private readonly Stack<Frame> _stack = new();

        public override VisitorAction EnterOperationDefinition(OperationDefinitionNode node) => VisitorAction.Skip;

        public override VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (TryEnter(node))
            {
                Search();
            }

            return VisitorAction.Skip;
        }

        /// <summary>Marks the fragment visited and pushes a frame for its spreads (false when there is nothing to search).</summary>
        private bool TryEnter(FragmentDefinitionNode fragment)
        {
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return false;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return false;
            }

            _pathIndex[name] = _path.Count;
            _stack.Push(new Frame(name, spreads));
            return true;
        }

        private void Search()
        {
            while (_stack.Count > 0)
            {
                var frame = _stack.Peek();
                if (frame.Next == frame.Spreads.Count)
                {
                    _pathIndex.Remove(frame.Name);
                    _stack.Pop();
                    if (_stack.Count > 0)
                    {
                        // Drop the spread that led into the finished fragment.
                        _path.RemoveAt(_path.Count - 1);
                    }

                    continue;
                }

                var spread = frame.Spreads[frame.Next++];
                var target = spread.Name.Value;
                _path.Add(spread);
                if (_pathIndex.TryGetValue(target, out var cycleStart))
                {
                    ReportCycle(target, cycleStart);
                }
                else if (context.GetFragment(target) is { } fragment && TryEnter(fragment))
                {
                    // Keep the spread on the path while the target fragment is searched.
                    continue;
                }

                _path.RemoveAt(_path.Count - 1);
            }
        }

        private void ReportCycle(string target, int cycleStart)
        {
            var cycle = _path.GetRange(cycleStart, _path.Count - cycleStart);
            var via = cycle.Count > 1
                ? " via " + string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""))
                : string.Empty;
            context.ReportError($"Cannot spread fragment \"{target}\" within itself{via}.", [.. cycle]);
        }
    }
}
