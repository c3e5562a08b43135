using System.Globalization;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Sqlite.Tests.TestSupport;

/// <summary>
/// A graph of the model's whole shape, generated from the model: <c>scale</c> x 40 nodes of every kind, each with every
/// property; for every relationship type and every pair of kinds it may join, one to five relationships from each node
/// of the first kind, with every relationship property, their ends spread unevenly (a few nodes are reached often).
/// Symmetric relationships (twinning, cooperation) join nodes of the same kind among themselves too. Deterministic.
/// </summary>
public static class ModelShapedGraph
{
    private const int PerKind = 40;

    /// <summary>The batch of <paramref name="scale"/>, its sources in one generated study.</summary>
    public static GraphBatch Build(GraphModel model, int scale)
    {
        var count = PerKind * scale;
        var studyKind = model.NodeKinds.Single(k => k.Name == "Study");
        var study = Id(studyKind, 0);
        Source Row(string row) => new(study, Certainty.Stated) { Dataset = "generated.csv", Row = row };
        var nodes = new List<NodeAssertion>();
        foreach (var kind in model.NodeKinds)
        {
            for (var i = 0; i < count; i++)
            {
                var row = Row($"{kind.Name}-{i}");
                nodes.Add(new NodeAssertion(kind.Name, Id(kind, i), Name(kind, i))
                {
                    Sources = [row],
                    Claims = kind.Properties.Select(p => new PropertyClaim(p.Name, Value(p, i), row)).ToList(),
                });
            }
        }
        var rels = new List<RelationshipAssertion>();
        foreach (var rel in model.RelationshipTypes)
        {
            foreach (var from in rel.FromKinds)
            {
                foreach (var to in rel.ToKinds.Where(t => rel.Allows(from, t)))
                {
                    var seen = new HashSet<(int, int)>();
                    for (var i = 0; i < count; i++)
                    {
                        for (var k = 0; k < 1 + i % 5; k++)
                        {
                            // Uneven: low numbers are reached far more often than high ones.
                            var j = (i * k + k * k * 3) % count;
                            var key = rel.IsSymmetric && from == to ? (Math.Min(i, j), Math.Max(i, j)) : (i, j);
                            if ((from == to && i == j) || !seen.Add(key))
                            {
                                continue;
                            }
                            var row = Row($"{rel.Name}-{from.Name}{i}-{to.Name}{j}");
                            rels.Add(new RelationshipAssertion(rel.Name, Id(from, i), Id(to, j))
                            {
                                Sources = [row],
                                Claims = rel.Properties.Select(p => new PropertyClaim(p.Name, Value(p, i + k), row)).ToList(),
                            });
                        }
                    }
                }
            }
        }
        return new GraphBatch("model-shaped", nodes, rels);
    }

    private static string Id(NodeKind kind, int i) => string.Create(CultureInfo.InvariantCulture, $"{kind.IdPrefix}:gen{i}");

    /// <summary>Names start with every letter in turn, so a filter on a first letter matches some nodes.</summary>
    private static string Name(NodeKind kind, int i) => string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + i % 26)}{kind.Name.ToLowerInvariant()} {i}");

    private static object Value(PropertyDefinition property, int i) => property.Type switch
    {
        PropertyType.Integer => property.IsExternalKey ? 100_000L + i : 1990L + i % 35,
        PropertyType.Float => i % 80 * 0.5,
        PropertyType.Money => 1000m * (i % 97),
        PropertyType.Boolean => i % 2 == 0,
        PropertyType.Date => string.Create(CultureInfo.InvariantCulture, $"{1990 + i % 35}-0{1 + i % 9}-1{i % 10}"),
        PropertyType.Url => string.Create(CultureInfo.InvariantCulture, $"https://example.org/{property.Name}/{i}"),
        PropertyType.Enum => property.AllowedValues[i % property.AllowedValues.Count],
        _ => property.IsExternalKey
            ? string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)}")
            : string.Create(CultureInfo.InvariantCulture, $"{(char)('a' + i % 26)}{property.Name} {i}"),
    };
}
