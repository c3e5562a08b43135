namespace KnowledgeGraph.Model.Schema;

/// <summary>
/// The registry of node kinds and relationship types. Storage, the GraphQL schema, study-file validation,
/// importers and exports all read it; nothing else declares the graph's shape.
/// </summary>
public sealed class GraphModel
{
    /// <summary>Properties every node has, whatever its kind.</summary>
    public static readonly IReadOnlyList<string> CommonNodeFields = ["id", "kind", "name", "aliases", "description"];

    private readonly Dictionary<string, NodeKind> _kinds;
    private readonly Dictionary<string, NodeKind> _kindsByPrefix;
    private readonly Dictionary<string, RelationshipType> _relationships;

    /// <summary>Creates a model and checks it is consistent (unique names, known kinds, unique field names).</summary>
    public GraphModel(IReadOnlyList<NodeKind> kinds, IReadOnlyList<RelationshipType> relationships)
    {
        NodeKinds = kinds;
        RelationshipTypes = relationships;
        _kinds = new Dictionary<string, NodeKind>(StringComparer.OrdinalIgnoreCase);
        _kindsByPrefix = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        _relationships = new Dictionary<string, RelationshipType>(StringComparer.OrdinalIgnoreCase);
        foreach (var kind in kinds)
        {
            if (!_kinds.TryAdd(kind.Name, kind))
            {
                throw new ArgumentException($"Node kind '{kind.Name}' is declared twice.", nameof(kinds));
            }
            if (!_kindsByPrefix.TryAdd(kind.IdPrefix, kind))
            {
                throw new ArgumentException($"Id prefix '{kind.IdPrefix}' is used by two kinds.", nameof(kinds));
            }
            foreach (var p in kind.Properties)
            {
                if (CommonNodeFields.Contains(p.Name))
                {
                    throw new ArgumentException($"{kind.Name}.{p.Name} clashes with a common node field.", nameof(kinds));
                }
            }
        }
        foreach (var rel in relationships)
        {
            if (!_relationships.TryAdd(rel.Name, rel))
            {
                throw new ArgumentException($"Relationship type '{rel.Name}' is declared twice.", nameof(relationships));
            }
            foreach (var k in rel.FromKinds.Concat(rel.ToKinds))
            {
                if (!_kinds.TryGetValue(k.Name, out var known) || !ReferenceEquals(known, k))
                {
                    throw new ArgumentException($"{rel.Name} names kind '{k.Name}', which the model does not declare.", nameof(relationships));
                }
            }
        }
        // A node's API field names must not collide: its own properties, common fields and relationship fields.
        foreach (var kind in kinds)
        {
            var names = new HashSet<string>(CommonNodeFields, StringComparer.Ordinal);
            foreach (var p in kind.Properties)
            {
                names.Add(p.Name);
            }
            foreach (var (rel, direction) in RelationshipsOf(kind))
            {
                var field = direction == Direction.Outgoing ? rel.OutgoingField : rel.IncomingField;
                if (!names.Add(field))
                {
                    throw new ArgumentException($"{kind.Name} would have two fields named '{field}'.", nameof(relationships));
                }
            }
        }
    }

    /// <summary>All node kinds, in declaration order.</summary>
    public IReadOnlyList<NodeKind> NodeKinds { get; }

    /// <summary>All relationship types, in declaration order.</summary>
    public IReadOnlyList<RelationshipType> RelationshipTypes { get; }

    /// <summary>Finds a node kind by name, ignoring case.</summary>
    public bool TryGetKind(string name, out NodeKind kind) => _kinds.TryGetValue(name, out kind!);

    /// <summary>Finds a node kind by the prefix of an id (<c>city</c>).</summary>
    public bool TryGetKindByPrefix(string prefix, out NodeKind kind) => _kindsByPrefix.TryGetValue(prefix, out kind!);

    /// <summary>Finds a relationship type by name, ignoring case.</summary>
    public bool TryGetRelationship(string name, out RelationshipType type) => _relationships.TryGetValue(name, out type!);

    /// <summary>Gets a node kind that must exist.</summary>
    public NodeKind Kind(string name) =>
        _kinds.TryGetValue(name, out var k) ? k : throw new KeyNotFoundException($"Unknown node kind '{name}'.");

    /// <summary>Gets a relationship type that must exist.</summary>
    public RelationshipType Relationship(string name) =>
        _relationships.TryGetValue(name, out var r) ? r : throw new KeyNotFoundException($"Unknown relationship type '{name}'.");

    /// <summary>The relationship types a node of <paramref name="kind"/> can take part in, with the side it stands on.</summary>
    public IEnumerable<(RelationshipType Type, Direction Direction)> RelationshipsOf(NodeKind kind)
    {
        foreach (var rel in RelationshipTypes)
        {
            if (rel.FromKinds.Contains(kind))
            {
                yield return (rel, Direction.Outgoing);
            }
            if (rel.ToKinds.Contains(kind) && !(rel.IsSymmetric && rel.FromKinds.Contains(kind)))
            {
                yield return (rel, Direction.Incoming);
            }
        }
    }
}

/// <summary>Which end of a relationship a node stands on.</summary>
public enum Direction
{
    /// <summary>The node is the relationship's start.</summary>
    Outgoing,

    /// <summary>The node is the relationship's end.</summary>
    Incoming,
}
