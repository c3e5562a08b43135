using KnowledgeGraph.Api.Schema;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Api.Planning;

/// <summary>
/// Turns a <c>where</c> argument (a kind's where input, NodeWhere, or a relationship's EdgeWhere) into a plan
/// <see cref="Filter"/>: every key given must hold; each operator of a field is one comparison.
/// </summary>
public sealed class WhereTranslator(GraphModel model)
{
    private static readonly Dictionary<string, CompareOp> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = CompareOp.Eq, ["in"] = CompareOp.In, ["contains"] = CompareOp.Contains, ["startsWith"] = CompareOp.StartsWith,
        ["lt"] = CompareOp.Lt, ["lte"] = CompareOp.Lte, ["gt"] = CompareOp.Gt, ["gte"] = CompareOp.Gte,
    };

    /// <summary>The filter of a node where input over nodes of <paramref name="kind"/> (null: NodeWhere); null when empty.</summary>
    public Filter? Nodes(object? input, NodeKind? kind) => Translate(input, key => NodeCondition(key, kind));

    /// <summary>The filter of a relationship's EdgeWhere input; null when empty.</summary>
    public Filter? Edges(object? input, RelationshipType relationship) =>
        Translate(input, key => relationship.FindProperty(key) is { } p ? value => Compare(FieldRef.Of(p), value) : null);

    private Filter? Translate(object? input, Func<string, Func<object?, Filter?>?> conditionOf)
    {
        if (InputValues.Object(input) is not { } map)
        {
            return null;
        }
        var filters = new List<Filter>();
        foreach (var (key, value) in map)
        {
            Filter? filter = key switch
            {
                "AND" => new AndFilter(InputValues.List(value).Select(v => Translate(v, conditionOf) ?? new AndFilter([])).ToList()),
                "OR" => value is null ? null : new OrFilter(InputValues.List(value).Select(v => Translate(v, conditionOf) ?? new AndFilter([])).ToList()),
                "NOT" => Translate(value, conditionOf) is { } inner ? new NotFilter(inner) : null,
                _ => (conditionOf(key) ?? throw InputValues.BadInput($"'{key}' is not a condition here."))(value),
            };
            if (filter is not null)
            {
                filters.Add(filter);
            }
        }
        return filters.Count switch { 0 => null, 1 => filters[0], _ => new AndFilter(filters) };
    }

    private Func<object?, Filter?>? NodeCondition(string key, NodeKind? kind)
    {
        switch (key)
        {
            case "id":
                return IdCondition;
            case "name":
                return value => Compare(FieldRef.Name, value);
            case "description":
                return value => Compare(FieldRef.Description, value);
            case "kind":
                return value => Compare(FieldRef.Kind, value);
            case "matchesName":
                return value => value is string text ? new NameMatchesFilter(text) : null;
            case "names":
                return NamesCondition;
        }
        if (kind is null)
        {
            return null;
        }
        if (kind.FindProperty(key) is { } property)
        {
            return value => Compare(FieldRef.Of(property), value);
        }
        if (ModelNavigation.FindField(model, kind, key) is { } found)
        {
            var (relationship, direction) = found;
            var targets = ModelNavigation.Targets(model, kind, relationship, direction);
            return value => Related(value, relationship, direction, targets);
        }
        return null;
    }

    /// <summary>Each operator given of a NameFilter is one <see cref="NameMatchesFilter"/>; all must hold.</summary>
    private static Filter? NamesCondition(object? value)
    {
        if (InputValues.Object(value) is not { } ops)
        {
            return null;
        }
        var filters = new List<Filter>();
        foreach (var (op, mode) in new[] { ("eq", NameMatch.Exact), ("startsWith", NameMatch.StartsWith), ("contains", NameMatch.Contains) })
        {
            if (ops.TryGetValue(op, out var text) && text is string s)
            {
                filters.Add(new NameMatchesFilter(s, mode));
            }
        }
        return filters.Count switch { 0 => null, 1 => filters[0], _ => new AndFilter(filters) };
    }

    private static Filter? IdCondition(object? value)
    {
        if (InputValues.Object(value) is not { } ops)
        {
            return null;
        }
        var filters = new List<Filter>();
        if (ops.TryGetValue("eq", out var eq) && eq is string id)
        {
            filters.Add(new IdInFilter([id]));
        }
        if (ops.TryGetValue("in", out var @in) && @in is not null)
        {
            filters.Add(new IdInFilter(InputValues.List(@in).OfType<string>().ToList()));
        }
        return filters.Count switch { 0 => null, 1 => filters[0], _ => new AndFilter(filters) };
    }

    private static Filter? Compare(FieldRef field, object? value)
    {
        if (InputValues.Object(value) is not { } ops)
        {
            return null;
        }
        var filters = new List<Filter>();
        foreach (var (name, operand) in ops)
        {
            if (!Operators.TryGetValue(name, out var op))
            {
                throw InputValues.BadInput($"'{name}' is not an operator.");
            }
            if (operand is null && op != CompareOp.Eq)
            {
                continue;
            }
            filters.Add(new CompareFilter(field, op, op == CompareOp.In ? InputValues.List(operand).ToList() : operand));
        }
        return filters.Count switch { 0 => null, 1 => filters[0], _ => new AndFilter(filters) };
    }

    private Filter? Related(object? value, RelationshipType relationship, Direction direction, IReadOnlyList<NodeKind> targets)
    {
        if (InputValues.Object(value) is not { } map)
        {
            return null;
        }
        var target = targets.Count == 1 ? targets[0] : null;
        var edge = map.TryGetValue("edge", out var edgeInput) ? Edges(edgeInput, relationship) : null;
        var filters = new List<Filter>();
        foreach (var (name, quantifier) in new[] { ("some", Quantifier.Some), ("none", Quantifier.None), ("all", Quantifier.All) })
        {
            if (map.TryGetValue(name, out var condition) && condition is not null)
            {
                filters.Add(new RelatedFilter(relationship, direction, quantifier, Nodes(condition, target), edge));
            }
        }
        if (filters.Count == 0 && edge is not null)
        {
            filters.Add(new RelatedFilter(relationship, direction, Quantifier.Some, null, edge));
        }
        return filters.Count switch { 0 => null, 1 => filters[0], _ => new AndFilter(filters) };
    }
}
