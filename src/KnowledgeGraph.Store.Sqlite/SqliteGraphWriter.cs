using System.Text.Json.Nodes;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Loading;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Applies batches inside one transaction: resolves each asserted node to a stored node (by id, external key or
/// name), upserts names, property claims, relationships and sources, and records what changed. Every write is
/// an idempotent upsert, so applying the same batch twice changes nothing.
/// </summary>
/// <remarks>
/// Look-ups go through a <see cref="LoadCache"/> (the transaction owns the tables for the whole load), so each key,
/// name, node and edge is read from the store at most once per load, and each node's or edge's properties are
/// written once, by <see cref="Complete"/>, instead of once per claim. A load into an empty store takes the
/// <see cref="BulkLoad"/> path: the secondary indexes are built once, at the end.
/// </remarks>
internal sealed class SqliteGraphWriter : IDisposable
{
    private readonly GraphModel _model;
    private readonly LoadCache _cache;
    private readonly NodeResolver<long> _resolver;
    private readonly BulkLoad? _bulk;
    private readonly SourceFingerprint _fingerprint = new();
    private readonly Statement _addKey, _insertNode, _renameNode, _setDescription, _addName, _insertEdge, _addSource, _nodeValueClaims, _edgeValueClaims;

    /// <summary>
    /// The rank of the claim that set each (node or edge, property) value during this load, so that the next claim is
    /// weighed against it without reading it back (on the bulk path, into an empty store, every value is set here).
    /// </summary>
    private readonly Dictionary<(char Owner, long Seq, string Property), ClaimRank> _valueRanks = [];

    public SqliteGraphWriter(SqliteConnection connection, SqliteTransaction tx, GraphModel model)
    {
        _model = model;
        // A load is one large transaction: a page cache of up to 128 MB keeps it from spilling pages to the WAL
        // and reading them back (a setting of this connection only; it changes nothing that is stored). Temporary
        // b-trees (index builds) stay in memory: see SqliteGraphStore.Open.
        using (var pragma = connection.CreateCommand())
        {
            pragma.Transaction = tx;
            pragma.CommandText = "PRAGMA cache_size = -131072;";
            pragma.ExecuteNonQuery();
        }
        _cache = new LoadCache(connection);
        _resolver = new NodeResolver<long>(_cache);
        // Into an empty store the indexes are built once at the end instead of row by row (same tables, same schema).
        _bulk = _cache.IsComplete ? BulkLoad.Begin(connection, tx) : null;
        Statement S(string sql) => new(connection, sql);
        _addKey = S("INSERT OR IGNORE INTO node_keys (key, node) VALUES ($key, $node)");
        _insertNode = S("INSERT INTO nodes (id, kind, name, description) VALUES ($id, $kind, $name, $description) RETURNING seq");
        _renameNode = S("UPDATE nodes SET id = $id WHERE seq = $seq");
        _setDescription = S("UPDATE nodes SET description = $description WHERE seq = $seq AND description IS NULL");
        _addName = S("INSERT OR IGNORE INTO node_names (node, name, lang, folded) VALUES ($node, $name, $lang, $folded)");
        _insertEdge = S("INSERT INTO edges (type, src, dst) VALUES ($type, $src, $dst) RETURNING seq");
        _addSource = S("""
            INSERT OR IGNORE INTO sources (node, edge, property, value, qualifier, study, certainty, quote, dataset, row, note, fingerprint)
            VALUES ($node, $edge, $property, $value, $qualifier, $study, $certainty, $quote, $dataset, $row, $note, $fingerprint)
            """);
        const string claims = "SELECT st.id, s.certainty, s.qualifier FROM sources s JOIN nodes st ON st.seq = s.study WHERE s.{0} = $owner AND s.property = $property AND s.value = $value";
        _nodeValueClaims = S(string.Format(System.Globalization.CultureInfo.InvariantCulture, claims, "node"));
        _edgeValueClaims = S(string.Format(System.Globalization.CultureInfo.InvariantCulture, claims, "edge"));
    }

    public List<Change> Changes { get; } = [];

    public void Apply(GraphBatch batch, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var total = batch.Nodes.Count + batch.Relationships.Count;
        var done = 0;
        var resolved = new Dictionary<string, (long Seq, NodeKind Kind)>(StringComparer.Ordinal);
        // First every node gets a row, so that sources can name their study whatever the order of the batch.
        foreach (var node in batch.Nodes)
        {
            var kind = _model.Kind(node.Kind);
            resolved[node.Id] = (Resolve(node, kind), kind);
        }
        foreach (var node in batch.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (seq, _) = resolved[node.Id];
            MergeNode(seq, node, resolved);
            Report(progress, batch.Name, ++done, total);
        }
        foreach (var rel in batch.Relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var type = _model.Relationship(rel.Type);
            var src = resolved[rel.FromId].Seq;
            var dst = resolved[rel.ToId].Seq;
            if (type.IsSymmetric && src > dst)
            {
                (src, dst) = (dst, src);
            }
            MergeRelationship(type, src, dst, rel, resolved);
            Report(progress, batch.Name, ++done, total);
        }
    }

    /// <summary>
    /// Writes what the load still holds in memory (changed properties) and, on the bulk path, builds the indexes;
    /// call once, after the last batch.
    /// </summary>
    public void Complete()
    {
        _cache.WriteChangedProperties();
        _bulk?.Complete();
    }

    private static void Report(IProgress<LoadProgress>? progress, string batch, int done, int total)
    {
        if (progress is not null && (done % 500 == 0 || done == total))
        {
            progress.Report(new LoadProgress(batch, done, total));
        }
    }

    /// <summary>Finds the stored node an assertion means (by the shared rules of <see cref="NodeResolver{TNode}"/>), or creates it.</summary>
    private long Resolve(NodeAssertion node, NodeKind kind)
    {
        var resolution = _resolver.Resolve(node, kind);
        if (resolution.Found)
        {
            var existing = resolution.Node;
            var stored = _cache.Node(existing);
            var currentId = stored.Id;
            if (resolution.RenameTo(currentId) is { } external)
            {
                // The node just became known in an outside register: it takes the canonical id; old ids still resolve.
                _renameNode.Run(external, existing);
                stored.Id = external;
                Changes.Add(new(ChangeKind.NodeMerged, external, $"renamed from {currentId} (external key)"));
                currentId = external;
            }
            var newKey = false;
            foreach (var key in resolution.Keys)
            {
                newKey |= AddKey(key, existing);
            }
            if (currentId != node.Id && !stored.Created && newKey)
            {
                Changes.Add(new(ChangeKind.NodeMerged, currentId, $"{node.Id} merged by {resolution.Method.Describe()}"));
            }
            return existing;
        }

        var canonical = resolution.CanonicalId;
        var created = _insertNode.Scalar(canonical, kind.Name, node.Name, node.Description);
        _cache.NodeCreated(created, canonical, kind.Name, node.Description);
        foreach (var key in resolution.Keys)
        {
            AddKey(key, created);
        }
        Changes.Add(new(ChangeKind.NodeAdded, canonical, kind.Name));
        return created;
    }

    /// <summary>Makes <paramref name="id"/> resolve to the node; true when it did not before.</summary>
    private bool AddKey(string id, long seq)
    {
        if (_cache.FindKey(id) is not null)
        {
            return false;
        }
        _addKey.Run(id, seq);
        _cache.KeyAdded(id, seq);
        return true;
    }

    private void MergeNode(long seq, NodeAssertion node, Dictionary<string, (long Seq, NodeKind Kind)> resolved)
    {
        var stored = _cache.Node(seq);
        var isNew = stored.Created;
        var id = stored.Id;
        var names = _cache.Names(stored);
        foreach (var alias in AssertedIdentity.Names(node))
        {
            var lang = alias.Language ?? "";
            if (names.Contains((alias.Name, lang)))
            {
                continue;
            }
            var folded = TextKey.Normalize(alias.Name);
            var added = _addName.Run(seq, alias.Name, lang, folded);
            _cache.NameAdded(stored, alias.Name, lang, folded);
            if (added > 0 && !isNew)
            {
                Changes.Add(new(ChangeKind.NameAdded, id, alias.Language is null ? alias.Name : $"{alias.Name} ({alias.Language})"));
            }
        }
        if (node.Description is not null && stored.Description is null)
        {
            _setDescription.Run(node.Description, seq);
            stored.Description = node.Description;
        }
        foreach (var source in node.Sources)
        {
            AddSource(seq, null, null, null, null, source, resolved, id, isNew);
        }
        if (ApplyClaims(stored.Props, node.Claims, seq, null, id, isNew, resolved))
        {
            _cache.MarkChanged(stored);
        }
    }

    private void MergeRelationship(RelationshipType type, long src, long dst, RelationshipAssertion rel, Dictionary<string, (long Seq, NodeKind Kind)> resolved)
    {
        var label = $"{type.Name} {rel.FromId} -> {rel.ToId}";
        var edge = _cache.FindEdge(src, type.Name, dst);
        var isNew = edge is null;
        if (edge is null)
        {
            edge = _cache.EdgeCreated(_insertEdge.Scalar(type.Name, src, dst), src, type.Name, dst);
            Changes.Add(new(ChangeKind.RelationshipAdded, label));
        }
        foreach (var source in rel.Sources)
        {
            AddSource(null, edge.Seq, null, null, null, source, resolved, label, isNew);
        }
        if (ApplyClaims(edge.Props, rel.Claims, null, edge.Seq, label, isNew, resolved))
        {
            _cache.MarkChanged(edge);
        }
    }

    /// <summary>
    /// Records every claim as a source, and makes a claim's value the current one when the claim is new to the store and
    /// <see cref="ClaimPreference"/> prefers it to the claims holding the value in place: a newer export updates its
    /// value, loading the same claims again changes nothing, and the order of loading does not decide.
    /// </summary>
    private bool ApplyClaims(JsonObject props, IReadOnlyList<PropertyClaim> claims, long? node, long? edge, string subject, bool isNew,
        Dictionary<string, (long Seq, NodeKind Kind)> resolved)
    {
        var changed = false;
        foreach (var claim in claims)
        {
            var json = PropertyValueJson.Encode(claim.Value);
            if (!AddSource(node, edge, claim.Name, json, claim.Qualifier, claim.Source, resolved, subject, isNew))
            {
                continue;
            }
            var current = props[claim.Name]?.ToJsonString();
            var key = node is { } n ? ('n', n, claim.Name) : ('e', edge!.Value, claim.Name);
            var rank = new ClaimRank(_cache.Node(resolved[claim.Source.StudyId].Seq).Id, claim.Source.Certainty, claim.Qualifier);
            if (current == json)
            {
                // Another source of the value in place: it holds the value as well as the best of them.
                if (ClaimPreference.Compare(rank, HeldRank(key, current)) > 0)
                {
                    _valueRanks[key] = rank;
                }
                continue;
            }
            // Sources disagree: the value in place stays unless the new claim is preferred (ClaimPreference), so the
            // value does not depend on the order of loading.
            if (current is not null && !ClaimPreference.Replaces(rank, HeldRank(key, current)))
            {
                continue;
            }
            _valueRanks[key] = rank;
            {
                props[claim.Name] = JsonNode.Parse(json);
                changed = true;
                if (!isNew)
                {
                    Changes.Add(new(ChangeKind.PropertyChanged, subject, $"{claim.Name}: {current ?? "(none)"} -> {json}"));
                }
            }
        }
        return changed;
    }

    /// <summary>The rank of the best claim holding the value in place: known from this load, else read from the sources.</summary>
    private ClaimRank HeldRank((char Owner, long Seq, string Property) key, string value)
    {
        if (_valueRanks.TryGetValue(key, out var held))
        {
            return held;
        }
        var ranks = new List<ClaimRank>();
        using (var rows = (key.Owner == 'n' ? _nodeValueClaims : _edgeValueClaims).Query(key.Seq, key.Property, value))
        {
            while (rows.Read())
            {
                ranks.Add(new ClaimRank(rows.GetString(0), rows.GetString(1) == "inferred" ? Certainty.Inferred : Certainty.Stated, rows.IsNull(2) ? null : rows.GetString(2)));
            }
        }
        // A value with no claim behind it (none should be) gives way to any claim.
        held = ClaimPreference.Best(ranks) ?? new ClaimRank("", Certainty.Inferred, "unknown");
        _valueRanks[key] = held;
        return held;
    }

    /// <summary>Stores a source of a fact unless it is stored already; true when it was new.</summary>
    private bool AddSource(long? node, long? edge, string? property, string? value, string? qualifier, Source source,
        Dictionary<string, (long Seq, NodeKind Kind)> resolved, string subject, bool isNew)
    {
        var study = resolved[source.StudyId].Seq;
        var certainty = source.Certainty == Certainty.Inferred ? "inferred" : "stated";
        var fingerprint = (node is { } n ? _fingerprint.Start('n', n) : _fingerprint.Start('e', edge!.Value))
            .Add(property).Add(value).Add(qualifier).Add(study).Add(certainty).Add(source.Quote).Add(source.Dataset).Add(source.Row).Add(source.Note)
            .Finish();
        if (!_cache.SourceStored(fingerprint))
        {
            return false;
        }
        var added = _addSource.Run(node, edge, property, value, qualifier, study, certainty, source.Quote, source.Dataset, source.Row, source.Note, fingerprint) > 0;
        if (added && !isNew)
        {
            Changes.Add(new(ChangeKind.SourceAdded, subject, property is null ? source.StudyId : $"{property} from {source.StudyId}"));
        }
        return added;
    }

    public void Dispose()
    {
        foreach (var statement in new[] { _addKey, _insertNode, _renameNode, _setDescription, _addName, _insertEdge, _addSource, _nodeValueClaims, _edgeValueClaims })
        {
            statement.Dispose();
        }
        _cache.Dispose();
    }
}
