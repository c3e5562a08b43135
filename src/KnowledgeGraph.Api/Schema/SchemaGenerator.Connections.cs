using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using static KnowledgeGraph.Api.Schema.CommonTypes;

namespace KnowledgeGraph.Api.Schema;

public sealed partial class SchemaGenerator
{
    /// <summary>
    /// A relationship field (a Relay connection whose edges carry the relationship's properties and sources) and
    /// the money sums over it: <c>{field}{Property}Sum</c> for money properties of the relationship and, when the
    /// other end is one kind, of the related nodes.
    /// </summary>
    private void AddRelationshipFields(NodeKind kind, ObjectType type, RelationshipType relationship, Direction direction)
    {
        var field = Names.Field(relationship, direction);
        var targets = ModelNavigation.Targets(Model, kind, relationship, direction);
        var name = kind.Name + Names.Pascal(field);
        var edge = new ObjectType(name + "Edge", $"A {relationship.Name} relationship of a {kind.Name}, with the node at its other end.");
        Planned(edge, "cursor", NonNull(BuiltInScalars.String), new CursorBinding(), "Pass as `after` for the nodes after this one.");
        Planned(edge, "node", NonNull(NodeType(targets)), new EdgeNodeBinding(), "The node at the other end.");
        foreach (var property in relationship.Properties)
        {
            Planned(edge, property.Name, OutputType(Names.Type(relationship), property), new EdgeValueBinding(property), Describe(property));
        }
        Planned(edge, "sources", ListOf(Common.Source), new SourcesBinding(), "The sources that state the relationship.");
        var connection = Connection(name + "Connection", edge, targets, $"The nodes related to a {kind.Name} through {relationship.Name}.");
        var definition = Planned(type, field, NonNull(connection), new RelationshipBinding(relationship, direction, targets), relationship.Description);
        AddPagingArguments(definition, targets);
        if (EdgeWhere(relationship) is { } edgeWhere)
        {
            definition.AddArgument("edgeWhere", edgeWhere, "Only relationships whose own properties match.");
        }

        var sums = relationship.Properties.Where(p => p.Type == PropertyType.Money).Select(p => (Property: p, Over: SumOver.Relationship));
        if (targets.Count == 1)
        {
            sums = sums.Concat(targets[0].Properties.Where(p => p.Type == PropertyType.Money).Select(p => (Property: p, Over: SumOver.RelatedNode)));
        }
        foreach (var (property, over) in sums)
        {
            var sumName = field + Names.Pascal(property.Name) + "Sum";
            if (type.GetField(sumName) is not null)
            {
                continue;
            }
            var what = over == SumOver.Relationship ? $"of the {relationship.Name} relationships" : $"of the nodes related through {field}";
            var sum = Planned(type, sumName, NonNull(BuiltInScalars.Float), new SumBinding(relationship, direction, property, over, targets),
                $"The sum in EUR of {property.Name} {what} (0 when none).");
            sum.AddArgument("where", WhereOf(targets), "Only over related nodes that match.");
        }
    }

    /// <summary>The connection type of a root list of a kind: <c>CityConnection</c> with <c>CityEdge</c>.</summary>
    public ObjectType RootConnection(NodeKind kind)
    {
        var edge = new ObjectType(kind.Name + "Edge", $"A {kind.Name} in a list.");
        Planned(edge, "cursor", NonNull(BuiltInScalars.String), new CursorBinding(), "Pass as `after` for the nodes after this one.");
        Planned(edge, "node", NonNull(Bindings.TypeOf(kind)), new EdgeNodeBinding(), null);
        return Connection(kind.Name + "Connection", edge, [kind], $"A page of {Names.Plural(kind)}.");
    }

    /// <summary>Adds where, orderBy, first and after to a connection field.</summary>
    public void AddPagingArguments(FieldDefinition field, IReadOnlyList<NodeKind> targets)
    {
        field.AddArgument("where", WhereOf(targets), "Only nodes that match.")
             .AddArgument("orderBy", new ListType(new NonNullType(SortOf(targets))), "The ordering, key by key; the id always breaks ties. Default: by id.")
             .AddArgument("first", BuiltInScalars.Int, "At most this many nodes (default: all).")
             .AddArgument("after", BuiltInScalars.String, "Only nodes after this cursor (an edge's cursor or pageInfo.endCursor, under the same where and orderBy).");
    }

    private ObjectType Connection(string name, ObjectType edge, IReadOnlyList<NodeKind> targets, string description)
    {
        var connection = new ObjectType(name, description);
        Planned(connection, "totalCount", NonNull(BuiltInScalars.Int), new TotalCountBinding(), "How many nodes match, ignoring paging.");
        Planned(connection, "edges", ListOf(edge), new EdgesBinding(), "The page's edges.");
        Planned(connection, "nodes", ListOf(NodeType(targets)), new NodesBinding(), "The page's nodes, without edges.");
        Planned(connection, "pageInfo", NonNull(Common.PageInfo), new PageInfoBinding(), "Where the page stands.");
        return connection;
    }
}
