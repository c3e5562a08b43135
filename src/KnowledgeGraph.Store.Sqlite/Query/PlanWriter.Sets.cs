using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Sqlite.Query;

internal sealed partial class PlanWriter
{
    /// <summary>
    /// One level as a scalar subquery: the rows subquery (filter, cursor, order, row numbers, limit) folded into a
    /// JSON array, the first object, or a connection object.
    /// </summary>
    private string Set(NodeQuery query, Source source, RelationshipProjection? via)
    {
        var n = source.Node;
        var conditions = source.Conditions.ToList();
        if (query.Kind is not null && via is not null)
        {
            conditions.Add($"{n}.kind = {_sql.Param(query.Kind.Name)}");
        }
        if (query.Where is not null)
        {
            conditions.Add(Condition(query.Where, n, onEdge: false));
        }
        if (via?.EdgeWhere is not null)
        {
            conditions.Add(Condition(via.EdgeWhere, source.Edge!, onEdge: true));
        }
        var order = query.OrderBy.Select(k => OrderKeyOf(k, n)).Append(new OrderKey($"{n}.id", false, false)).ToList();
        var paged = conditions.ToList();
        if (query.After is not null)
        {
            paged.Add(After(order, Cursor.Decode(query.After, query.OrderBy.Count)));
        }
        var connection = query.Shape == ResultShape.Connection ? query.EffectiveConnection : null;
        var edgesField = connection?.Fields.OfType<EdgesField>().FirstOrDefault();
        var edgeColumns = edgesField?.Fields.Where(f => f is not CursorField and not EdgeNodeField).ToList() ?? [];
        var nodeObject = NodeObject(query.Projection.Fields, connection is null ? via?.EdgeFields ?? [] : [], source);
        var keys = order.Select((k, i) => k.On($"k{i + 1}")).ToList();
        var r = "r" + n[1..];
        var rowOrder = string.Join(", ", order.Select((k, i) => k.On($"{r}.k{i + 1}")));
        var sortColumns = order.Select((k, i) => $"{k.Value} AS k{i + 1}");
        // A connection reads one row more than its page only to tell whether a next page exists.
        var oneMore = connection is not null && query.First is not null && SelectsHasNextPage(connection);
        string rows;
        if (query.Shape != ResultShape.Single && query.First is not null)
        {
            // A page: pick the kept rows by their keys first (node, edge and sort values: the whole filtered set is
            // sorted), then build objects for those rows only, so no node outside the page has its JSON built.
            var q = "q" + n[1..];
            var withEdge = source.Edge is not null && (connection is null ? via?.EdgeFields.Count > 0 : edgeColumns.Count > 0);
            var picked = new List<string> { $"{n}.seq AS s" };
            if (withEdge)
            {
                picked.Add($"{source.Edge}.seq AS es");
            }
            picked.AddRange(sortColumns);
            var pick = $"SELECT\n{SqlText.Indent(string.Join(",\n", picked))}\nFROM {source.From}\nWHERE {And(paged)}\n" +
                       $"ORDER BY {string.Join(", ", keys)}{Limit(query, oneMore)}";
            var pickOrder = string.Join(", ", order.Select((k, i) => k.On($"{q}.k{i + 1}")));
            var from = oneMore
                ? Sub($"SELECT {q}.*, row_number() OVER (ORDER BY {pickOrder}) AS rn FROM {Sub(pick)} AS {q}")
                : Sub(pick);
            var built = new List<string>
            {
                (oneMore ? $"iif({q}.rn <= {_sql.Param(query.First.Value)}, {nodeObject}, NULL)" : nodeObject) + " AS j",
            };
            built.AddRange(edgeColumns.Select((f, i) => $"{FieldSql(f, source, onEdge: true)} AS x{i + 1}"));
            built.AddRange(order.Select((_, i) => $"{q}.k{i + 1} AS k{i + 1}"));
            if (oneMore)
            {
                built.Add($"{q}.rn AS rn");
            }
            rows = $"SELECT\n{SqlText.Indent(string.Join(",\n", built))}\nFROM {from} AS {q}\nCROSS JOIN nodes {n} ON {n}.seq = {q}.s" +
                   (withEdge ? $"\nCROSS JOIN edges {source.Edge} ON {source.Edge}.seq = {q}.es" : "");
        }
        else
        {
            // The rows: node object, edge field values and sort key values (k1.., the id last), ordered and limited.
            var columns = new List<string> { nodeObject + " AS j" };
            columns.AddRange(edgeColumns.Select((f, i) => $"{FieldSql(f, source, onEdge: true)} AS x{i + 1}"));
            columns.AddRange(sortColumns);
            rows = $"SELECT\n{SqlText.Indent(string.Join(",\n", columns))}\nFROM {source.From}\nWHERE {And(paged)}\n" +
                   $"ORDER BY {string.Join(", ", keys)}{Limit(query, false)}";
        }
        if (connection is null)
        {
            return query.Shape == ResultShape.Single
                ? Sub($"SELECT {r}.j FROM {Sub(rows)} AS {r}")
                : Sub($"SELECT json_group_array(json({r}.j) ORDER BY {rowOrder}) FROM {Sub(rows)} AS {r}");
        }
        var cursor = $"{SqliteFunctions.CursorFunction}(json_array({string.Join(", ", order.Select((_, i) => $"{r}.k{i + 1}"))}))";
        var inPage = oneMore ? $" FILTER (WHERE {r}.rn <= {_sql.Param(query.First!.Value)})" : "";
        var edge = edgesField is null ? null : EdgeObject(edgesField, edgeColumns, cursor, r);
        var connectionObject = ConnectionObject(query, connection, source, conditions, edge, cursor, r, rowOrder, inPage);
        // Without an aggregate (only totalCount, or page flags that need no rows) there is no row to read from: an
        // empty page would give no row, so the object stands alone.
        return ReadsRows(query, connection)
            ? Sub($"SELECT {connectionObject}\nFROM {Sub(rows)} AS {r}")
            : Sub($"SELECT {connectionObject}");
    }

    private static bool SelectsHasNextPage(ConnectionProjection connection) =>
        connection.Fields.OfType<PageInfoField>().Any(p => p.Items.Any(i => i.Value == PageInfoValue.HasNextPage));

    private static bool ReadsRows(NodeQuery query, ConnectionProjection connection) =>
        connection.Fields.Any(f => f is EdgesField or NodesField ||
            f is PageInfoField page && page.Items.Any(i => i.Value is PageInfoValue.StartCursor or PageInfoValue.EndCursor ||
                (i.Value == PageInfoValue.HasNextPage && query.First is not null)));

    private static string Sub(string sql) => SqlText.Sub(sql);

    private string Limit(NodeQuery query, bool oneMore)
    {
        var offset = query.Offset is > 0 ? " OFFSET " + _sql.Param(query.Offset.Value) : "";
        if (query.Shape == ResultShape.Single)
        {
            return "\nLIMIT 1" + offset;
        }
        if (query.First is null)
        {
            return offset.Length == 0 ? "" : "\nLIMIT -1" + offset;
        }
        return "\nLIMIT " + SqlText.Integer(query.First.Value + (oneMore ? 1L : 0L)) + offset;
    }

    private string ConnectionObject(NodeQuery query, ConnectionProjection connection, Source source, List<string> conditions, string? edge, string cursor, string r, string rowOrder, string inPage)
    {
        var parts = new List<string>();
        foreach (var field in connection.Fields)
        {
            var value = field switch
            {
                TotalCountField => Sub($"SELECT count(*)\nFROM {source.From}\nWHERE {And(conditions)}"),
                EdgesField => $"json_group_array({edge} ORDER BY {rowOrder}){inPage}",
                NodesField => $"json_group_array(json({r}.j) ORDER BY {rowOrder}){inPage}",
                PageInfoField page => PageInfo(query, page, inPage, cursor, rowOrder),
                _ => throw new QueryValidationException($"Unknown connection field {field.GetType().Name}."),
            };
            parts.Add($"{SqlText.Key(field.Key)}, {value}");
        }
        return "json_object(\n" + SqlText.Indent(string.Join(",\n", parts)) + ")";
    }

    private string PageInfo(NodeQuery query, PageInfoField page, string inPage, string cursor, string rowOrder)
    {
        var parts = page.Items.Select(item => SqlText.Key(item.Key) + ", " + item.Value switch
        {
            PageInfoValue.HasNextPage => query.First is null
                ? "json('false')"
                : $"json(iif(count(*) > {_sql.Param(query.First.Value)}, 'true', 'false'))",
            PageInfoValue.HasPreviousPage => query.After is not null || query.Offset is > 0 ? "json('true')" : "json('false')",
            PageInfoValue.StartCursor => $"(json_group_array({cursor} ORDER BY {rowOrder}){inPage}) ->> '$[0]'",
            _ => $"(json_group_array({cursor} ORDER BY {rowOrder}){inPage}) ->> '$[#-1]'",
        });
        return "json_object(" + string.Join(", ", parts) + ")";
    }

    /// <summary>Rows strictly after the cursor's values under the ordering (missing values first ascending, last descending).</summary>
    private string After(List<OrderKey> order, IReadOnlyList<object?> values)
    {
        var alternatives = new List<string>();
        for (var i = 0; i < order.Count; i++)
        {
            var terms = new List<string>();
            for (var j = 0; j < i; j++)
            {
                var previous = order[j].Compared(order[j].Value);
                terms.Add(values[j] is null ? $"{previous} IS NULL" : $"{previous} = {_sql.Param(values[j])}");
            }
            var key = order[i].Compared(order[i].Value);
            var v = values[i];
            string? beyond = (v, order[i].Descending) switch
            {
                (null, false) => $"{key} IS NOT NULL",
                (null, true) => null,
                (_, false) => $"{key} > {_sql.Param(v)}",
                (_, true) => $"({key} < {_sql.Param(v)} OR {key} IS NULL)",
            };
            if (beyond is not null)
            {
                terms.Add(beyond);
                alternatives.Add(terms.Count == 1 ? terms[0] : "(" + string.Join(" AND ", terms) + ")");
            }
        }
        return "(" + string.Join("\n    OR ", alternatives) + ")";
    }

    private OrderKey OrderKeyOf(SortKey key, string n)
    {
        switch (key)
        {
            case FieldSort sort:
                var value = FieldValue(sort.Field, n, onEdge: false);
                var text = sort.Field is not CommonFieldRef { Field: CommonField.Id } &&
                           sort.Field.Type is Model.Schema.PropertyType.String or Model.Schema.PropertyType.Url or Model.Schema.PropertyType.Enum;
                return new OrderKey(value, text, key.Descending);
            case RelatedCountSort count:
                var sql = Count(count.Relationship, count.Direction, count.Where, n);
                return new OrderKey(sql, false, key.Descending);
            default:
                throw new QueryValidationException($"Unknown sort key {key.GetType().Name}.");
        }
    }
}
