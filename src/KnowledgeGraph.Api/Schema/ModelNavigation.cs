using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Api.Schema;

/// <summary>What the model allows at the other end of a relationship, seen from a node of a given kind.</summary>
public static class ModelNavigation
{
    /// <summary>
    /// The kinds a node of <paramref name="kind"/> can reach through <paramref name="relationship"/> on side
    /// <paramref name="direction"/> (both sides for symmetric types), in model order.
    /// </summary>
    public static IReadOnlyList<NodeKind> Targets(GraphModel model, NodeKind kind, RelationshipType relationship, Direction direction)
    {
        var targets = new HashSet<NodeKind>();
        foreach (var pair in relationship.Endpoints)
        {
            if ((direction == Direction.Outgoing || relationship.IsSymmetric) && pair.From.Contains(kind))
            {
                targets.UnionWith(pair.To);
            }
            if ((direction == Direction.Incoming || relationship.IsSymmetric) && pair.To.Contains(kind))
            {
                targets.UnionWith(pair.From);
            }
        }
        return model.NodeKinds.Where(targets.Contains).ToList();
    }

    /// <summary>The relationship and side behind the API field <paramref name="field"/> of <paramref name="kind"/>, if any.</summary>
    public static (RelationshipType Relationship, Direction Direction)? FindField(GraphModel model, NodeKind kind, string field)
    {
        foreach (var (relationship, direction) in model.RelationshipsOf(kind))
        {
            if (Names.Field(relationship, direction) == field)
            {
                return (relationship, direction);
            }
        }
        return null;
    }
}
