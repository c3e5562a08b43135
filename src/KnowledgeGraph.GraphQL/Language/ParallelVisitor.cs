using System.Collections.Concurrent;
using System.Reflection;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Runs several visitors in one walk. Each visitor keeps its own Skip/Break state: a visitor that
/// skips a node does not see its descendants, one that breaks sees nothing more, the others go on.
/// </summary>
/// <remarks>
/// Only the visitors that override <see cref="AstVisitor.Enter"/>/<see cref="AstVisitor.Leave"/> or the per-kind
/// method of a node's kind are called for that node (the others would return <see cref="VisitorAction.Continue"/>
/// and do nothing), so a walk does not pay a virtual dispatch chain per visitor for every name or value node.
/// </remarks>
public sealed class ParallelVisitor : AstVisitor
{
    private static readonly NameNode BreakMarker = new("<break>");
    private static readonly ConcurrentDictionary<Type, Interest> Interests = new();
    private static readonly int KindCount = Enum.GetValues<NodeKind>().Length;

    private readonly AstVisitor[] _visitors;
    private readonly Node?[] _skipping;

    // Per node kind: indices of the visitors whose Enter does something; of those whose Enter or Leave does.
    private readonly int[][] _enterByKind;
    private readonly int[][] _leaveByKind;
    private readonly bool[] _leaves;
    private int _active;
    private int _skipped;
    private IReadOnlyList<Node>? _sharedAncestors;

    /// <summary>Creates a visitor combining <paramref name="visitors"/>.</summary>
    public ParallelVisitor(IReadOnlyList<AstVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skipping = new Node?[_visitors.Length];
        _active = _visitors.Length;
        _enterByKind = new int[KindCount][];
        _leaveByKind = new int[KindCount][];
        var interests = new Interest[_visitors.Length];
        for (int i = 0; i < _visitors.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(_visitors[i], nameof(visitors));
            interests[i] = Interests.GetOrAdd(_visitors[i].GetType(), static type => Interest.Of(type));
        }

        _leaves = new bool[_visitors.Length * KindCount];
        var enter = new List<int>();
        var leave = new List<int>();
        for (int kind = 0; kind < KindCount; kind++)
        {
            enter.Clear();
            leave.Clear();
            var bit = 1UL << kind;
            for (int i = 0; i < interests.Length; i++)
            {
                bool entersKind = (interests[i].Enter & bit) != 0;
                bool leavesKind = (interests[i].Leave & bit) != 0;
                if (entersKind)
                {
                    enter.Add(i);
                }

                if (entersKind || leavesKind)
                {
                    leave.Add(i);
                    _leaves[(kind * _visitors.Length) + i] = leavesKind;
                }
            }

            _enterByKind[kind] = [.. enter];
            _leaveByKind[kind] = [.. leave];
        }
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        ShareAncestors();
        var interested = _enterByKind[(int)node.Kind];
        for (int k = 0; k < interested.Length; k++)
        {
            int i = interested[k];
            if (_skipping[i] is not null)
            {
                continue;
            }

            var action = _visitors[i].Enter(node);
            if (action == VisitorAction.Skip)
            {
                _skipping[i] = node;
                _active--;
                _skipped++;
            }
            else if (action == VisitorAction.Break)
            {
                _skipping[i] = BreakMarker;
                _active--;
            }
        }

        if (_active > 0)
        {
            return VisitorAction.Continue;
        }

        // Nobody wants the children: Skip still gets Leave(node), which clears skips set on this node.
        return _skipped > 0 ? VisitorAction.Skip : VisitorAction.Break;
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        ShareAncestors();
        int kind = (int)node.Kind;
        var interested = _leaveByKind[kind];
        int row = kind * _visitors.Length;
        for (int k = 0; k < interested.Length; k++)
        {
            int i = interested[k];
            var skipping = _skipping[i];
            if (skipping is null)
            {
                if (_leaves[row + i])
                {
                    _visitors[i].Leave(node);
                }
            }
            else if (ReferenceEquals(skipping, node))
            {
                _skipping[i] = null;
                _active++;
                _skipped--;
            }
        }
    }

    /// <summary>Gives the inner visitors this visitor's ancestor list (the walker's, the same for a whole walk).</summary>
    private void ShareAncestors()
    {
        var ancestors = Ancestors;
        if (!ReferenceEquals(ancestors, _sharedAncestors))
        {
            foreach (var visitor in _visitors)
            {
                visitor.Ancestors = ancestors;
            }

            _sharedAncestors = ancestors;
        }
    }

    /// <summary>Which node kinds a visitor class does something on entering / leaving (bit per <see cref="NodeKind"/>).</summary>
    private readonly record struct Interest(ulong Enter, ulong Leave)
    {
        private const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;

        public static Interest Of(Type type)
        {
            ulong all = KindCount >= 64 ? ulong.MaxValue : (1UL << KindCount) - 1;
            ulong enter = Overrides(type, nameof(AstVisitor.Enter), typeof(Node)) ? all : 0;
            ulong leave = Overrides(type, nameof(AstVisitor.Leave), typeof(Node)) ? all : 0;
            foreach (var kind in Enum.GetValues<NodeKind>())
            {
                var bit = 1UL << (int)kind;
                if ((enter & bit) == 0 && OverridesPerKind(type, "Enter" + kind))
                {
                    enter |= bit;
                }

                if ((leave & bit) == 0 && OverridesPerKind(type, "Leave" + kind))
                {
                    leave |= bit;
                }
            }

            return new Interest(enter, leave);
        }

        private static bool Overrides(Type type, string name, Type parameter)
        {
            var method = type.GetMethod(name, Flags, [parameter]);
            return method is null || method.DeclaringType != typeof(AstVisitor);
        }

        private static bool OverridesPerKind(Type type, string name)
        {
            try
            {
                var method = type.GetMethod(name, Flags);
                // A kind without a per-kind method is dispatched nowhere by the base class.
                return method is not null && method.DeclaringType != typeof(AstVisitor);
            }
            catch (AmbiguousMatchException)
            {
                return true;
            }
        }
    }
}
