using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Copying;

/// <summary>
/// A whole stored graph as one batch of assertions, to load into another store (of any back-end): every node with its
/// names, description, sources and property claims, every relationship with its sources and claims. Loaded into an
/// empty store it gives the same export: claims are replayed in their stored order (the last new claim's value is
/// current, as it was), and nodes are ordered so that each symmetric relationship keeps its stored orientation.
/// </summary>
public static class GraphCopy
{
    /// <summary>Reads <paramref name="source"/> whole into one batch named <paramref name="name"/>.</summary>
    public static async Task<GraphBatch> ReadAsync(IGraphStore source, GraphModel model, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(model);
        var nodes = new List<StoredNode>();
        await foreach (var node in source.ReadNodesAsync(cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(node);
        }
        var relationships = new List<StoredRelationship>();
        await foreach (var rel in source.ReadRelationshipsAsync(cancellationToken).ConfigureAwait(false))
        {
            relationships.Add(rel);
        }
        return new GraphBatch(name,
            [.. Order(nodes, relationships, model).Select(ToAssertion)],
            [.. relationships.Select(r => new RelationshipAssertion(r.Type, r.FromId, r.ToId)
            {
                Sources = [.. r.Sources.Select(ToSource)],
                Claims = [.. r.Claims.Select(ToClaim)],
            })]);
    }

    /// <summary>
    /// Nodes in id order, except that the start of every symmetric relationship comes before its end: stores orient a
    /// symmetric relationship by the order in which its nodes were created, so this order recreates the orientation.
    /// </summary>
    private static IEnumerable<StoredNode> Order(List<StoredNode> nodes, List<StoredRelationship> relationships, GraphModel model)
    {
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var after = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var waiting = nodes.ToDictionary(n => n.Id, _ => 0, StringComparer.Ordinal);
        foreach (var rel in relationships.Where(r => model.Relationship(r.Type).IsSymmetric && r.FromId != r.ToId))
        {
            if (!after.TryGetValue(rel.FromId, out var list))
            {
                after[rel.FromId] = list = [];
            }
            list.Add(rel.ToId);
            waiting[rel.ToId]++;
        }
        // Kahn's algorithm, taking the smallest ready id each time (the stored order is acyclic: creation order).
        var ready = new SortedSet<string>(waiting.Where(w => w.Value == 0).Select(w => w.Key), StringComparer.Ordinal);
        var emitted = 0;
        while (ready.Count > 0)
        {
            var id = ready.Min!;
            ready.Remove(id);
            emitted++;
            yield return byId[id];
            foreach (var next in after.GetValueOrDefault(id, []))
            {
                if (--waiting[next] == 0)
                {
                    ready.Add(next);
                }
            }
        }
        if (emitted != nodes.Count)
        {
            // Not from a store: emit the rest in id order rather than lose nodes.
            foreach (var node in nodes.Where(n => waiting[n.Id] > 0))
            {
                yield return node;
            }
        }
    }

    private static NodeAssertion ToAssertion(StoredNode node) => new(node.Kind, node.Id, node.Name)
    {
        Aliases = node.Aliases,
        Description = node.Description,
        Sources = [.. node.Sources.Select(ToSource)],
        Claims = [.. node.Claims.Select(ToClaim)],
    };

    private static Source ToSource(StoredSource s) =>
        new(s.StudyId, s.Certainty) { Quote = s.Quote, Dataset = s.Dataset, Row = s.Row, Note = s.Note };

    private static PropertyClaim ToClaim(StoredClaim c) => new(c.Property, c.Value!, ToSource(c.Source)) { Qualifier = c.Qualifier };
}
