using System.Collections;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Query;

public sealed partial class QueryValidator
{
    private void ValidateProjection(IReadOnlyList<ProjectionField> fields, IReadOnlyList<NodeKind> kinds, RelationshipType? edge, string path)
    {
        CheckKeys(fields.Select(f => (f.Key, f.OnKinds)), path);
        foreach (var field in fields)
        {
            var here = path + "." + field.Key;
            var fieldKinds = field.OnKinds is null ? kinds : kinds.Where(field.OnKinds.Contains).ToList();
            if (fieldKinds.Count == 0)
            {
                continue; // A fragment on a kind this level never holds: it never applies.
            }
            switch (field)
            {
                case ValueField { Field: PropertyRef p }:
                    RequireNodeProperty(fieldKinds, p.Property, here);
                    break;
                case ValueField or AliasesField or SourcesField:
                    break;
                case ClaimsField c:
                    if (c.Property is not null)
                    {
                        RequireNodeProperty(fieldKinds, c.Property, here);
                    }
                    break;
                case RelationshipProjection r:
                    var other = OtherEnd(r.Relationship, r.Direction, fieldKinds, here);
                    if (r.Target.Kind is not null && !other.Contains(r.Target.Kind))
                    {
                        throw new QueryValidationException($"{here}: {r.Relationship.Name} does not reach {r.Target.Kind.Name}.");
                    }
                    ValidateLevel(r.Target, KindsOf(r.Target.Kind, other), r.Relationship, here);
                    foreach (var f in r.EdgeFields)
                    {
                        ValidateEdgeField(f, r.Relationship, here);
                    }
                    CheckKeys(r.Target.Projection.Fields.Concat(r.EdgeFields).Select(f => (f.Key, f.OnKinds)), here);
                    if (r.EdgeWhere is not null)
                    {
                        ValidateFilter(r.EdgeWhere, [], r.Relationship, here);
                    }
                    break;
                case RelatedCount rc:
                    var counted = OtherEnd(rc.Relationship, rc.Direction, fieldKinds, here);
                    if (rc.Where is not null)
                    {
                        ValidateFilter(rc.Where, counted, null, here);
                    }
                    break;
                case EdgeSum sum:
                    ValidateSum(sum, fieldKinds, here);
                    break;
                default:
                    throw new QueryValidationException($"{here}: a {field.GetType().Name} belongs in a connection's edges.");
            }
        }
    }

    private void ValidateSum(EdgeSum sum, IReadOnlyList<NodeKind> kinds, string path)
    {
        var other = OtherEnd(sum.Relationship, sum.Direction, kinds, path);
        if (sum.Property.Type is not (PropertyType.Integer or PropertyType.Float or PropertyType.Money))
        {
            throw new QueryValidationException($"{path}: '{sum.Property.Name}' is not numeric and cannot be summed.");
        }
        if (sum.Over == SumOver.Relationship)
        {
            RequireEdgeProperty(sum.Relationship, sum.Property, path);
        }
        else
        {
            RequireNodeProperty(other, sum.Property, path);
        }
        if (sum.Where is not null)
        {
            ValidateFilter(sum.Where, other, null, path);
        }
    }

    private void ValidateSort(SortKey key, IReadOnlyList<NodeKind> kinds, string path)
    {
        switch (key)
        {
            case FieldSort { Field: PropertyRef p }:
                RequireNodeProperty(kinds, p.Property, path + ".orderBy");
                break;
            case FieldSort:
                break;
            case RelatedCountSort r:
                var other = OtherEnd(r.Relationship, r.Direction, kinds, path + ".orderBy");
                if (r.Where is not null)
                {
                    ValidateFilter(r.Where, other, null, path + ".orderBy");
                }
                break;
            default:
                throw new QueryValidationException($"{path}: unknown sort key {key.GetType().Name}.");
        }
    }

    /// <summary>Checks a filter on nodes of <paramref name="kinds"/>, or with <paramref name="edge"/> on relationships of that type.</summary>
    private void ValidateFilter(Filter filter, IReadOnlyList<NodeKind> kinds, RelationshipType? edge, string path)
    {
        switch (filter)
        {
            case AndFilter and:
                and.Filters.ToList().ForEach(f => ValidateFilter(f, kinds, edge, path));
                break;
            case OrFilter or:
                or.Filters.ToList().ForEach(f => ValidateFilter(f, kinds, edge, path));
                break;
            case NotFilter not:
                ValidateFilter(not.Filter, kinds, edge, path);
                break;
            case CompareFilter compare:
                ValidateCompare(compare, kinds, edge, path);
                break;
            case NameMatchesFilter or IdInFilter when edge is null:
                break;
            case RelatedFilter related when edge is null:
                var other = OtherEnd(related.Relationship, related.Direction, kinds, path);
                if (related.OtherKind is not null)
                {
                    other = other.Contains(related.OtherKind)
                        ? [related.OtherKind]
                        : throw new QueryValidationException($"{path}: {related.Relationship.Name} does not reach {related.OtherKind.Name}.");
                }
                if (related.OnNode is not null)
                {
                    ValidateFilter(related.OnNode, other, null, path);
                }
                if (related.OnEdge is not null)
                {
                    ValidateFilter(related.OnEdge, [], related.Relationship, path);
                }
                break;
            default:
                throw new QueryValidationException($"{path}: a {filter.GetType().Name} cannot filter {(edge is null ? "nodes" : "relationships")}.");
        }
    }

    private static void ValidateCompare(CompareFilter compare, IReadOnlyList<NodeKind> kinds, RelationshipType? edge, string path)
    {
        var name = compare.Field.ToString();
        switch (compare.Field)
        {
            case PropertyRef p when edge is not null:
                RequireEdgeProperty(edge, p.Property, path);
                break;
            case PropertyRef p:
                RequireNodeProperty(kinds, p.Property, path);
                break;
            case CommonFieldRef when edge is not null:
                throw new QueryValidationException($"{path}: relationships have no field '{name}'.");
        }
        var type = compare.Field.Type;
        var numeric = type is PropertyType.Integer or PropertyType.Float or PropertyType.Money;
        var ok = compare.Op switch
        {
            CompareOp.Eq or CompareOp.In => true,
            CompareOp.Contains or CompareOp.StartsWith => !numeric && type != PropertyType.Boolean,
            _ => numeric || type == PropertyType.Date,
        };
        if (!ok)
        {
            throw new QueryValidationException($"{path}: {compare.Op} does not apply to '{name}' ({type}).");
        }
        if (compare.Op == CompareOp.In)
        {
            if (compare.Value is string || compare.Value is not IEnumerable items)
            {
                throw new QueryValidationException($"{path}: In on '{name}' needs a list of values.");
            }
            foreach (var item in items)
            {
                CheckValue(item, type, compare.Op, name, path);
            }
        }
        else if (compare.Value is not null || compare.Op != CompareOp.Eq)
        {
            CheckValue(compare.Value, type, compare.Op, name, path);
        }
    }

    private static void CheckValue(object? value, PropertyType type, CompareOp op, string name, string path)
    {
        var fits = value switch
        {
            null => false,
            string s when type == PropertyType.Date && op is not (CompareOp.Contains or CompareOp.StartsWith) => PropertyValues.IsPartialDate(s),
            string => type is PropertyType.String or PropertyType.Url or PropertyType.Enum or PropertyType.Date,
            bool => type == PropertyType.Boolean,
            long or int or short or double or float or decimal => type is PropertyType.Integer or PropertyType.Float or PropertyType.Money,
            _ => false,
        };
        if (!fits)
        {
            throw new QueryValidationException($"{path}: '{value ?? "null"}' is not a {type} value for {op} on '{name}'.");
        }
    }
}
