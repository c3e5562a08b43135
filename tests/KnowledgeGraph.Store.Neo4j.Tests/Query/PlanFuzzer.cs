using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Neo4j.Tests.Query;

/// <summary>
/// Random plans over the model (a seeded <see cref="Random"/>, so a failure names a plan that can be run again): a kind,
/// filters on its properties and relationships with values from a small pool (nulls, accents, ties), sort keys on
/// properties, common fields and related counts, paging, and one or two nested levels of any shape.
/// </summary>
internal sealed class PlanFuzzer(GraphModel model, int seed)
{
    private readonly Random _random = new(seed);

    private static readonly object?[] Texts = ["a", "Bar", "sant", "É", "é", "ES", "GB", "host", "2012", "2019-05", "", "ñ"];
    private static readonly object?[] Numbers = [0L, 1L, 5L, 1000L, 100000L, 1500000L, 2.5];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private bool Chance(double p) => _random.NextDouble() < p;

    public NodeQuery Next()
    {
        var kind = Pick(model.NodeKinds);
        return Level(kind, depth: 0, ResultShape.List) with { Shape = Chance(0.4) ? ResultShape.Connection : ResultShape.List };
    }

    private NodeQuery Level(NodeKind? kind, int depth, ResultShape shape)
    {
        var fields = new List<ProjectionField> { new ValueField("id", FieldRef.Id), new ValueField("name", FieldRef.Name) };
        if (kind is not null)
        {
            foreach (var p in kind.Properties.Where(_ => Chance(0.3)))
            {
                fields.Add(new ValueField("p_" + p.Name, FieldRef.Of(p)));
            }
        }
        if (Chance(0.2))
        {
            fields.Add(new AliasesField("aliases"));
        }
        if (Chance(0.15))
        {
            fields.Add(new SourcesField("sources"));
        }
        var related = kind is null ? [] : Related(kind);
        if (related.Count > 0 && Chance(0.4))
        {
            var (rel, dir, other) = Pick(related);
            fields.Add(new RelatedCount("count_" + rel.Name, rel, dir));
        }
        if (related.Count > 0 && depth < 2 && Chance(0.6))
        {
            var (rel, dir, other) = Pick(related);
            var target = Level(other.Count == 1 ? other[0] : null, depth + 1, ResultShape.List);
            var nestedShape = Pick(new[] { ResultShape.List, ResultShape.Connection, ResultShape.Single });
            target = target with { Shape = nestedShape };
            var edgeFields = rel.Properties.Where(_ => Chance(0.4)).Select(p => (ProjectionField)new ValueField("e_" + p.Name, FieldRef.Of(p))).ToList();
            fields.Add(new RelationshipProjection("rel_" + rel.Name, rel, dir, target)
            {
                EdgeFields = nestedShape == ResultShape.Connection ? [] : edgeFields,
                EdgeWhere = rel.Properties.Count > 0 && Chance(0.2) ? Compare(Pick(rel.Properties)) : null,
            });
        }
        var order = new List<SortKey>();
        for (var i = _random.Next(3); i > 0; i--)
        {
            order.Add(SortKeyOf(kind, related));
        }
        return new NodeQuery
        {
            Kind = kind,
            Where = Chance(0.6) && kind is not null ? Condition(kind, related, 2) : null,
            OrderBy = order,
            First = Chance(0.6) ? _random.Next(1, 8) : null,
            Offset = Chance(0.2) ? _random.Next(0, 4) : null,
            Shape = shape,
            Projection = new Projection(fields),
        };
    }

    private SortKey SortKeyOf(NodeKind? kind, List<(RelationshipType, Direction, IReadOnlyList<NodeKind>)> related)
    {
        var descending = Chance(0.5);
        if (kind is not null && kind.Properties.Count > 0 && Chance(0.5))
        {
            return new FieldSort(FieldRef.Of(Pick(kind.Properties))) { Descending = descending };
        }
        if (related.Count > 0 && Chance(0.4))
        {
            var (rel, dir, _) = Pick(related);
            return new RelatedCountSort(rel, dir) { Descending = descending };
        }
        return new FieldSort(Pick(new[] { FieldRef.Name, FieldRef.Description, FieldRef.Kind })) { Descending = descending };
    }

    private List<(RelationshipType Rel, Direction Dir, IReadOnlyList<NodeKind> Other)> Related(NodeKind kind)
    {
        var list = new List<(RelationshipType, Direction, IReadOnlyList<NodeKind>)>();
        foreach (var rel in model.RelationshipTypes)
        {
            var outgoing = rel.Endpoints.Where(e => e.From.Contains(kind)).SelectMany(e => e.To).Distinct().ToList();
            var incoming = rel.Endpoints.Where(e => e.To.Contains(kind)).SelectMany(e => e.From).Distinct().ToList();
            if (outgoing.Count > 0)
            {
                list.Add((rel, Direction.Outgoing, rel.IsSymmetric ? outgoing.Union(incoming).ToList() : outgoing));
            }
            if (incoming.Count > 0 && !rel.IsSymmetric)
            {
                list.Add((rel, Direction.Incoming, incoming));
            }
        }
        return list;
    }

    private Filter Condition(NodeKind kind, List<(RelationshipType Rel, Direction Dir, IReadOnlyList<NodeKind> Other)> related, int depth)
    {
        var roll = _random.Next(10);
        if (depth > 0 && roll < 2)
        {
            var parts = Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Condition(kind, related, depth - 1)).ToList();
            return roll == 0 ? new AndFilter(parts) : new OrFilter(parts);
        }
        if (depth > 0 && roll == 2)
        {
            return new NotFilter(Condition(kind, related, depth - 1));
        }
        if (depth > 0 && roll == 3 && related.Count > 0)
        {
            var (rel, dir, other) = Pick(related);
            var onNode = other.Count == 1 && Chance(0.7) ? Condition(other[0], [], 0) : null;
            var onEdge = rel.Properties.Count > 0 && Chance(0.3) ? Compare(Pick(rel.Properties)) : null;
            return new RelatedFilter(rel, dir, Pick(new[] { Quantifier.Some, Quantifier.None, Quantifier.All }), onNode, onEdge);
        }
        if (roll == 4)
        {
            var (text, mode) = Pick(new[]
            {
                ("barcelona", NameMatch.Exact), ("BARCELONE", NameMatch.Exact), ("Bruxelles", NameMatch.Exact), ("köln", NameMatch.Exact), ("x", NameMatch.Exact),
                ("Bruxel", NameMatch.StartsWith), ("CELON", NameMatch.Contains), ("Cult", NameMatch.StartsWith), ("ó", NameMatch.Contains), ("...", NameMatch.Contains),
            });
            return new NameMatchesFilter(text, mode);
        }
        if (roll == 5)
        {
            return new CompareFilter(FieldRef.Name, Pick(new[] { CompareOp.Contains, CompareOp.StartsWith, CompareOp.Eq }), Pick(Texts));
        }
        return kind.Properties.Count > 0 ? Compare(Pick(kind.Properties)) : new CompareFilter(FieldRef.Name, CompareOp.Contains, "a");
    }

    private Filter Compare(PropertyDefinition p)
    {
        var numeric = p.Type is PropertyType.Integer or PropertyType.Float or PropertyType.Money;
        if (Chance(0.15))
        {
            return new CompareFilter(FieldRef.Of(p), CompareOp.Eq, null);
        }
        if (p.AllowedValues.Count > 0)
        {
            return new CompareFilter(FieldRef.Of(p), CompareOp.In, p.AllowedValues.Where(_ => Chance(0.5)).ToArray());
        }
        if (p.Type == PropertyType.Boolean)
        {
            return new CompareFilter(FieldRef.Of(p), CompareOp.Eq, Chance(0.5));
        }
        if (numeric)
        {
            return new CompareFilter(FieldRef.Of(p), Pick(new[] { CompareOp.Lt, CompareOp.Lte, CompareOp.Gt, CompareOp.Gte, CompareOp.Eq }), Pick(Numbers));
        }
        if (p.Type == PropertyType.Date)
        {
            return new CompareFilter(FieldRef.Of(p), Pick(new[] { CompareOp.Lt, CompareOp.Gte, CompareOp.StartsWith }), Pick(new object?[] { "2012", "2019-05", "2015-01-01" }));
        }
        var op = Pick(new[] { CompareOp.Contains, CompareOp.StartsWith, CompareOp.Eq, CompareOp.In });
        return new CompareFilter(FieldRef.Of(p), op, op == CompareOp.In ? new[] { (string)Pick(Texts)!, (string)Pick(Texts)! } : Pick(Texts));
    }
}
