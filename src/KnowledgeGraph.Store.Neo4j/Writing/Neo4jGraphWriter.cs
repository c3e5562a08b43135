using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Loading;
using KnowledgeGraph.Store.Neo4j.Client;

namespace KnowledgeGraph.Store.Neo4j.Writing;

/// <summary>
/// Applies batches to the graph as the load's transaction read it (<see cref="GraphState"/>), by the same rules and with
/// the same report as the SQLite back-end (merge by the shared <see cref="NodeResolver{TNode}"/>; names, claims,
/// relationships and sources upserted; a new claim's value becomes current when ClaimPreference prefers it), then writes every node
/// and relationship the load touched with batched <c>UNWIND $rows AS row MERGE ...</c> statements, every value a
/// parameter. Writing the final state of what was touched makes loading the same batches again change nothing.
/// </summary>
internal sealed class Neo4jGraphWriter
{
    private readonly GraphModel _model;
    private readonly GraphState _state;
    private readonly NodeResolver<NodeState> _resolver;

    public Neo4jGraphWriter(GraphState state, GraphModel model)
    {
        _state = state;
        _model = model;
        _resolver = new NodeResolver<NodeState>(state);
    }

    public List<Change> Changes { get; } = [];

    public void Apply(GraphBatch batch, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var total = batch.Nodes.Count + batch.Relationships.Count;
        var done = 0;
        var resolved = new Dictionary<string, NodeState>(StringComparer.Ordinal);
        foreach (var node in batch.Nodes)
        {
            resolved[node.Id] = Resolve(node, _model.Kind(node.Kind));
        }
        foreach (var node in batch.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            MergeNode(resolved[node.Id], node, resolved);
            Report(progress, batch.Name, ++done, total);
        }
        foreach (var rel in batch.Relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var type = _model.Relationship(rel.Type);
            var from = resolved[rel.FromId];
            var to = resolved[rel.ToId];
            if (type.IsSymmetric && from.Seq > to.Seq)
            {
                (from, to) = (to, from);
            }
            MergeRelationship(type, from, to, rel, resolved);
            Report(progress, batch.Name, ++done, total);
        }
    }

    private static void Report(IProgress<LoadProgress>? progress, string batch, int done, int total)
    {
        if (progress is not null && (done % 500 == 0 || done == total))
        {
            progress.Report(new LoadProgress(batch, done, total));
        }
    }

    private NodeState Resolve(NodeAssertion node, NodeKind kind)
    {
        var resolution = _resolver.Resolve(node, kind);
        if (resolution.Found)
        {
            var stored = resolution.Node!;
            var currentId = stored.Id;
            if (resolution.RenameTo(currentId) is { } external)
            {
                stored.Id = external;
                stored.Dirty = true;
                Changes.Add(new(ChangeKind.NodeMerged, external, $"renamed from {currentId} (external key)"));
                currentId = external;
            }
            var newKey = false;
            foreach (var key in resolution.Keys)
            {
                newKey |= AddKey(key, stored);
            }
            if (currentId != node.Id && !stored.Created && newKey)
            {
                Changes.Add(new(ChangeKind.NodeMerged, currentId, $"{node.Id} merged by {resolution.Method.Describe()}"));
            }
            return stored;
        }
        var created = _state.Create(resolution.CanonicalId, kind, node.Name, node.Description);
        foreach (var key in resolution.Keys)
        {
            AddKey(key, created);
        }
        Changes.Add(new(ChangeKind.NodeAdded, created.Id, kind.Name));
        return created;
    }

    private bool AddKey(string key, NodeState node)
    {
        if (_state.TryFindKey(key, out _))
        {
            return false;
        }
        _state.KeyAdded(node, key);
        node.Dirty = true;
        return true;
    }

    private void MergeNode(NodeState stored, NodeAssertion node, Dictionary<string, NodeState> resolved)
    {
        var isNew = stored.Created;
        var id = stored.Id;
        foreach (var alias in AssertedIdentity.Names(node))
        {
            var lang = alias.Language ?? "";
            if (stored.NameSet.Contains((alias.Name, lang)))
            {
                continue;
            }
            _state.NameAdded(stored, alias.Name, lang);
            stored.Dirty = true;
            if (!isNew)
            {
                Changes.Add(new(ChangeKind.NameAdded, id, alias.Language is null ? alias.Name : $"{alias.Name} ({alias.Language})"));
            }
        }
        if (node.Description is not null && stored.Description is null)
        {
            stored.Description = node.Description;
            stored.Dirty = true;
        }
        foreach (var source in node.Sources)
        {
            if (AddSource(stored.Sources, stored.SourceSet, null, null, null, source, resolved, id, isNew))
            {
                stored.Dirty = true;
            }
        }
        if (ApplyClaims(stored.Props, stored.Sources, stored.SourceSet, node.Claims, id, isNew, resolved))
        {
            stored.Dirty = true;
        }
    }

    private void MergeRelationship(RelationshipType type, NodeState from, NodeState to, RelationshipAssertion rel, Dictionary<string, NodeState> resolved)
    {
        var label = $"{type.Name} {rel.FromId} -> {rel.ToId}";
        var edge = _state.FindEdge(from, type.Name, to);
        var isNew = edge is null;
        if (edge is null)
        {
            edge = _state.CreateEdge(from, type.Name, to);
            Changes.Add(new(ChangeKind.RelationshipAdded, label));
        }
        foreach (var source in rel.Sources)
        {
            if (AddSource(edge.Sources, edge.SourceSet, null, null, null, source, resolved, label, isNew))
            {
                edge.Dirty = true;
            }
        }
        if (ApplyClaims(edge.Props, edge.Sources, edge.SourceSet, rel.Claims, label, isNew, resolved))
        {
            edge.Dirty = true;
        }
    }

    private bool ApplyClaims(JsonObject props, List<SourceEntry> sources, HashSet<SourceEntry> set, IReadOnlyList<PropertyClaim> claims, string subject, bool isNew,
        Dictionary<string, NodeState> resolved)
    {
        var changed = false;
        foreach (var claim in claims)
        {
            var json = PropertyValueJson.Encode(claim.Value);
            if (!AddSource(sources, set, claim.Name, json, claim.Qualifier, claim.Source, resolved, subject, isNew))
            {
                continue;
            }
            changed = true;
            var current = props[claim.Name]?.ToJsonString();
            // Sources disagree: the value in place stays unless the new claim is preferred (ClaimPreference), so the
            // value does not depend on the order of loading.
            var rank = new ClaimRank(resolved[claim.Source.StudyId].Id, claim.Source.Certainty, claim.Qualifier);
            if (current is not null && current != json && !ClaimPreference.Replaces(rank, HeldRank(sources, claim.Name, current)))
            {
                continue;
            }
            if (current != json)
            {
                props[claim.Name] = JsonNode.Parse(json);
                if (!isNew)
                {
                    Changes.Add(new(ChangeKind.PropertyChanged, subject, $"{claim.Name}: {current ?? "(none)"} -> {json}"));
                }
            }
        }
        return changed;
    }

    /// <summary>The rank of the best claim among the owner's sources that holds <paramref name="value"/> for the property.</summary>
    private static ClaimRank HeldRank(List<SourceEntry> sources, string property, string value)
    {
        var ranks = sources
            .Where(entry => entry.Property == property && entry.Value == value)
            .Select(entry => new ClaimRank(entry.Study, entry.Certainty, entry.Qualifier))
            .ToList();
        // A value with no claim behind it (none should be) gives way to any claim.
        return ClaimPreference.Best(ranks) ?? new ClaimRank("", Certainty.Inferred, "unknown");
    }

    /// <summary>Adds a source unless the owner has it already; true when it was new.</summary>
    private bool AddSource(List<SourceEntry> sources, HashSet<SourceEntry> set, string? property, string? value, string? qualifier, Source source,
        Dictionary<string, NodeState> resolved, string subject, bool isNew)
    {
        var entry = SourceEntry.For(property, value, qualifier, resolved[source.StudyId].Id, source);
        if (!set.Add(entry))
        {
            return false;
        }
        sources.Add(entry);
        if (!isNew)
        {
            Changes.Add(new(ChangeKind.SourceAdded, subject, property is null ? source.StudyId : $"{property} from {source.StudyId}"));
        }
        return true;
    }

    /// <summary>Writes every node and relationship the load touched, in batches of <paramref name="batchSize"/> rows.</summary>
    public async Task WriteAsync(Neo4jTransaction tx, int batchSize, CancellationToken cancellationToken)
    {
        // Renames first, so that the statements after them find renamed nodes under their new id; then stored nodes, new
        // nodes and relationships.
        foreach (var group in _state.Nodes.Where(n => !n.Created && n.StoredId != n.Id).GroupBy(n => n.Kind))
        {
            await RunBatches(tx, Cypher.Rename(group.Key), group.Select(n => Row(("old", n.StoredId), ("new", n.Id))), batchSize, cancellationToken).ConfigureAwait(false);
        }
        foreach (var group in _state.Nodes.Where(n => n.Dirty && !n.Created).GroupBy(n => n.Kind))
        {
            await RunBatches(tx, Cypher.UpdateNodes(group.Key), group.Select(NodeRow), batchSize, cancellationToken).ConfigureAwait(false);
        }
        foreach (var group in _state.Nodes.Where(n => n.Created).GroupBy(n => n.Kind))
        {
            await RunBatches(tx, Cypher.CreateNodes(group.Key), group.Select(NodeRow), batchSize, cancellationToken).ConfigureAwait(false);
        }
        foreach (var group in _state.Edges.Where(e => e.Dirty).GroupBy(e => (e.Type, From: e.From.Kind, To: e.To.Kind, e.Created)))
        {
            await RunBatches(tx, Cypher.WriteRelationships(group.Key.Type, group.Key.From, group.Key.To, group.Key.Created), group.Select(EdgeRow), batchSize, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task RunBatches(Neo4jTransaction tx, string statement, IEnumerable<Dictionary<string, object?>> rows, int batchSize, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(Math.Max(1, batchSize)))
        {
            await tx.RunAsync(new CypherStatement(statement, new Dictionary<string, object?> { ["rows"] = chunk }), cancellationToken).ConfigureAwait(false);
        }
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    /// <summary>A node's row of the write statements.</summary>
    internal static Dictionary<string, object?> NodeRow(NodeState n) => Row(
        ("id", n.Id), ("kind", n.Kind.Name), ("name", n.Name), ("description", n.Description), ("seq", n.Seq),
        ("names", n.Names.Select(x => x.Name).ToArray()), ("langs", n.Names.Select(x => x.Lang).ToArray()),
        ("folded", n.Names.Select(x => TextKey.Normalize(x.Name)).Distinct().ToArray()),
        ("keys", n.Keys.ToArray()), ("props", n.Props.ToJsonString()), ("sources", SourceList.Encode(n.Sources)), ("sourceCount", n.Sources.Count),
        ("values", Values(n.Props)));

    /// <summary>A relationship's row of the write statements.</summary>
    internal static Dictionary<string, object?> EdgeRow(EdgeState e) => Row(
        ("from", e.From.Id), ("to", e.To.Id), ("props", e.Props.ToJsonString()),
        ("sources", SourceList.Encode(e.Sources)), ("sourceCount", e.Sources.Count), ("values", Values(e.Props)));

    private static Dictionary<string, object?> Values(JsonObject props) =>
        props.Where(p => !Cypher.Reserved(p.Key)).ToDictionary(p => p.Key, p => PropertyJson.Native(p.Value), StringComparer.Ordinal);
}
