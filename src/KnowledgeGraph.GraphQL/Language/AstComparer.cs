namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Structural equality of AST nodes, ignoring <see cref="Node.Location"/> and the
/// <see cref="StringValueNode.Block"/> flag (a block string and a quoted string with the same value
/// are equal). Used to check <c>Parse(Print(ast))</c> round trips.
/// </summary>
public sealed class AstComparer : IEqualityComparer<Node>
{
    /// <summary>The shared instance.</summary>
    public static AstComparer Instance { get; } = new();

    /// <summary>True when both trees have the same shape and values.</summary>
    public bool Equals(Node? x, Node? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        var a = Flatten(x);
        var b = Flatten(y);
        return a.SequenceEqual(b);
    }

    /// <summary>Describes the first difference between two trees, or null when equal (for test messages).</summary>
    public static string? Diff(Node x, Node y)
    {
        var a = Flatten(x);
        var b = Flatten(y);
        for (int i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var left = i < a.Count ? a[i] : "<end>";
            var right = i < b.Count ? b[i] : "<end>";
            if (left != right)
            {
                return $"at item {i}: {left} != {right}";
            }
        }

        return null;
    }

    /// <inheritdoc />
    public int GetHashCode(Node obj)
    {
        var hash = default(HashCode);
        foreach (var item in Flatten(obj))
        {
            hash.Add(item, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private static List<string> Flatten(Node node)
    {
        var collector = new Collector();
        AstWalker.Walk(node, collector);
        return collector.Items;
    }

    private sealed class Collector : AstVisitor
    {
        public List<string> Items { get; } = [];

        public override VisitorAction Enter(Node node)
        {
            string payload = node switch
            {
                NameNode n => n.Value,
                IntValueNode i => i.Value,
                FloatValueNode f => f.Value,
                StringValueNode s => s.Value,
                BooleanValueNode b => b.Value ? "true" : "false",
                EnumValueNode e => e.Value,
                OperationDefinitionNode o => o.Operation + (o.IsShorthand ? "/shorthand" : string.Empty),
                OperationTypeDefinitionNode ot => ot.Operation.ToString(),
                DirectiveDefinitionNode d => d.Repeatable ? "repeatable" : string.Empty,
                _ => string.Empty,
            };
            Items.Add("<" + node.Kind + " " + payload);
            return VisitorAction.Continue;
        }

        public override void Leave(Node node) => Items.Add(">" + node.Kind);
    }
}
