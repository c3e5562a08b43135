using System.Text.RegularExpressions;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Query;

/// <summary>
/// Checks a plan against the model before any back-end compiles it: kinds, relationships and properties exist
/// where they are used, operators fit the property types, keys are names, cursors fit the ordering.
/// </summary>
public sealed partial class QueryValidator
{
    private readonly GraphModel _model;

    /// <summary>Creates a validator for the model.</summary>
    public QueryValidator(GraphModel model) => _model = model;

    /// <summary>Checks a root plan.</summary>
    /// <exception cref="QueryValidationException">What does not fit.</exception>
    public void Validate(NodeQuery query) => ValidateLevel(query, KindsOf(query.Kind, _model.NodeKinds), null, "query");

    /// <summary>Checks a search plan.</summary>
    /// <exception cref="QueryValidationException">What does not fit.</exception>
    public void Validate(SearchQuery query)
    {
        if (SearchWords.Folded(query.Text).Count == 0)
        {
            throw new QueryValidationException("A search needs at least one word.");
        }
        if (query.First < 0)
        {
            throw new QueryValidationException("first must not be negative.");
        }
        var kinds = query.Kinds is { Count: > 0 } k ? k : _model.NodeKinds;
        foreach (var kind in kinds)
        {
            RequireKind(kind);
        }
        ValidateProjection(query.Projection.Fields, kinds, null, "search");
    }

    /// <summary>The kinds a level may hold: its own kind when set, else the candidates.</summary>
    private IReadOnlyList<NodeKind> KindsOf(NodeKind? kind, IReadOnlyList<NodeKind> candidates)
    {
        if (kind is null)
        {
            return candidates;
        }
        RequireKind(kind);
        return [kind];
    }

    private void RequireKind(NodeKind kind)
    {
        if (!_model.NodeKinds.Contains(kind))
        {
            throw new QueryValidationException($"Node kind '{kind.Name}' is not in the model.");
        }
    }

    private void ValidateLevel(NodeQuery query, IReadOnlyList<NodeKind> kinds, RelationshipType? edge, string path)
    {
        if (query.First is < 0 || query.Offset is < 0)
        {
            throw new QueryValidationException($"{path}: first and offset must not be negative.");
        }
        if (query.Where is not null)
        {
            ValidateFilter(query.Where, kinds, null, path);
        }
        foreach (var key in query.OrderBy)
        {
            ValidateSort(key, kinds, path);
        }
        if (query.After is not null)
        {
            Cursor.Decode(query.After, query.OrderBy.Count);
        }
        ValidateProjection(query.Projection.Fields, kinds, null, path);
        if (query.Shape == ResultShape.Connection)
        {
            ValidateConnection(query.EffectiveConnection, edge, path);
        }
    }

    private void ValidateConnection(ConnectionProjection connection, RelationshipType? edge, string path)
    {
        CheckKeys(connection.Fields.Select(f => (f.Key, (IReadOnlyList<NodeKind>?)null)), path);
        foreach (var field in connection.Fields)
        {
            switch (field)
            {
                case EdgesField edges:
                    CheckKeys(edges.Fields.Select(f => (f.Key, f.OnKinds)), path + "." + edges.Key);
                    foreach (var f in edges.Fields.Where(f => f is not CursorField and not EdgeNodeField))
                    {
                        ValidateEdgeField(f, edge, path + "." + edges.Key);
                    }
                    break;
                case PageInfoField page:
                    CheckKeys(page.Items.Select(i => (i.Key, (IReadOnlyList<NodeKind>?)null)), path + "." + page.Key);
                    break;
            }
        }
    }

    private void ValidateEdgeField(ProjectionField field, RelationshipType? edge, string path)
    {
        if (edge is null)
        {
            throw new QueryValidationException($"{path}.{field.Key}: only relationships have edge fields.");
        }
        switch (field)
        {
            case ValueField { Field: PropertyRef p }:
                RequireEdgeProperty(edge, p.Property, path);
                break;
            case SourcesField:
                break;
            case ClaimsField c:
                if (c.Property is not null)
                {
                    RequireEdgeProperty(edge, c.Property, path);
                }
                break;
            default:
                throw new QueryValidationException($"{path}.{field.Key}: a {field.GetType().Name} is not an edge field.");
        }
    }

    private static void RequireEdgeProperty(RelationshipType rel, PropertyDefinition property, string path)
    {
        if (!rel.Properties.Contains(property))
        {
            throw new QueryValidationException($"{path}: {rel.Name} has no property '{property.Name}'.");
        }
    }

    private static void RequireNodeProperty(IReadOnlyList<NodeKind> kinds, PropertyDefinition property, string path)
    {
        if (!kinds.Any(k => k.Properties.Contains(property)))
        {
            throw new QueryValidationException($"{path}: no {string.Join("|", kinds.Select(k => k.Name))} property '{property.Name}'.");
        }
    }

    /// <summary>The kinds at the other end of <paramref name="rel"/> from nodes of <paramref name="kinds"/>; throws when it touches none of them.</summary>
    private IReadOnlyList<NodeKind> OtherEnd(RelationshipType rel, Direction direction, IReadOnlyList<NodeKind> kinds, string path)
    {
        if (!_model.RelationshipTypes.Contains(rel))
        {
            throw new QueryValidationException($"{path}: relationship '{rel.Name}' is not in the model.");
        }
        var other = new List<NodeKind>();
        foreach (var pair in rel.Endpoints)
        {
            if ((direction == Direction.Outgoing || rel.IsSymmetric) && pair.From.Any(kinds.Contains))
            {
                other.AddRange(pair.To);
            }
            if ((direction == Direction.Incoming || rel.IsSymmetric) && pair.To.Any(kinds.Contains))
            {
                other.AddRange(pair.From);
            }
        }
        if (other.Count == 0)
        {
            var side = direction == Direction.Outgoing ? "start" : "end";
            throw new QueryValidationException(
                $"{path}: {rel.Name} ({rel.DescribeEndpoints()}) does not {side} at {string.Join("|", kinds.Select(k => k.Name))}.");
        }
        return other.Distinct().ToList();
    }

    private static void CheckKeys(IEnumerable<(string Key, IReadOnlyList<NodeKind>? OnKinds)> fields, string path)
    {
        var seen = new List<(string Key, IReadOnlyList<NodeKind>? OnKinds)>();
        foreach (var field in fields)
        {
            if (!KeyPattern().IsMatch(field.Key))
            {
                throw new QueryValidationException($"{path}: '{field.Key}' is not a valid response key (letters, digits, underscores).");
            }
            foreach (var other in seen.Where(s => s.Key == field.Key))
            {
                if (other.OnKinds is null || field.OnKinds is null || other.OnKinds.Intersect(field.OnKinds).Any())
                {
                    throw new QueryValidationException($"{path}: the key '{field.Key}' is used twice for the same kind.");
                }
            }
            seen.Add(field);
        }
    }

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex KeyPattern();
}
