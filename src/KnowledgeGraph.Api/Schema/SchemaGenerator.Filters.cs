using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;
using static KnowledgeGraph.Api.Schema.CommonTypes;

namespace KnowledgeGraph.Api.Schema;

public sealed partial class SchemaGenerator
{
    private readonly Dictionary<RelationshipType, InputObjectType?> _edgeWheres = [];

    /// <summary>
    /// The where input of a kind: AND/OR/NOT, the common fields, each property with the operators of its type, and
    /// each relationship field with <c>some</c>/<c>none</c>/<c>all</c> over the related nodes (and <c>edge</c> on the
    /// relationship's own properties).
    /// </summary>
    private void BuildWhere(NodeKind kind)
    {
        var where = Wheres[kind];
        AddLogic(where);
        AddCommonConditions(where);
        foreach (var property in kind.Properties)
        {
            where.Field(property.Name, FilterOf(kind.Name, property), description: property.Description);
        }
        foreach (var (relationship, direction) in Model.RelationshipsOf(kind))
        {
            var field = Names.Field(relationship, direction);
            var targets = ModelNavigation.Targets(Model, kind, relationship, direction);
            var target = WhereOf(targets);
            var filter = new InputObjectType(kind.Name + Names.Pascal(field) + "Filter",
                    $"Conditions on the nodes related through {field} ({relationship.Name}): some, none or all of them match (none and all hold when there are none). Several keys: all must hold.")
                .Field("some", target, description: "At least one related node matches.")
                .Field("none", target, description: "No related node matches.")
                .Field("all", target, description: "Every related node matches.");
            if (EdgeWhere(relationship) is { } edge)
            {
                filter.Field("edge", edge, description: "Condition on the relationship's own properties, applied together with some/none/all (alone: some).");
            }
            where.Field(field, filter, description: relationship.Description);
        }
    }

    private void BuildNodeWhere()
    {
        AddLogic(NodeWhere);
        AddCommonConditions(NodeWhere);
        NodeWhere.Field("kind", Common.KindFilter, description: "The node's kind.");
    }

    private static void AddLogic(InputObjectType where)
    {
        where.Field("AND", new ListType(new NonNullType(where)), description: "Every condition holds.")
             .Field("OR", new ListType(new NonNullType(where)), description: "At least one condition holds.")
             .Field("NOT", where, description: "The condition does not hold.");
    }

    private void AddCommonConditions(InputObjectType where)
    {
        where.Field("id", Common.IdFilter, description: "The node's id (ids it was merged from match too).")
             .Field("name", Common.StringFilter, description: "The display name.")
             .Field("matchesName", BuiltInScalars.String, description: "The name or any alias equals this text, ignoring case, accents and punctuation (the same as names: {eq: ...}).")
             .Field("names", Common.NameFilter, description: "The name or any alias (in any language) equals, starts with or contains this text, ignoring case, accents and punctuation.")
             .Field("description", Common.StringFilter, description: "The description.");
    }

    /// <summary>The where input of a relationship's own properties; null when it has none.</summary>
    private InputObjectType? EdgeWhere(RelationshipType relationship)
    {
        if (_edgeWheres.TryGetValue(relationship, out var known))
        {
            return known;
        }
        InputObjectType? where = null;
        if (relationship.Properties.Count > 0)
        {
            var owner = Names.Type(relationship);
            where = new InputObjectType(owner + "EdgeWhere", $"Conditions on the properties of {relationship.Name}.");
            AddLogic(where);
            foreach (var property in relationship.Properties)
            {
                where.Field(property.Name, FilterOf(owner, property), description: property.Description);
            }
        }
        _edgeWheres[relationship] = where;
        return where;
    }

    private InputObjectType FilterOf(string owner, PropertyDefinition property)
    {
        switch (property.Type)
        {
            case PropertyType.String or PropertyType.Url:
                return Common.StringFilter;
            case PropertyType.Integer:
                return Common.IntFilter;
            case PropertyType.Float or PropertyType.Money:
                return Common.FloatFilter;
            case PropertyType.Boolean:
                return Common.BooleanFilter;
            case PropertyType.Date:
                return Common.DateFilter;
            default:
                var type = EnumOf(owner, property);
                if (!_enumFilters.TryGetValue(type.Name, out var filter))
                {
                    filter = Filter(type.Name + "Filter", $"Conditions on {type.Name}.", type, ordered: false, text: false);
                    _enumFilters[type.Name] = filter;
                }
                return filter;
        }
    }
}
