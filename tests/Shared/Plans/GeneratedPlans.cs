using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Tests.Shared.Plans;

/// <summary>One generated plan: its shape (what it exercises), a readable name and the plan.</summary>
/// <param name="Shape">sort, some, none, all, edge or nested.</param>
/// <param name="Name">The root list and what it sorts, filters or nests, such as <c>City sort COOPERATES_WITH count desc</c>.</param>
/// <param name="Plan">The plan, a root list paged like a client's first page.</param>
public sealed record GeneratedPlan(string Shape, string Name, NodeQuery Plan);

/// <summary>
/// The query set of "no cliffs" (issue 20), generated from the model so that a kind, property or relationship added
/// to it is covered without new code: every root list (one per kind) with every sort key (id, name, each property,
/// the count of each relationship it takes part in, both sides), every relationship filter (<c>some</c>, <c>none</c>,
/// <c>all</c>, <c>edge</c>) and every nested connection, each once. Each is a first page (10 nodes) of a connection
/// with its total count and next-page flag, as a client asks; the bench (kg-bench <c>plans</c>) times them on a
/// store and the plan test checks SQLite serves each from indexes.
/// </summary>
public static class GeneratedPlans
{
    /// <summary>The page of every root list.</summary>
    public const int Page = 10;

    /// <summary>The page of every nested connection.</summary>
    public const int NestedPage = 5;

    /// <summary>The shapes, in the order <see cref="All"/> yields them.</summary>
    public static readonly IReadOnlyList<string> Shapes = ["sort", "some", "none", "all", "edge", "nested"];

    /// <summary>Every plan of the set over <paramref name="model"/>.</summary>
    public static IEnumerable<GeneratedPlan> All(GraphModel model)
    {
        foreach (var kind in model.NodeKinds)
        {
            foreach (var plan in Sorts(model, kind))
            {
                yield return plan;
            }
            foreach (var (rel, direction) in model.RelationshipsOf(kind))
            {
                foreach (var plan in RelationshipPlans(kind, rel, direction))
                {
                    yield return plan;
                }
            }
        }
    }

    private static IEnumerable<GeneratedPlan> Sorts(GraphModel model, NodeKind kind)
    {
        yield return Sorted(kind, "id", new FieldSort(FieldRef.Id));
        yield return Sorted(kind, "name", new FieldSort(FieldRef.Name));
        foreach (var property in kind.Properties)
        {
            yield return Sorted(kind, property.Name, new FieldSort(FieldRef.Of(property)));
        }
        foreach (var (rel, direction) in model.RelationshipsOf(kind))
        {
            // Descending: the largest counts first, the question users ask ("the most twin towns").
            yield return Sorted(kind, $"{Side(rel, direction)} count desc", new RelatedCountSort(rel, direction) { Descending = true });
        }
    }

    private static GeneratedPlan Sorted(NodeKind kind, string key, SortKey sort) =>
        new("sort", $"{kind.Name} sort {key}", Root(kind) with { OrderBy = [sort] });

    private static IEnumerable<GeneratedPlan> RelationshipPlans(NodeKind kind, RelationshipType rel, Direction direction)
    {
        var side = Side(rel, direction);
        var onNode = Filters.Compare(FieldRef.Name, CompareOp.StartsWith, "b");
        yield return Filtered("some", kind, side, Filters.Some(rel, direction, onNode));
        yield return Filtered("none", kind, side, Filters.None(rel, direction, onNode));
        yield return Filtered("all", kind, side, Filters.All(rel, direction, onNode));
        if (rel.Properties.Count > 0)
        {
            yield return Filtered("edge", kind, side, Filters.Some(rel, direction, onEdge: EdgeCondition(rel.Properties[0])));
        }
        var edgeFields = rel.Properties.Select(p => (ProjectionField)new ValueField(p.Name, FieldRef.Of(p))).ToList();
        var nested = new RelationshipProjection("related", rel, direction, new NodeQuery
        {
            OrderBy = [new FieldSort(FieldRef.Name)],
            First = NestedPage,
            Shape = ResultShape.Connection,
            Connection = ConnectionProjection.Default([.. edgeFields]),
            Projection = Projection.Of(new ValueField("id", FieldRef.Id), new ValueField("name", FieldRef.Name)),
        });
        yield return new GeneratedPlan("nested", $"{kind.Name} nested {side}", Root(kind) with
        {
            Projection = Projection.Of(new ValueField("id", FieldRef.Id), new ValueField("name", FieldRef.Name), nested),
        });
    }

    private static GeneratedPlan Filtered(string shape, NodeKind kind, string side, Filter where) =>
        new(shape, $"{kind.Name} {shape} {side}", Root(kind) with { Where = where });

    /// <summary>A condition on a relationship property that some values meet, whatever its type.</summary>
    private static Filter EdgeCondition(PropertyDefinition property) => property.Type switch
    {
        PropertyType.Enum => Filters.Compare(property, CompareOp.Eq, property.AllowedValues[0]),
        PropertyType.Integer => Filters.Compare(property, CompareOp.Gte, 2000L),
        PropertyType.Float or PropertyType.Money => Filters.Compare(property, CompareOp.Gt, 0m),
        PropertyType.Boolean => Filters.Compare(property, CompareOp.Eq, true),
        PropertyType.Date => Filters.Compare(property, CompareOp.Gte, "2000"),
        _ => Filters.Compare(property, CompareOp.StartsWith, "a"),
    };

    /// <summary>The first page of a kind's root list: id and name of each node, the total count, the next page.</summary>
    private static NodeQuery Root(NodeKind kind) => new()
    {
        Kind = kind,
        First = Page,
        Shape = ResultShape.Connection,
        Connection = ConnectionProjection.Default(),
        Projection = Projection.Of(new ValueField("id", FieldRef.Id), new ValueField("name", FieldRef.Name)),
    };

    /// <summary>The relationship as the node sees it: its type, and for a directed one the side (out or in).</summary>
    public static string Side(RelationshipType rel, Direction direction) =>
        rel.IsSymmetric ? rel.Name : $"{rel.Name} {(direction == Direction.Outgoing ? "out" : "in")}";
}
