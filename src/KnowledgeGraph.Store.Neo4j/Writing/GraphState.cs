using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Model.Facts;
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
    public List<SourceEntry> Sources { get; } = [];
    public HashSet<SourceEntry> SourceSet { get; } = [];
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
    public List<SourceEntry> Sources { get; } = [];
    public HashSet<SourceEntry> SourceSet { get; } = [];
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

    /// <summary>
    /// The statement that reads the nodes a small load can touch (<see cref="ReadForAsync"/>): every node one of
    /// <c>$keys</c> resolves to (its id or a key it kept), and of the kinds that merge by name, every node with a name
    /// folding to one of <c>$names</c> (as <c>kind + '|' + folded name</c>). The server compares each node's own
    /// properties with the two short lists; only the matches travel.
    /// </summary>
    public const string ReadKeyedNodes = """
        MATCH (n) WHERE n._seq IS NOT NULL
          AND (n.id IN $keys OR any(k IN n._keys WHERE k IN $keys)
               OR (n.kind IN $nameKinds AND any(f IN n._folded WHERE (n.kind + '|' + f) IN $names)))
        RETURN n.id AS id, n.kind AS kind, n.name AS name, n.description AS description, n._seq AS seq,
               n._names AS names, n._langs AS langs, n._keys AS keys, n._props AS props, n._sources AS sources
        """;

    /// <summary>The stored relationships between nodes a keyed read found (their creation numbers in <c>$seqs</c>), by the start node's kind.</summary>
    public static string ReadKeyedEdges(NodeKind from) => $$"""
        UNWIND $ids AS id
        MATCH (a:{{Cypher.Quote(from.Name)}} {id: id})-[r]->(b)
        WHERE r._props IS NOT NULL AND b._seq IN $seqs
        RETURN a._seq AS src, type(r) AS type, b._seq AS dst, r._props AS props, r._sources AS sources
        """;

    /// <summary>The next creation number: one more than the largest stored.</summary>
    public const string ReadLastSeq = "MATCH (n) WHERE n._seq IS NOT NULL RETURN max(n._seq) AS seq";

    /// <summary>Reads the whole graph's identities, names, values and sources.</summary>
    public static async Task<GraphState> ReadAsync(Neo4jTransaction tx, GraphModel model, CancellationToken cancellationToken)
    {
        var state = new GraphState();
        var bySeq = new Dictionary<long, NodeState>();
        foreach (var row in await tx.QueryAsync(ReadNodes, r => r, cancellationToken).ConfigureAwait(false))
        {
            state.AddStored(row, model, bySeq);
        }
        foreach (var row in await tx.QueryAsync(ReadEdges, r => r, cancellationToken).ConfigureAwait(false))
        {
            state.AddStored(row, bySeq);
        }
        return state;
    }

    /// <summary>
    /// Reads only what <paramref name="batches"/> can touch: the nodes their ids, external ids and names resolve to (by the
    /// shared merge rules' look-ups) and the relationships between those nodes, plus the next creation number. Every node
    /// and relationship the load merges into is among them (an asserted relationship's ends and sources are nodes of its
    /// batch), so the load writes what a full read would have made it write.
    /// </summary>
    public static async Task<GraphState> ReadForAsync(Neo4jTransaction tx, GraphModel model, IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var nameKinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in batches.SelectMany(b => b.Nodes))
        {
            var kind = model.Kind(node.Kind);
            keys.Add(node.Id);
            if (AssertedIdentity.ExternalId(node, kind) is { } external)
            {
                keys.Add(external);
            }
            if (kind.MergesByName)
            {
                nameKinds.Add(kind.Name);
                foreach (var alias in AssertedIdentity.Names(node))
                {
                    names.Add(kind.Name + "|" + TextKey.Normalize(alias.Name));
                }
            }
        }
        var state = new GraphState();
        var bySeq = new Dictionary<long, NodeState>();
        var parameters = new Dictionary<string, object?> { ["keys"] = keys.ToArray(), ["names"] = names.ToArray(), ["nameKinds"] = nameKinds.ToArray() };
        foreach (var row in await tx.QueryAsync(new CypherStatement(ReadKeyedNodes, parameters), r => r, cancellationToken).ConfigureAwait(false))
        {
            state.AddStored(row, model, bySeq);
        }
        var seqs = bySeq.Keys.ToArray();
        foreach (var group in state.Nodes.GroupBy(n => n.Kind))
        {
            var statement = new CypherStatement(ReadKeyedEdges(group.Key), new Dictionary<string, object?> { ["ids"] = group.Select(n => n.Id).ToArray(), ["seqs"] = seqs });
            foreach (var row in await tx.QueryAsync(statement, r => r, cancellationToken).ConfigureAwait(false))
            {
                state.AddStored(row, bySeq);
            }
        }
        var last = await tx.QueryAsync(ReadLastSeq, r => r["seq"].ValueKind == JsonValueKind.Number ? r["seq"].GetInt64() : 0, cancellationToken).ConfigureAwait(false);
        state.NextSeq = Math.Max(state.NextSeq, last.FirstOrDefault() + 1);
        return state;
    }

    private void AddStored(Neo4jRecord row, GraphModel model, Dictionary<long, NodeState> bySeq)
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
            NameAdded(node, names[i], i < langs.Count ? langs[i] : "");
        }
        foreach (var key in Strings(row["keys"]))
        {
            KeyAdded(node, key);
        }
        foreach (var source in SourceList.Decode(row["sources"]))
        {
            node.Sources.Add(source);
            node.SourceSet.Add(source);
        }
        Nodes.Add(node);
        bySeq[node.Seq] = node;
        NextSeq = Math.Max(NextSeq, node.Seq + 1);
    }

    private void AddStored(Neo4jRecord row, Dictionary<long, NodeState> bySeq)
    {
        var edge = new EdgeState
        {
            From = bySeq[row["src"].GetInt64()],
            Type = row["type"].GetString()!,
            To = bySeq[row["dst"].GetInt64()],
            Props = JsonNode.Parse(row["props"].GetString() ?? "{}") as JsonObject ?? [],
        };
        foreach (var source in SourceList.Decode(row["sources"]))
        {
            edge.Sources.Add(source);
            edge.SourceSet.Add(source);
        }
        _edges[(edge.From.Seq, edge.Type, edge.To.Seq)] = edge;
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
