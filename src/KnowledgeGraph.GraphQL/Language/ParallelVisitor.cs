namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Runs several visitors in one walk. Each visitor keeps its own Skip/Break state: a visitor that
/// skips a node does not see its descendants, one that breaks sees nothing more, the others go on.
/// </summary>
public sealed class ParallelVisitor : AstVisitor
{
    private readonly AstVisitor[] _visitors;
    private readonly Node?[] _skipping;
    private static readonly NameNode BreakMarker = new("<break>");

    /// <summary>Creates a visitor combining <paramref name="visitors"/>.</summary>
    public ParallelVisitor(IReadOnlyList<AstVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skipping = new Node?[_visitors.Length];
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        bool anyActive = false;
        for (int i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null)
            {
                continue;
            }

            var visitor = _visitors[i];
            visitor.Ancestors = Ancestors;
            var action = visitor.Enter(node);
            if (action == VisitorAction.Skip)
            {
                _skipping[i] = node;
            }
            else if (action == VisitorAction.Break)
            {
                _skipping[i] = BreakMarker;
            }
            else
            {
                anyActive = true;
            }
        }

        if (anyActive)
        {
            return VisitorAction.Continue;
        }

        // Nobody wants the children: Skip still gets Leave(node), which clears skips set on this node.
        return HasSkipping() ? VisitorAction.Skip : VisitorAction.Break;
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        for (int i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is null)
            {
                var visitor = _visitors[i];
                visitor.Ancestors = Ancestors;
                visitor.Leave(node);
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }
    }

    private bool HasSkipping()
    {
        foreach (var s in _skipping)
        {
            if (s is not null && !ReferenceEquals(s, BreakMarker))
            {
                return true;
            }
        }

        return false;
    }
}
