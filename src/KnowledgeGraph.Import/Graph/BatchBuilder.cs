using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Import.Graph;

/// <summary>
/// Collects the facts of one import into a self-contained <see cref="GraphBatch"/>: a node or relationship stated by
/// many rows is asserted once, with every row as a source and every claim kept.
/// </summary>
/// <param name="name">The batch name.</param>
/// <param name="capacity">
/// The nodes and relationships expected, when the importer knows them beforehand (one city per GeoNames line): the
/// tables are made that large at once rather than grown step by step.
/// </param>
public sealed class BatchBuilder(string name, int capacity = 0)
{
    private readonly Dictionary<string, NodeDraft> _nodes = new(capacity, StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string From, string To), RelationshipDraft> _relationships = new(capacity);

    /// <summary>The batch name.</summary>
    public string Name { get; } = name;

    /// <summary>Nodes asserted so far.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>Relationships asserted so far.</summary>
    public int RelationshipCount => _relationships.Count;

    /// <summary>Whether a node with this id was asserted.</summary>
    public bool HasNode(string id) => _nodes.ContainsKey(id);

    /// <summary>The kind of an asserted node, or null.</summary>
    public string? KindOf(string id) => _nodes.TryGetValue(id, out var n) ? n.Kind : null;

    /// <summary>Asserts a node (again): the first assertion gives its name and kind; every source is kept.</summary>
    public void Node(string kind, string id, string name, Source source, Origin? origin = null, string? description = null)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            _nodes[id] = node = new NodeDraft(kind, id, name.Trim(), origin);
        }
        node.Description ??= string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        node.AddSource(source);
    }

    /// <summary>Adds another name of a node.</summary>
    public void Alias(string id, string alias, string? language = null)
    {
        var node = _nodes[id];
        var trimmed = alias.Trim();
        if (trimmed.Length > 0 && trimmed != node.Name && node.AliasNames.Add(trimmed))
        {
            node.Aliases.Add(new Alias(trimmed, language));
        }
    }

    /// <summary>Adds a property claim to an asserted node; a null value is no claim.</summary>
    public void Claim(string id, string property, object? value, Source source)
    {
        if (value is null || value is string { Length: 0 })
        {
            return;
        }
        _nodes[id].AddClaim(new PropertyClaim(property, value, source));
    }

    /// <summary>Asserts a relationship (again) between two asserted nodes, with its claims.</summary>
    public void Relationship(string type, string from, string to, Source source, Origin? origin = null, params (string Name, object? Value)[] claims)
    {
        if (CityNetworksModel.Instance.TryGetRelationship(type, out var rt) && rt.IsSymmetric && string.CompareOrdinal(from, to) > 0)
        {
            (from, to) = (to, from);
        }
        var key = (type, from, to);
        if (!_relationships.TryGetValue(key, out var rel))
        {
            _relationships[key] = rel = new RelationshipDraft(type, from, to, origin);
        }
        rel.AddSource(source);
        foreach (var (name, value) in claims)
        {
            if (value is not null && value is not string { Length: 0 })
            {
                rel.AddClaim(new PropertyClaim(name, value, source));
            }
        }
    }

    /// <summary>The batch.</summary>
    public GraphBatch Build() => new(Name,
        _nodes.Values.Select(n => new NodeAssertion(n.Kind, n.Id, n.Name)
        {
            Aliases = n.Aliases,
            Description = n.Description,
            Claims = n.Claims.Items,
            Sources = n.Sources.Items,
            Origin = n.Origin,
        }).ToList(),
        _relationships.Values.Select(r => new RelationshipAssertion(r.Type, r.From, r.To)
        {
            Claims = r.Claims.Items,
            Sources = r.Sources.Items,
            Origin = r.Origin,
        }).ToList());

    private abstract class Draft
    {
        public UniqueList<Source> Sources { get; } = new();

        public UniqueList<PropertyClaim> Claims { get; } = new();

        public void AddSource(Source source) => Sources.Add(source);

        public void AddClaim(PropertyClaim claim) => Claims.Add(claim);
    }

    private sealed class NodeDraft(string kind, string id, string name, Origin? origin) : Draft
    {
        public string Kind { get; } = kind;

        public string Id { get; } = id;

        public string Name { get; } = name;

        public Origin? Origin { get; } = origin;

        public string? Description { get; set; }

        public List<Alias> Aliases { get; } = [];

        public UniqueList<string> AliasNames { get; } = new(StringComparer.Ordinal);
    }

    private sealed class RelationshipDraft(string type, string from, string to, Origin? origin) : Draft
    {
        public string Type { get; } = type;

        public string From { get; } = from;

        public string To { get; } = to;

        public Origin? Origin { get; } = origin;
    }

    /// <summary>
    /// Items in the order first added, each once. Most drafts get a handful of sources and claims, found by scanning
    /// the list; a hash set is made only when the list grows past <see cref="ScanLimit"/> (a country named by
    /// thousands of rows).
    /// </summary>
    internal sealed class UniqueList<T>(IEqualityComparer<T>? comparer = null)
    {
        internal const int ScanLimit = 8;

        private readonly IEqualityComparer<T> _comparer = comparer ?? EqualityComparer<T>.Default;
        private HashSet<T>? _set;

        public List<T> Items { get; } = new(2);

        /// <summary>Adds <paramref name="item"/> unless an equal item is there; true when added.</summary>
        public bool Add(T item)
        {
            if (_set is not null)
            {
                if (!_set.Add(item))
                {
                    return false;
                }
            }
            else
            {
                foreach (var existing in Items)
                {
                    if (_comparer.Equals(existing, item))
                    {
                        return false;
                    }
                }
                if (Items.Count == ScanLimit)
                {
                    _set = new HashSet<T>(Items, _comparer) { item };
                }
            }
            Items.Add(item);
            return true;
        }
    }
}
