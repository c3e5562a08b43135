using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Sqlite.Query;

internal sealed partial class PlanWriter
{
    /// <summary>
    /// The json_object of a node. Fields restricted to some kinds make a CASE on the node's kind, one object per
    /// kind named, each with the fields that apply to it in order.
    /// </summary>
    private string NodeObject(IReadOnlyList<ProjectionField> nodeFields, IReadOnlyList<ProjectionField> edgeFields, Source source)
    {
        var fields = nodeFields.Select(f => (Field: f, OnEdge: false)).Concat(edgeFields.Select(f => (Field: f, OnEdge: true))).ToList();
        var kinds = fields.Where(f => f.Field.OnKinds is not null).SelectMany(f => f.Field.OnKinds!).Distinct().ToList();
        if (kinds.Count == 0)
        {
            return Object(fields, source);
        }
        var branches = kinds.Select(k =>
            $"WHEN {_sql.Param(k.Name)} THEN {Object(fields.Where(f => f.Field.OnKinds is null || f.Field.OnKinds.Contains(k)).ToList(), source)}");
        return $"CASE {source.Node}.kind\n" + SqlText.Indent(string.Join("\n", branches)) +
               $"\n    ELSE {Object(fields.Where(f => f.Field.OnKinds is null).ToList(), source)}\nEND";
    }

    private string Object(IReadOnlyList<(ProjectionField Field, bool OnEdge)> fields, Source source)
    {
        if (fields.Count == 0)
        {
            return "json_object()";
        }
        var parts = fields.Select(f => SqlText.Key(f.Field.Key) + ", " + FieldSql(f.Field, source, f.OnEdge));
        return "json_object(\n" + SqlText.Indent(string.Join(",\n", parts)) + ")";
    }

    /// <summary>
    /// The object of a connection's edge, from the numbered rows <c>r</c>: cursor, node and the relationship's own
    /// fields (read as columns x1, x2...), in order.
    /// </summary>
    private static string EdgeObject(EdgesField edges, List<ProjectionField> edgeColumns, string cursor, string r)
    {
        var parts = edges.Fields.Select(f => SqlText.Key(f.Key) + ", " + f switch
        {
            CursorField => cursor,
            EdgeNodeField => $"json({r}.j)",
            _ => $"json({r}.x{edgeColumns.IndexOf(f) + 1})",
        });
        return "json_object(" + string.Join(", ", parts) + ")";
    }

    /// <summary>The SQL value of a field of the node, or with <paramref name="onEdge"/> of the relationship that reached it.</summary>
    private string FieldSql(ProjectionField field, Source source, bool onEdge)
    {
        var n = source.Node;
        var owner = onEdge ? source.Edge! : n;
        return field switch
        {
            ValueField { Field: PropertyRef p } => $"{owner}.props -> {SqlText.PropertyPath(p.Property)}",
            ValueField v => FieldValue(v.Field, n, onEdge: false),
            AliasesField => Aliases(n),
            SourcesField => Sources(owner, onEdge, claims: false, null),
            ClaimsField c => Sources(owner, onEdge, claims: true, c.Property),
            RelationshipProjection r => "json(" + Set(r.Target, RelatedSource(r.Relationship, r.Direction, n), r) + ")",
            RelatedCount c => Count(c.Relationship, c.Direction, c.Where, n),
            EdgeSum s => Sum(s, n),
            _ => throw new QueryValidationException($"A {field.GetType().Name} does not belong here."),
        };
    }

    /// <summary>A scalar of a node (common field or property) or of an edge (property) as an SQL value.</summary>
    private static string FieldValue(FieldRef field, string alias, bool onEdge) => field switch
    {
        CommonFieldRef { Field: CommonField.Id } => alias + ".id",
        CommonFieldRef { Field: CommonField.Kind } => alias + ".kind",
        CommonFieldRef { Field: CommonField.Name } => alias + ".name",
        CommonFieldRef { Field: CommonField.Description } => alias + ".description",
        PropertyRef p => $"{alias}.props ->> {SqlText.PropertyPath(p.Property)}",
        _ => throw new QueryValidationException($"Unknown field {field}{(onEdge ? " on a relationship" : "")}."),
    };

    private string Aliases(string n)
    {
        var a = "a" + _sql.NextAlias();
        return "json(" + Sub(
            $"SELECT json_group_array(json_object('name', {a}.name, 'lang', nullif({a}.lang, '')) ORDER BY {a}.lang, {a}.name)\n" +
            $"FROM node_names {a}\nWHERE {a}.node = {n}.seq AND NOT ({a}.name = {n}.name AND {a}.lang = '')") + ")";
    }

    private string Sources(string owner, bool onEdge, bool claims, PropertyDefinition? property)
    {
        var i = _sql.NextAlias();
        string s = "s" + i, st = "st" + i;
        var claim = claims ? $"'property', {s}.property, 'value', json({s}.value), 'qualifier', {s}.qualifier, " : "";
        var which = !claims ? $"{s}.property IS NULL"
            : property is null ? $"{s}.property IS NOT NULL"
            : $"{s}.property = {_sql.Param(property.Name)}";
        return "json(" + Sub(
            $"SELECT json_group_array(json_object({claim}'study', json_object('id', {st}.id, 'name', {st}.name), " +
            $"'certainty', {s}.certainty, 'quote', {s}.quote, 'dataset', {s}.dataset, 'row', {s}.row, 'note', {s}.note) ORDER BY {s}.seq)\n" +
            $"FROM sources {s} JOIN nodes {st} ON {st}.seq = {s}.study\n" +
            $"WHERE {s}.{(onEdge ? "edge" : "node")} = {owner}.seq AND {which}") + ")";
    }

    /// <summary>How many nodes are related (matching <paramref name="where"/>): the counts at each end, added.</summary>
    private string Count(RelationshipType rel, Direction direction, Filter? where, string parent) => Added(Ends(rel, direction).Select(end =>
    {
        var source = EndSource(end, parent, joinNode: where is not null);
        var conditions = source.Conditions.ToList();
        if (where is not null)
        {
            conditions.Add(Condition(where, source.Node, onEdge: false));
        }
        return Sub($"SELECT count(*)\nFROM {source.From}\nWHERE {And(conditions)}");
    }));

    /// <summary>A sum over the related nodes or their relationships: the sums at each end, added.</summary>
    private string Sum(EdgeSum sum, string parent) => Added(Ends(sum.Relationship, sum.Direction).Select(end =>
    {
        var source = EndSource(end, parent, joinNode: sum.Where is not null || sum.Over == SumOver.RelatedNode);
        var conditions = source.Conditions.ToList();
        if (sum.Where is not null)
        {
            conditions.Add(Condition(sum.Where, source.Node, onEdge: false));
        }
        var owner = sum.Over == SumOver.Relationship ? source.Edge! : source.Node;
        return Sub($"SELECT coalesce(sum({owner}.props ->> {SqlText.PropertyPath(sum.Property)}), 0)\nFROM {source.From}\nWHERE {And(conditions)}");
    }));

    private static string Added(IEnumerable<string> terms)
    {
        var list = terms.ToList();
        return list.Count == 1 ? list[0] : "(" + string.Join(" + ", list) + ")";
    }
}
