using KnowledgeGraph.Api.Schema;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Api.Planning;

/// <summary>
/// Compiles the selection of one root field (nested relationship connections, their arguments, aliases, fragments on
/// the Node interface and inline fragments) into one <see cref="NodeQuery"/>, so the store answers the whole field
/// with one statement. Each JSON key is the response key, which the generated fields read back.
/// </summary>
public sealed class SelectionPlanner(SchemaBindings bindings, ResolveContext context)
{
    private readonly WhereTranslator _where = new(bindings.Model);
    private readonly OrderTranslator _order = new(bindings.Model);

    /// <summary>A sub-selection: the collected fields of a selection for an object type.</summary>
    public delegate IEnumerable<CollectedField> Selection(ObjectType type);

    /// <summary>The sub-selection of the field being resolved.</summary>
    public Selection Current => type => context.GetSubFields(type);

    /// <summary>
    /// The projection of nodes of <paramref name="kinds"/> selected by <paramref name="selection"/>. With several kinds
    /// (the Node interface) each field applies to the kinds whose selection holds it, and <c>__typename</c> is added
    /// so the engine can tell the object type.
    /// </summary>
    public Projection Nodes(Selection selection, IReadOnlyList<NodeKind> kinds)
    {
        var perKind = kinds.Select(kind => (Kind: kind, Fields: Group(selection(bindings.TypeOf(kind))))).ToList();
        var keys = perKind.SelectMany(k => k.Fields.Select(f => f.Key)).Distinct(StringComparer.Ordinal).ToList();
        var fields = new List<ProjectionField>();
        if (kinds.Count > 1)
        {
            fields.Add(new ValueField("__typename", FieldRef.Kind));
        }
        foreach (var key in keys)
        {
            // Kinds whose selection of this key comes from the same field nodes share one projection field.
            var holders = perKind.Where(k => k.Fields.Any(f => f.Key == key))
                .Select(k => (k.Kind, Group: k.Fields.First(f => f.Key == key).Fields))
                .GroupBy(h => h.Group, SameNodes.Instance);
            foreach (var same in holders)
            {
                var onKinds = same.Select(h => h.Kind).ToList();
                if (Field(key, same.Key, onKinds[0]) is { } field)
                {
                    fields.Add(onKinds.Count == kinds.Count ? field : field with { OnKinds = onKinds });
                }
            }
        }
        return new Projection(fields);
    }

    /// <summary>
    /// The plan of a connection of nodes of <paramref name="targets"/>: its layout from the connection's selection, its
    /// where, orderBy, first and after from <paramref name="arguments"/>.
    /// </summary>
    public NodeQuery Connection(Selection selection, ObjectType connectionType, IReadOnlyList<NodeKind> targets, IReadOnlyDictionary<string, object?> arguments)
    {
        var kind = targets.Count == 1 ? targets[0] : null;
        var layout = new List<ConnectionField>();
        var nodeFields = new List<CollectedField>();
        foreach (var (key, group) in Group(selection(connectionType)))
        {
            var fieldType = group[0].Definition.Type.GetNamedType() as ObjectType;
            switch (bindings.Of(group[0].Definition))
            {
                case TotalCountBinding:
                    layout.Add(new TotalCountField(key));
                    break;
                case NodesBinding:
                    layout.Add(new NodesField(key));
                    nodeFields.AddRange(group);
                    break;
                case EdgesBinding:
                    layout.Add(new EdgesField(key, EdgeFields(group, fieldType!, nodeFields)));
                    break;
                case PageInfoBinding:
                    var items = Group(group.SelectMany(f => context.GetSubFields(f, fieldType)))
                        .Where(i => bindings.Of(i.Fields[0].Definition) is PageInfoItemBinding)
                        .Select(i => new PageInfoItem(i.Key, ((PageInfoItemBinding)bindings.Of(i.Fields[0].Definition)!).Value))
                        .ToList();
                    layout.Add(new PageInfoField(key, items));
                    break;
            }
        }
        return new NodeQuery
        {
            Kind = kind,
            Where = _where.Nodes(arguments.GetValueOrDefault("where"), kind),
            OrderBy = _order.Translate(arguments.GetValueOrDefault("orderBy"), kind),
            First = InputValues.Int(arguments, "first"),
            After = InputValues.String(arguments, "after"),
            Shape = ResultShape.Connection,
            Connection = new ConnectionProjection(layout),
            Projection = Nodes(type => nodeFields.SelectMany(f => context.GetSubFields(f, type)), targets),
        };
    }

    private List<ProjectionField> EdgeFields(List<CollectedField> edges, ObjectType edgeType, List<CollectedField> nodeFields)
    {
        var fields = new List<ProjectionField>();
        foreach (var (key, group) in Group(edges.SelectMany(f => context.GetSubFields(f, edgeType))))
        {
            switch (bindings.Of(group[0].Definition))
            {
                case CursorBinding:
                    fields.Add(new CursorField(key));
                    break;
                case EdgeNodeBinding:
                    fields.Add(new EdgeNodeField(key));
                    nodeFields.AddRange(group);
                    break;
                case EdgeValueBinding value:
                    fields.Add(new ValueField(key, FieldRef.Of(value.Property)));
                    break;
                case SourcesBinding:
                    fields.Add(new SourcesField(key));
                    break;
            }
        }
        return fields;
    }

    /// <summary>The projection field of one response key of a node, or null for fields the engine answers (<c>__typename</c>).</summary>
    private ProjectionField? Field(string key, List<CollectedField> group, NodeKind kind)
    {
        var field = group[0];
        switch (bindings.Of(field.Definition))
        {
            case ValueBinding value:
                return new ValueField(key, value.Field);
            case AliasesBinding:
                return new AliasesField(key);
            case SourcesBinding:
                return new SourcesField(key);
            case ClaimsBinding:
                var property = InputValues.String(context.GetArguments(field), "property");
                return new ClaimsField(key, property is null ? null : kind.FindProperty(property));
            case RelationshipBinding relationship:
                var arguments = context.GetArguments(field);
                var target = Connection(type => group.SelectMany(f => context.GetSubFields(f, type)),
                    (ObjectType)field.Definition.Type.GetNamedType(), relationship.Targets, arguments);
                return new RelationshipProjection(key, relationship.Relationship, relationship.Direction, target)
                {
                    EdgeWhere = _where.Edges(arguments.GetValueOrDefault("edgeWhere"), relationship.Relationship),
                };
            case SumBinding sum:
                var where = _where.Nodes(context.GetArguments(field).GetValueOrDefault("where"), sum.Targets.Count == 1 ? sum.Targets[0] : null);
                return new EdgeSum(key, sum.Relationship, sum.Direction, sum.Property, sum.Over, where);
            default:
                return null;
        }
    }

    /// <summary>Collected fields grouped by response key, in first-seen order (several aliases' sub-selections merge).</summary>
    private static List<(string Key, List<CollectedField> Fields)> Group(IEnumerable<CollectedField> fields)
    {
        var groups = new List<(string Key, List<CollectedField> Fields)>();
        foreach (var field in fields)
        {
            var index = groups.FindIndex(g => g.Key == field.ResponseKey);
            if (index < 0)
            {
                groups.Add((field.ResponseKey, [field]));
            }
            else
            {
                groups[index].Fields.Add(field);
            }
        }
        return groups;
    }

    /// <summary>Groups of collected fields made of the same field nodes (the same selection seen from several kinds).</summary>
    private sealed class SameNodes : IEqualityComparer<List<CollectedField>>
    {
        public static readonly SameNodes Instance = new();

        public bool Equals(List<CollectedField>? x, List<CollectedField>? y) =>
            x is not null && y is not null && Nodes(x).SequenceEqual(Nodes(y), ReferenceEqualityComparer.Instance);

        public int GetHashCode(List<CollectedField> obj) => obj.Count == 0 ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj[0].Node);

        private static IEnumerable<object> Nodes(List<CollectedField> fields) => fields.SelectMany(f => f.Nodes);
    }
}
