using System.Text.Json.Nodes;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Loading;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The store as one load sees it, in memory: which node every key resolves to, the nodes of each kind and folded
/// name, each node's id, kind, description, names and current properties, each edge's properties, and the
/// fingerprints of the sources already stored.
/// </summary>
/// <remarks>
/// <para>
/// It is valid for one load only: the load's transaction owns the tables, so nothing else writes them meanwhile,
/// and the writer tells the cache about every row it writes (<see cref="NodeCreated"/>, <see cref="KeyAdded"/>,
/// <see cref="NameAdded"/>, <see cref="EdgeCreated"/>, <see cref="SourceStored"/>). What the cache lacks it reads
/// from the store on first use and keeps. When the store held no node at the start of the load, everything in it
/// was written through the cache, so the cache is complete and a miss is an answer, not a query.
/// </para>
/// <para>
/// Properties are the one thing the cache holds ahead of the store: claims change them in memory
/// (<see cref="MarkChanged(CachedNode)"/>) and <see cref="WriteChangedProperties"/> writes each changed node or edge
/// once, before the transaction commits.
/// </para>
/// </remarks>
internal sealed class LoadCache : INodeLookup<long>, IDisposable
{
    private readonly bool _complete;
    private readonly Dictionary<string, long?> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Folded), List<long>> _byName = [];
    private readonly Dictionary<long, CachedNode> _nodes = [];
    private readonly Dictionary<(long Src, string Type, long Dst), CachedEdge> _edges = [];
    private readonly HashSet<long> _sources = [];
    private readonly List<CachedNode> _changedNodes = [];
    private readonly List<CachedEdge> _changedEdges = [];
    private readonly Statement _findKey, _findByName, _readNode, _readNames, _findEdge, _writeProps, _writeEdgeProps;

    /// <summary>
    /// True when the store held no node at the start of the load: everything the load finds was written by it, so
    /// the cache holds all of it (and a bulk load may drop the indexes, see <see cref="BulkLoad"/>).
    /// </summary>
    public bool IsComplete => _complete;

    public LoadCache(SqliteConnection connection)
    {
        Statement S(string sql) => new(connection, sql);
        using (var empty = S("SELECT NOT EXISTS (SELECT 1 FROM nodes)"))
        {
            _complete = empty.Scalar() == 1;
        }
        _findKey = S("SELECT node FROM node_keys WHERE key = $key");
        _findByName = S("SELECT DISTINCT nn.node FROM node_names nn JOIN nodes n ON n.seq = nn.node WHERE nn.folded = $folded AND n.kind = $kind");
        _readNode = S("SELECT id, kind, props, description FROM nodes WHERE seq = $seq");
        _readNames = S("SELECT name, lang FROM node_names WHERE node = $node");
        _findEdge = S("SELECT seq, props FROM edges WHERE src = $src AND type = $type AND dst = $dst");
        _writeProps = S("UPDATE nodes SET props = $props WHERE seq = $seq");
        _writeEdgeProps = S("UPDATE edges SET props = $props WHERE seq = $seq");
    }

    /// <summary>The node a key (any id a source used) resolves to, if any.</summary>
    public long? FindKey(string key)
    {
        if (!_keys.TryGetValue(key, out var seq))
        {
            _keys[key] = seq = _complete ? null : _findKey.ScalarOrNull(key);
        }
        return seq;
    }

    /// <inheritdoc/>
    public bool TryFindKey(string key, out long node)
    {
        var seq = FindKey(key);
        node = seq ?? 0;
        return seq is not null;
    }

    /// <inheritdoc/>
    IEnumerable<long> INodeLookup<long>.FindByName(NodeKind kind, string folded) => FindByName(kind.Name, folded);

    /// <inheritdoc/>
    public string? StoredText(long node, PropertyDefinition property) => Node(node).Props[property.Name]?.ToString();

    /// <summary>Records a key the writer stored.</summary>
    public void KeyAdded(string key, long seq) => _keys[key] = seq;

    /// <summary>The nodes of a kind with a name or alias that folds to <paramref name="folded"/>.</summary>
    public IReadOnlyList<long> FindByName(string kind, string folded)
    {
        if (!_byName.TryGetValue((kind, folded), out var nodes))
        {
            nodes = [];
            if (!_complete)
            {
                using var reader = _findByName.Query(folded, kind);
                while (reader.Read())
                {
                    nodes.Add(reader.GetInt64(0));
                }
            }
            _byName[(kind, folded)] = nodes;
        }
        return nodes;
    }

    /// <summary>A stored node, read on first use.</summary>
    public CachedNode Node(long seq)
    {
        if (!_nodes.TryGetValue(seq, out var node))
        {
            using var reader = _readNode.Query(seq);
            if (!reader.Read())
            {
                throw new InvalidOperationException($"No node {seq} in the store.");
            }
            node = new CachedNode(seq, reader.GetString(0), reader.GetString(1), Parse(reader.GetString(2)), reader.IsNull(3) ? null : reader.GetString(3));
            _nodes[seq] = node;
        }
        return node;
    }

    /// <summary>Records a node the writer inserted (with no names and no properties yet).</summary>
    public CachedNode NodeCreated(long seq, string id, string kind, string? description)
    {
        var node = new CachedNode(seq, id, kind, [], description) { Names = [], Created = true };
        _nodes[seq] = node;
        return node;
    }

    /// <summary>The names and aliases (name, language or "") a node has, read on first use.</summary>
    public HashSet<(string Name, string Lang)> Names(CachedNode node)
    {
        if (node.Names is null)
        {
            node.Names = [];
            using var reader = _readNames.Query(node.Seq);
            while (reader.Read())
            {
                node.Names.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        return node.Names;
    }

    /// <summary>Records a name the writer stored for a node.</summary>
    public void NameAdded(CachedNode node, string name, string lang, string folded)
    {
        Names(node).Add((name, lang));
        if (_byName.TryGetValue((node.Kind, folded), out var nodes))
        {
            if (!nodes.Contains(node.Seq))
            {
                nodes.Add(node.Seq);
            }
        }
        else if (_complete)
        {
            _byName[(node.Kind, folded)] = [node.Seq];
        }
        // Otherwise the next look-up of that name reads it from the store, this row included.
    }

    /// <summary>The edge from <paramref name="src"/> to <paramref name="dst"/> of a type, if stored.</summary>
    public CachedEdge? FindEdge(long src, string type, long dst)
    {
        if (_edges.TryGetValue((src, type, dst), out var edge) || _complete)
        {
            return edge;
        }
        using var reader = _findEdge.Query(src, type, dst);
        if (!reader.Read())
        {
            return null;
        }
        edge = new CachedEdge(reader.GetInt64(0), Parse(reader.GetString(1)));
        _edges[(src, type, dst)] = edge;
        return edge;
    }

    /// <summary>Records an edge the writer inserted (with no properties yet).</summary>
    public CachedEdge EdgeCreated(long seq, long src, string type, long dst)
    {
        var edge = new CachedEdge(seq, []);
        _edges[(src, type, dst)] = edge;
        return edge;
    }

    /// <summary>
    /// Records that a source with this fingerprint is stored (or is about to be: the writer inserts it next, or finds
    /// it there); false when it was known to be stored already. One hash look-up per source instead of two.
    /// </summary>
    public bool SourceStored(long fingerprint) => _sources.Add(fingerprint);

    /// <summary>Notes that a node's properties changed in memory and must be written.</summary>
    public void MarkChanged(CachedNode node)
    {
        if (!node.PropsChanged)
        {
            node.PropsChanged = true;
            _changedNodes.Add(node);
        }
    }

    /// <summary>Notes that an edge's properties changed in memory and must be written.</summary>
    public void MarkChanged(CachedEdge edge)
    {
        if (!edge.PropsChanged)
        {
            edge.PropsChanged = true;
            _changedEdges.Add(edge);
        }
    }

    /// <summary>Writes the properties of every node and edge whose properties changed, once each.</summary>
    public void WriteChangedProperties()
    {
        foreach (var node in _changedNodes)
        {
            _writeProps.Run(node.Props.ToJsonString(), node.Seq);
            node.PropsChanged = false;
        }
        foreach (var edge in _changedEdges)
        {
            _writeEdgeProps.Run(edge.Props.ToJsonString(), edge.Seq);
            edge.PropsChanged = false;
        }
        _changedNodes.Clear();
        _changedEdges.Clear();
    }

    private static JsonObject Parse(string json) => (JsonObject)JsonNode.Parse(json)!;

    public void Dispose()
    {
        foreach (var statement in new[] { _findKey, _findByName, _readNode, _readNames, _findEdge, _writeProps, _writeEdgeProps })
        {
            statement.Dispose();
        }
    }
}

/// <summary>A node as the load sees it; <see cref="Props"/> may be ahead of the store until the end of the load.</summary>
internal sealed class CachedNode(long seq, string id, string kind, JsonObject props, string? description)
{
    public long Seq { get; } = seq;

    public string Id { get; set; } = id;

    public string Kind { get; } = kind;

    public JsonObject Props { get; } = props;

    public string? Description { get; set; } = description;

    /// <summary>Its names and aliases as (name, language or ""), once read.</summary>
    public HashSet<(string Name, string Lang)>? Names { get; set; }

    public bool PropsChanged { get; set; }

    /// <summary>True when this load inserted the node (its names, sources and claims are not changes to report).</summary>
    public bool Created { get; init; }
}

/// <summary>An edge as the load sees it; <see cref="Props"/> may be ahead of the store until the end of the load.</summary>
internal sealed class CachedEdge(long seq, JsonObject props)
{
    public long Seq { get; } = seq;

    public JsonObject Props { get; } = props;

    public bool PropsChanged { get; set; }
}
