using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;
using static KnowledgeGraph.Api.Schema.CommonTypes;

namespace KnowledgeGraph.Api.Schema;

/// <summary>
/// Generates the node types of the GraphQL schema from the model: the Node interface, an object type per kind
/// with its typed properties, provenance and relationship connections, and the where and orderBy inputs. A kind or
/// relationship added to the model appears here without any hand-written code. Partial files: filters, sorts,
/// connections.
/// </summary>
public sealed partial class SchemaGenerator
{
    private readonly Dictionary<string, EnumType> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputObjectType> _enumFilters = new(StringComparer.Ordinal);

    /// <summary>Generates the types for <paramref name="model"/>.</summary>
    public SchemaGenerator(GraphModel model)
    {
        Model = model;
        Common = new CommonTypes(model);
        Bindings = new SchemaBindings(model);
        Node = new InterfaceType("Node", "Every node of the graph, whatever its kind.");
        Node.Field("id", NonNull(BuiltInScalars.ID), description: "Stable id: prefix:name, such as city:geonames:3128760.")
            .Field("name", NonNull(BuiltInScalars.String), description: "Display name.")
            .Field("kind", NonNull(Common.NodeKindEnum), description: "The node's kind.")
            .Field("aliases", ListOf(Common.Alias), description: "Other names, with their language.")
            .Field("description", BuiltInScalars.String, description: "A short description.")
            .Field("sources", ListOf(Common.Source), description: "The sources that state the node exists.");
        foreach (var kind in model.NodeKinds)
        {
            var type = new ObjectType(kind.Name, kind.Description).Implements(Node);
            Bindings.SetType(kind, type);
            Wheres[kind] = new InputObjectType(kind.Name + "Where", $"Conditions on {Names.Plural(kind)}: every field given must hold (AND); relationship fields take some/none/all.");
            Sorts[kind] = new InputObjectType(kind.Name + "Sort", $"One key of an ordering of {Names.Plural(kind)}: give exactly one field.") { IsOneOf = true };
        }
        NodeWhere = new InputObjectType("NodeWhere", "Conditions on nodes of any kind.");
        NodeSort = new InputObjectType("NodeSort", "One key of an ordering of nodes of any kind: give exactly one field.") { IsOneOf = true };
        BuildPageInfo();
        BuildNodeWhere();
        BuildNodeSort();
        foreach (var kind in model.NodeKinds)
        {
            BuildWhere(kind);
            BuildSort(kind);
            BuildKindType(kind);
        }
    }

    /// <summary>The model.</summary>
    public GraphModel Model { get; }

    /// <summary>The shared types.</summary>
    public CommonTypes Common { get; }

    /// <summary>What each planned field stands for.</summary>
    public SchemaBindings Bindings { get; }

    /// <summary>The Node interface.</summary>
    public InterfaceType Node { get; }

    /// <summary>The where input of each kind.</summary>
    public Dictionary<NodeKind, InputObjectType> Wheres { get; } = [];

    /// <summary>The sort input of each kind.</summary>
    public Dictionary<NodeKind, InputObjectType> Sorts { get; } = [];

    /// <summary>Conditions on nodes of any kind (relationships whose other end may be several kinds).</summary>
    public InputObjectType NodeWhere { get; }

    /// <summary>Sort keys of nodes of any kind.</summary>
    public InputObjectType NodeSort { get; }

    /// <summary>Every named type the generator made (for the schema builder: implementations and inputs).</summary>
    public IEnumerable<NamedType> Types => Model.NodeKinds.Select(k => (NamedType)Bindings.TypeOf(k));

    /// <summary>The output type of a node of one of <paramref name="kinds"/>: its object type, or Node for several.</summary>
    public IGraphQLType NodeType(IReadOnlyList<NodeKind> kinds) => kinds.Count == 1 ? Bindings.TypeOf(kinds[0]) : Node;

    /// <summary>The where input for nodes of <paramref name="kinds"/>.</summary>
    public InputObjectType WhereOf(IReadOnlyList<NodeKind> kinds) => kinds.Count == 1 ? Wheres[kinds[0]] : NodeWhere;

    /// <summary>The sort input for nodes of <paramref name="kinds"/>.</summary>
    public InputObjectType SortOf(IReadOnlyList<NodeKind> kinds) => kinds.Count == 1 ? Sorts[kinds[0]] : NodeSort;

    private void BuildKindType(NodeKind kind)
    {
        var type = Bindings.TypeOf(kind);
        Planned(type, "id", NonNull(BuiltInScalars.ID), new ValueBinding(Store.Query.FieldRef.Id), "Stable id: prefix:name, such as city:geonames:3128760.");
        Planned(type, "name", NonNull(BuiltInScalars.String), new ValueBinding(Store.Query.FieldRef.Name), "Display name.");
        Planned(type, "kind", NonNull(Common.NodeKindEnum), new ValueBinding(Store.Query.FieldRef.Kind), "The node's kind.");
        Planned(type, "aliases", ListOf(Common.Alias), new AliasesBinding(), "Other names, with their language.");
        Planned(type, "description", BuiltInScalars.String, new ValueBinding(Store.Query.FieldRef.Description), "A short description.");
        Planned(type, "sources", ListOf(Common.Source), new SourcesBinding(), "The sources that state the node exists.");
        foreach (var property in kind.Properties)
        {
            Planned(type, property.Name, OutputType(kind.Name, property), new ValueBinding(Store.Query.FieldRef.Of(property)), Describe(property));
        }
        if (kind.Properties.Count > 0)
        {
            var properties = new EnumType(kind.Name + "Property", $"The properties of {kind.Name}.");
            foreach (var property in kind.Properties)
            {
                properties.AddValue(property.Name, property.Name, property.Description);
            }
            var claims = Planned(type, "claims", ListOf(Common.Claim), new ClaimsBinding(kind),
                "Every source's claim about the properties, side by side (a property may have several conflicting claims).");
            claims.AddArgument("property", properties, "Only the claims about this property.");
        }
        foreach (var (relationship, direction) in Model.RelationshipsOf(kind))
        {
            AddRelationshipFields(kind, type, relationship, direction);
        }
    }

    /// <summary>Adds a field resolved by response key and records its binding.</summary>
    private FieldDefinition Planned(ComplexType type, string name, IGraphQLType fieldType, FieldBinding binding, string? description)
    {
        var field = new FieldDefinition(name, fieldType, description, KeyResolver.ByResponseKey);
        type.AddFieldDefinition(field);
        Bindings.Bind(field, binding);
        return field;
    }

    private IGraphQLType OutputType(string owner, PropertyDefinition property) => property.Type switch
    {
        PropertyType.String or PropertyType.Url => BuiltInScalars.String,
        PropertyType.Integer => BuiltInScalars.Int,
        PropertyType.Float or PropertyType.Money => BuiltInScalars.Float,
        PropertyType.Boolean => BuiltInScalars.Boolean,
        PropertyType.Date => Common.Date,
        PropertyType.Enum => EnumOf(owner, property),
        _ => throw new NotSupportedException($"No GraphQL type for {property.Type}."),
    };

    private static string Describe(PropertyDefinition property) => property.Type switch
    {
        PropertyType.Money => property.Description + " (EUR)",
        PropertyType.Url => property.Description + " (an absolute http(s) URL)",
        _ => property.Description,
    };

    private EnumType EnumOf(string owner, PropertyDefinition property)
    {
        var name = Names.EnumType(owner, property);
        if (!_enums.TryGetValue(name, out var type))
        {
            type = new EnumType(name, property.Description);
            foreach (var word in property.AllowedValues)
            {
                type.AddValue(Names.EnumValue(word), word, word);
            }
            _enums[name] = type;
        }
        return type;
    }

    private void BuildPageInfo()
    {
        Planned(Common.PageInfo, "hasNextPage", NonNull(BuiltInScalars.Boolean), new PageInfoItemBinding(Store.Query.PageInfoValue.HasNextPage), "Whether nodes follow this page.");
        Planned(Common.PageInfo, "hasPreviousPage", NonNull(BuiltInScalars.Boolean), new PageInfoItemBinding(Store.Query.PageInfoValue.HasPreviousPage), "Whether nodes precede this page.");
        Planned(Common.PageInfo, "startCursor", BuiltInScalars.String, new PageInfoItemBinding(Store.Query.PageInfoValue.StartCursor), "The cursor of the first edge.");
        Planned(Common.PageInfo, "endCursor", BuiltInScalars.String, new PageInfoItemBinding(Store.Query.PageInfoValue.EndCursor), "The cursor of the last edge: pass it as `after`.");
    }
}
