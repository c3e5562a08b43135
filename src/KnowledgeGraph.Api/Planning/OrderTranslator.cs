using KnowledgeGraph.Api.Schema;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Api.Planning;

/// <summary>Turns an <c>orderBy</c> argument (a list of one-key sort inputs) into plan sort keys.</summary>
public sealed class OrderTranslator(GraphModel model)
{
    /// <summary>The sort keys for nodes of <paramref name="kind"/> (null: NodeSort).</summary>
    public IReadOnlyList<SortKey> Translate(object? input, NodeKind? kind)
    {
        var keys = new List<SortKey>();
        foreach (var item in InputValues.List(input))
        {
            foreach (var (name, direction) in InputValues.Object(item) ?? new Dictionary<string, object?>())
            {
                if (direction is null)
                {
                    continue;
                }
                var key = KeyOf(name, kind) ?? throw InputValues.BadInput($"'{name}' is not a sort key here.");
                keys.Add(key with { Descending = direction as string == "DESC" });
            }
        }
        return keys;
    }

    private SortKey? KeyOf(string name, NodeKind? kind)
    {
        switch (name)
        {
            case "id":
                return new FieldSort(FieldRef.Id);
            case "name":
                return new FieldSort(FieldRef.Name);
            case "kind":
                return new FieldSort(FieldRef.Kind);
        }
        if (kind?.FindProperty(name) is { } property)
        {
            return new FieldSort(FieldRef.Of(property));
        }
        if (kind is not null && name.EndsWith("Count", StringComparison.Ordinal) &&
            ModelNavigation.FindField(model, kind, name[..^"Count".Length]) is { } found)
        {
            return new RelatedCountSort(found.Relationship, found.Direction);
        }
        return null;
    }
}
