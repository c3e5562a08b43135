using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Loading;
using KnowledgeGraph.Store.Neo4j.Client;

namespace KnowledgeGraph.Store.Neo4j.Writing;

/// <summary>A stored node as a load sees it (read at the start of the load's transaction, changed in memory).</summary>
internal sealed class NodeState
{
    public required long Seq { get; init; }
    public required string Id { get; set; }
    /// <summary>The id the node has in Neo4j (null for a node this load creates).</summary>
    public string? StoredId { get; init; }
    public required NodeKind Kind { get; init; }
    public required string Name { get; init; }
    public string? Description { get; set; }
    public List<(string Name, string Lang)> Names { get; } = [];
    public HashSet<(string Name, string Lang)> NameSet { get; } = [];
    public List<string> Keys { get; } = [];
    public JsonObject Props { get; init; } = [];
    public List<string> Sources { get; } = [];
    public HashSet<string> SourceSet { get; } = new(StringComparer.Ordinal);
    public bool Created { get; init; }
    public bool Dirty { get; set; }
}

/// <summary>A stored relationship as a load sees it.</summary>
internal sealed class EdgeState
{
    public required NodeState From { get; init; }
    public required string Type { get; init; }
    public required NodeState To { get; init; }
    public JsonObject Props { get; init; } = [];
    public List<string> Sources { get; } = [];
    public HashSet<string> SourceSet { get; } = new(StringComparer.Ordinal);
    public bool Created { get; init; }
    public bool Dirty { get; set; }
}

/// <summary>
/// The stored graph's identities, names, values and sources, read once inside the load's transaction, and the look-ups
/// of the shared merge rules (<see cref="INodeLookup{TNode}"/>) over it, including what the load adds.
/// </summary>
internal sealed class GraphState : INodeLookup<NodeState>
{
    private readonly Dictionary<string, NodeState> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Folded), List<NodeState>> _byName = [];
    private readonly Dictionary<(long From, string Type, long To), EdgeState> _edges = [];

    public List<NodeState> Nodes { get; } = [];

    public IEnumerable<EdgeState> Edges => _edges.Values;

    public long NextSeq { get; private set; } = 1;

    /// <summary>The statement that reads every node of the graph (the load's and the exports' view).</summary>
    public const string ReadNodes = """
        MATCH (n) WHERE n._seq IS NOT NULL
        RETURN n.id AS id, n.kind AS kind, n.name AS name, n.description AS description, n._seq AS seq,
               n._names AS names, n._langs AS langs, n._keys AS keys, n._props AS props, n._sources AS sources
        """;

    /// <summary>The statement that reads every relationship of the graph.</summary>
    public const string ReadEdges = """
        MATCH (a)-[r]->(b) WHERE r._props IS NOT NULL
        RETURN a._seq AS src, type(r) AS type, b._seq AS dst, r._props AS props, r._sources AS sources
        """;

    public static async Task<GraphState> ReadAsync(Neo4jTransaction tx, GraphModel model, CancellationToken cancellationToken)
    {
        var state = new GraphState();
        var bySeq = new Dictionary<long, NodeState>();
        foreach (var row in await tx.QueryAsync(ReadNodes, r => r, cancellationToken).ConfigureAwait(false))
        {
            var node = new NodeState
            {
                Seq = row["seq"].GetInt64(),
                Id = row["id"].GetString()!,
                StoredId = row["id"].GetString()!,
                Kind = model.Kind(row["kind"].GetString()!),
                Name = row["name"].GetString()!,
                Description = row["description"].ValueKind == JsonValueKind.String ? row["description"].GetString() : null,
                Props = JsonNode.Parse(row["props"].GetString() ?? "{}") as JsonObject ?? [],
            };
            var names = Strings(row["names"]);
            var langs = Strings(row["langs"]);
            for (var i = 0; i < names.Count; i++)
            {
                state.NameAdded(node, names[i], i < langs.Count ? langs[i] : "");
            }
            foreach (var key in Strings(row["keys"]))
            {
                state.KeyAdded(node, key);
            }
            foreach (var source in Strings(row["sources"]))
            {
                node.Sources.Add(source);
                node.SourceSet.Add(source);
            }
            state.Nodes.Add(node);
            bySeq[node.Seq] = node;
            state.NextSeq = Math.Max(state.NextSeq, node.Seq + 1);
        }
        foreach (var row in await tx.QueryAsync(ReadEdges, r => r, cancellationToken).ConfigureAwait(false))
        {
            var edge = new EdgeState
            {
                From = bySeq[row["src"].GetInt64()],
                Type = row["type"].GetString()!,
                To = bySeq[row["dst"].GetInt64()],
                Props = JsonNode.Parse(row["props"].GetString() ?? "{}") as JsonObject ?? [],
            };
            foreach (var source in Strings(row["sources"]))
            {
                edge.Sources.Add(source);
                edge.SourceSet.Add(source);
            }
            state._edges[(edge.From.Seq, edge.Type, edge.To.Seq)] = edge;
        }
        return state;
    }

    internal static List<string> Strings(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];

    public NodeState Create(string id, NodeKind kind, string name, string? description)
    {
        var node = new NodeState { Seq = NextSeq++, Id = id, Kind = kind, Name = name, Description = description, Created = true, Dirty = true };
        Nodes.Add(node);
        return node;
    }

    public void KeyAdded(NodeState node, string key)
    {
        _keys[key] = node;
        node.Keys.Add(key);
    }

    public void NameAdded(NodeState node, string name, string lang)
    {
        if (!node.NameSet.Add((name, lang)))
        {
            return;
        }
        node.Names.Add((name, lang));
        var key = (node.Kind.Name, TextKey.Normalize(name));
        if (!_byName.TryGetValue(key, out var list))
        {
            _byName[key] = list = [];
        }
        if (!list.Contains(node))
        {
            list.Add(node);
        }
    }

    public EdgeState? FindEdge(NodeState from, string type, NodeState to) => _edges.GetValueOrDefault((from.Seq, type, to.Seq));

    public EdgeState CreateEdge(NodeState from, string type, NodeState to)
    {
        var edge = new EdgeState { From = from, Type = type, To = to, Created = true, Dirty = true };
        _edges[(from.Seq, type, to.Seq)] = edge;
        return edge;
    }

    public bool TryFindKey(string key, out NodeState node) => _keys.TryGetValue(key, out node!);

    public IEnumerable<NodeState> FindByName(NodeKind kind, string folded) =>
        _byName.TryGetValue((kind.Name, folded), out var list) ? list : [];

    public string? StoredText(NodeState node, PropertyDefinition property) => node.Props[property.Name]?.ToString();
}
