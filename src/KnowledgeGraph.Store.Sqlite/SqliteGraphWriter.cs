using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Applies batches inside one transaction: resolves each asserted node to a stored node (by id, external key or
/// name), upserts names, property claims, relationships and sources, and records what changed. Every write is
/// an idempotent upsert, so applying the same batch twice changes nothing.
/// </summary>
internal sealed class SqliteGraphWriter
{
    private readonly GraphModel _model;
    private readonly HashSet<long> _created = [];
    private readonly Command _findKey, _addKey, _findByName, _insertNode, _readNode, _writeProps, _renameNode, _setDescription,
        _addName, _findEdge, _insertEdge, _readEdge, _writeEdgeProps, _addSource;

    public SqliteGraphWriter(SqliteConnection connection, SqliteTransaction tx, GraphModel model)
    {
        _model = model;
        // A load is one large transaction: a page cache of up to 128 MB keeps it from spilling pages to the WAL
        // and reading them back (a setting of this connection only; it changes nothing that is stored).
        using (var pragma = connection.CreateCommand())
        {
            pragma.Transaction = tx;
            pragma.CommandText = "PRAGMA cache_size = -131072";
            pragma.ExecuteNonQuery();
        }
        Command C(string sql) => new(connection, tx, sql);
        _findKey = C("SELECT node FROM node_keys WHERE key = $key");
        _addKey = C("INSERT OR IGNORE INTO node_keys (key, node) VALUES ($key, $node)");
        _findByName = C("SELECT DISTINCT n.seq, n.props FROM node_names nn JOIN nodes n ON n.seq = nn.node WHERE nn.folded = $folded AND n.kind = $kind");
        _insertNode = C("INSERT INTO nodes (id, kind, name, description) VALUES ($id, $kind, $name, $description) RETURNING seq");
        _readNode = C("SELECT id, props, description FROM nodes WHERE seq = $seq");
        _writeProps = C("UPDATE nodes SET props = $props WHERE seq = $seq");
        _renameNode = C("UPDATE nodes SET id = $id WHERE seq = $seq");
        _setDescription = C("UPDATE nodes SET description = $description WHERE seq = $seq AND description IS NULL");
        _addName = C("INSERT OR IGNORE INTO node_names (node, name, lang, folded) VALUES ($node, $name, $lang, $folded)");
        _findEdge = C("SELECT seq FROM edges WHERE src = $src AND type = $type AND dst = $dst");
        _insertEdge = C("INSERT INTO edges (type, src, dst) VALUES ($type, $src, $dst) RETURNING seq");
        _readEdge = C("SELECT props FROM edges WHERE seq = $seq");
        _writeEdgeProps = C("UPDATE edges SET props = $props WHERE seq = $seq");
        _addSource = C("""
            INSERT OR IGNORE INTO sources (node, edge, property, value, qualifier, study, certainty, quote, dataset, row, note, fingerprint)
            VALUES ($node, $edge, $property, $value, $qualifier, $study, $certainty, $quote, $dataset, $row, $note, $fingerprint)
            """);
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

    private static void Report(IProgress<LoadProgress>? progress, string batch, int done, int total)
    {
        if (progress is not null && (done % 500 == 0 || done == total))
        {
            progress.Report(new LoadProgress(batch, done, total));
        }
    }

    /// <summary>Finds the stored node an assertion means, or creates it.</summary>
    private long Resolve(NodeAssertion node, NodeKind kind)
    {
        var external = ExternalId(node, kind);
        var canonical = external ?? node.Id;
        string? method = null;
        var seq = FindKey(canonical);
        if (seq is not null)
        {
            method = external is null ? "id" : "external key";
        }
        else if ((seq = FindKey(node.Id)) is not null)
        {
            method = "id";
        }
        else if (kind.MergesByName && (seq = FindByName(node, kind)) is not null)
        {
            method = "name";
        }

        if (seq is { } existing)
        {
            var (currentId, _, _) = ReadNode(existing);
            if (external is not null && currentId != external && FindKey(external) is null)
            {
                // The node just became known in an outside register: it takes the canonical id; old ids still resolve.
                _renameNode.Run(("$id", external), ("$seq", existing));
                Changes.Add(new(ChangeKind.NodeMerged, external, $"renamed from {currentId} (external key)"));
                currentId = external;
            }
            var newKey = AddKey(canonical, existing) | AddKey(node.Id, existing);
            if (currentId != node.Id && !_created.Contains(existing) && newKey)
            {
                Changes.Add(new(ChangeKind.NodeMerged, currentId, $"{node.Id} merged by {method}"));
            }
            return existing;
        }

        var created = _insertNode.Scalar(("$id", canonical), ("$kind", kind.Name), ("$name", node.Name), ("$description", node.Description));
        _created.Add(created);
        AddKey(canonical, created);
        AddKey(node.Id, created);
        Changes.Add(new(ChangeKind.NodeAdded, canonical, kind.Name));
        return created;
    }

    /// <summary>Makes <paramref name="id"/> resolve to the node; true when it did not before.</summary>
    private bool AddKey(string id, long seq) => _addKey.Run(("$key", id), ("$node", seq)) > 0;

    private long? FindKey(string id) => _findKey.ScalarOrNull(("$key", id));

    private static string? ExternalId(NodeAssertion node, NodeKind kind)
    {
        if (kind.ExternalKey is not { } key)
        {
            return null;
        }
        var claim = node.Claims.FirstOrDefault(c => c.Name == key.Name);
        return claim is null ? null : NodeId.External(kind, key, Convert.ToString(claim.Value, CultureInfo.InvariantCulture)!);
    }

    /// <summary>A node of the same kind whose name or alias folds to one of the assertion's names, when exactly one fits.</summary>
    private long? FindByName(NodeAssertion node, NodeKind kind)
    {
        var candidates = new Dictionary<long, JsonObject>();
        foreach (var name in Names(node))
        {
            using var reader = _findByName.Reader(("$folded", TextKey.Normalize(name.Name)), ("$kind", kind.Name));
            while (reader.Read())
            {
                candidates[reader.GetInt64(0)] = (JsonObject)JsonNode.Parse(reader.GetString(1))!;
            }
        }
        // Names are weak evidence: a candidate that disagrees on a distinguishing property is another node.
        var distinguishing = kind.Properties.Where(p => p.IsExternalKey || p.Name == "countryCode").ToList();
        var fits = candidates.Where(c => distinguishing.All(p =>
        {
            var asserted = node.Claims.FirstOrDefault(x => x.Name == p.Name);
            return asserted is null || c.Value[p.Name] is not { } stored ||
                   string.Equals(stored.ToString(), Convert.ToString(asserted.Value, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
        })).Select(c => c.Key).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    private static IEnumerable<Alias> Names(NodeAssertion node) => node.Aliases.Prepend(new Alias(node.Name));

    private (string Id, JsonObject Props, string? Description) ReadNode(long seq)
    {
        using var reader = _readNode.Reader(("$seq", seq));
        reader.Read();
        return (reader.GetString(0), (JsonObject)JsonNode.Parse(reader.GetString(1))!, reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    private void MergeNode(long seq, NodeAssertion node, Dictionary<string, (long Seq, NodeKind Kind)> resolved)
    {
        var isNew = _created.Contains(seq);
        var (id, props, description) = ReadNode(seq);
        foreach (var alias in Names(node))
        {
            var added = _addName.Run(("$node", seq), ("$name", alias.Name), ("$lang", alias.Language ?? ""), ("$folded", TextKey.Normalize(alias.Name)));
            if (added > 0 && !isNew)
            {
                Changes.Add(new(ChangeKind.NameAdded, id, alias.Language is null ? alias.Name : $"{alias.Name} ({alias.Language})"));
            }
        }
        if (node.Description is not null && description is null)
        {
            _setDescription.Run(("$description", node.Description), ("$seq", seq));
        }
        foreach (var source in node.Sources)
        {
            AddSource(seq, null, null, null, null, source, resolved, id, isNew);
        }
        if (ApplyClaims(props, node.Claims, id, isNew, (claim, json) => AddSource(seq, null, claim.Name, json, claim.Qualifier, claim.Source, resolved, id, isNew)))
        {
            _writeProps.Run(("$props", props.ToJsonString()), ("$seq", seq));
        }
    }

    private void MergeRelationship(RelationshipType type, long src, long dst, RelationshipAssertion rel, Dictionary<string, (long Seq, NodeKind Kind)> resolved)
    {
        var label = $"{type.Name} {rel.FromId} -> {rel.ToId}";
        var seq = _findEdge.ScalarOrNull(("$src", src), ("$type", type.Name), ("$dst", dst));
        var isNew = seq is null;
        if (seq is null)
        {
            seq = _insertEdge.Scalar(("$type", type.Name), ("$src", src), ("$dst", dst));
            Changes.Add(new(ChangeKind.RelationshipAdded, label));
        }
        using var reader = _readEdge.Reader(("$seq", seq.Value));
        reader.Read();
        var props = (JsonObject)JsonNode.Parse(reader.GetString(0))!;
        reader.Close();
        foreach (var source in rel.Sources)
        {
            AddSource(null, seq, null, null, null, source, resolved, label, isNew);
        }
        if (ApplyClaims(props, rel.Claims, label, isNew, (claim, json) => AddSource(null, seq, claim.Name, json, claim.Qualifier, claim.Source, resolved, label, isNew)))
        {
            _writeEdgeProps.Run(("$props", props.ToJsonString()), ("$seq", seq.Value));
        }
    }

    /// <summary>
    /// Records every claim as a source, and makes a claim's value the current one when the claim is new to the
    /// store: a newer study or export updates a value, while loading the same claims again changes nothing.
    /// </summary>
    private bool ApplyClaims(JsonObject props, IReadOnlyList<PropertyClaim> claims, string subject, bool isNew, Func<PropertyClaim, string, bool> addSource)
    {
        var changed = false;
        foreach (var claim in claims)
        {
            var json = JsonValues.Encode(claim.Value);
            if (!addSource(claim, json))
            {
                continue;
            }
            var current = props[claim.Name]?.ToJsonString();
            if (current != json)
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

    private bool AddSource(long? node, long? edge, string? property, string? value, string? qualifier, Source source,
        Dictionary<string, (long Seq, NodeKind Kind)> resolved, string subject, bool isNew)
    {
        var study = resolved[source.StudyId].Seq;
        var certainty = source.Certainty == Certainty.Inferred ? "inferred" : "stated";
        var fingerprint = Fingerprint(node is null ? $"e{edge}" : $"n{node}", property, value, qualifier, study.ToString(CultureInfo.InvariantCulture),
            certainty, source.Quote, source.Dataset, source.Row, source.Note);
        var added = _addSource.Run(("$node", node), ("$edge", edge), ("$property", property), ("$value", value), ("$qualifier", qualifier),
            ("$study", study), ("$certainty", certainty), ("$quote", source.Quote), ("$dataset", source.Dataset), ("$row", source.Row),
            ("$note", source.Note), ("$fingerprint", fingerprint));
        if (added > 0 && !isNew)
        {
            Changes.Add(new(ChangeKind.SourceAdded, subject, property is null ? source.StudyId : $"{property} from {source.StudyId}"));
        }
        return added > 0;
    }

    private static string Fingerprint(params string?[] parts)
    {
        var text = string.Join("\u001f", parts.Select(p => p ?? "\u0000"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
    }

    /// <summary>A prepared statement with named parameters, reused for every row.</summary>
    private sealed class Command
    {
        private readonly SqliteCommand _command;

        public Command(SqliteConnection connection, SqliteTransaction tx, string sql)
        {
            _command = connection.CreateCommand();
            _command.Transaction = tx;
            _command.CommandText = sql;
        }

        private void Bind((string Name, object? Value)[] args)
        {
            foreach (var (name, value) in args)
            {
                if (!_command.Parameters.Contains(name))
                {
                    _command.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
                }
                else
                {
                    _command.Parameters[name].Value = value ?? DBNull.Value;
                }
            }
        }

        public int Run(params (string, object?)[] args)
        {
            Bind(args);
            return _command.ExecuteNonQuery();
        }

        public long Scalar(params (string, object?)[] args)
        {
            Bind(args);
            return (long)_command.ExecuteScalar()!;
        }

        public long? ScalarOrNull(params (string, object?)[] args)
        {
            Bind(args);
            return _command.ExecuteScalar() is long l ? l : null;
        }

        public SqliteDataReader Reader(params (string, object?)[] args)
        {
            Bind(args);
            return _command.ExecuteReader();
        }
    }
}
