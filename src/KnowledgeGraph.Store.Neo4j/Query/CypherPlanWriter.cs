using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Neo4j.Query;

/// <summary>
/// Writes the Cypher of one plan (see <see cref="CypherQueryCompiler"/>). The root level is matched, filtered, ordered
/// and paged by the statement; each nested level is a pattern comprehension holding every related node that passes its
/// filter, with its sort keys, which <see cref="ResultShaper"/> orders and pages as SQLite does. Each node comes back as
/// a map of its data: <c>_id</c>, <c>_kind</c>, <c>_p</c> (the property JSON), <c>_k</c> (sort keys), names, sources,
/// and one <c>f{i}</c> per projection field that needs the graph (nested levels, counts, sums, common fields).
/// </summary>
internal sealed partial class CypherPlanWriter(CypherText cypher, string studyLabel)
{
    private readonly CypherText _c = cypher;

    /// <summary>Lower-cases ASCII letters only (SQLite's NOCASE), as pairs for <c>reduce(... replace ...)</c>.</summary>
    private static readonly object?[] AsciiPairs =
        Enumerable.Range('A', 26).Select(c => (object?)new object?[] { ((char)c).ToString(), char.ToLowerInvariant((char)c).ToString() }).ToArray();

    /// <summary>The statement of a plan: one row (or none when nothing matches) with <c>items</c>, <c>total</c> and <c>studies</c>.</summary>
    public string Root(NodeQuery query)
    {
        var i = _c.Next();
        var n = "n" + i;
        var lines = new List<string>();
        var carry = "";
        if (NeedsStudies(query))
        {
            lines.Add($"OPTIONAL MATCH (st:{CypherText.Quote(studyLabel)})");
            lines.Add("WITH collect([st.id, st.name]) AS studies");
            carry = "studies, ";
        }
        if (ByOneId(query) is { } id)
        {
            return ById(query, n, id, lines, carry);
        }
        lines.Add($"MATCH ({n}{Label(query.Kind)})");
        var conditions = new List<string>();
        if (query.Where is not null)
        {
            conditions.Add(Condition(query.Where, n, null));
        }
        var order = OrderTerms(query, n);
        var after = query.After is null ? null : After(query, n, Cursor.Decode(query.After, query.OrderBy.Count));
        var item = Item(query, n, null, []);
        var skip = query.Offset is > 0 ? _c.Param(query.Offset.Value) : null;
        long? limit = query.Shape == ResultShape.Single ? 1 : query.First is null ? null : query.First.Value + 1L;
        if (!query.WithTotalCount)
        {
            if (after is not null)
            {
                conditions.Add(after);
            }
            if (conditions.Count > 0)
            {
                lines.Add("WHERE " + string.Join("\n  AND ", conditions));
            }
            lines.Add($"WITH {carry}{n}");
            lines.Add("ORDER BY " + string.Join(", ", order));
            if (skip is not null)
            {
                lines.Add("SKIP " + skip);
            }
            if (limit is not null)
            {
                lines.Add("LIMIT " + CypherText.Integer(limit.Value));
            }
            lines.Add($"RETURN {carry}collect({item}) AS items");
            return string.Join("\n", lines);
        }
        if (conditions.Count > 0)
        {
            lines.Add("WHERE " + string.Join("\n  AND ", conditions));
        }
        lines.Add($"WITH {carry}{n}");
        lines.Add("ORDER BY " + string.Join(", ", order));
        lines.Add($"WITH {carry}collect({n}) AS matched");
        lines.Add($"WITH {carry}size(matched) AS total, " + (after is null ? "matched AS rest" : $"[{n} IN matched WHERE {after}] AS rest"));
        var from = skip ?? "0";
        var slice = limit is null ? $"rest[{from}..]" : $"rest[{from}..{from} + {CypherText.Integer(limit.Value)}]";
        lines.Add($"RETURN {carry}total, [{n} IN {slice} | {item}] AS items");
        return string.Join("\n", lines);
    }

    /// <summary>The id of a look-up of one node of a kind by one id (<c>city(id:)</c>), else null.</summary>
    private static string? ByOneId(NodeQuery query) =>
        query is { Shape: ResultShape.Single, Kind: not null, Where: IdInFilter { Ids.Count: 1 } ids, OrderBy.Count: 0, After: null, Offset: null or 0, WithTotalCount: false }
            ? ids.Ids[0]
            : null;

    /// <summary>
    /// A look-up by one id in two branches of a <c>UNION ALL</c>, so that the usual case reads the unique index: the node
    /// whose current id it is (an index seek), then, only when there is none, the node that has it among its former
    /// ids (<c>_keys</c>: a scan of the kind, which an index cannot answer; the branch's rows stop at an empty
    /// <c>UNWIND</c> otherwise). At most one node has a given id (the keys resolve as SQLite's <c>node_keys</c>), so at
    /// most one branch returns an item; the shaper joins the rows' items.
    /// </summary>
    private string ById(NodeQuery query, string n, string id, List<string> head, string carry)
    {
        var p = _c.Param(id);
        var d = "d" + n[1..];
        var item = Item(query, n, null, []);
        var lines = new List<string>(head)
        {
            $"MATCH ({n}{Label(query.Kind)}) WHERE {n}.id = {p}",
            $"WITH {carry}{n}",
            "LIMIT 1",
            $"RETURN {carry}collect({item}) AS items",
            "UNION ALL",
        };
        lines.AddRange(head);
        lines.Add($"OPTIONAL MATCH ({d}{Label(query.Kind)}) WHERE {d}.id = {p}");
        lines.Add($"WITH {carry}count({d}) AS direct");
        lines.Add("UNWIND CASE WHEN direct = 0 THEN [1] ELSE [] END AS former");
        lines.Add($"MATCH ({n}{Label(query.Kind)}) WHERE any(k IN {n}._keys WHERE k = {p})");
        lines.Add($"WITH {carry}{n}");
        lines.Add($"ORDER BY {n}.id");
        lines.Add("LIMIT 1");
        lines.Add($"RETURN {carry}collect({item}) AS items");
        return string.Join("\n", lines);
    }

    /// <summary>Whether any level of the plan shows sources or claims (they name their studies).</summary>
    private static bool NeedsStudies(NodeQuery query) =>
        query.Projection.Fields.Any(NeedsStudies) ||
        query.EffectiveConnection.Fields.OfType<EdgesField>().Any(e => e.Fields.Any(NeedsStudies)) && query.Shape == ResultShape.Connection;

    private static bool NeedsStudies(ProjectionField field) => field switch
    {
        SourcesField or ClaimsField => true,
        RelationshipProjection r => r.EdgeFields.Any(NeedsStudies) || NeedsStudies(r.Target),
        _ => false,
    };

    private static string Label(NodeKind? kind) => kind is null ? "" : ":" + CypherText.Quote(kind.Name);

    /// <summary>
    /// The map of one node's data (and of the relationship <paramref name="edge"/> that reached it, with its fields
    /// <paramref name="edgeFields"/>).
    /// </summary>
    private string Item(NodeQuery query, string n, string? edge, IReadOnlyList<ProjectionField> edgeFields)
    {
        var parts = new List<string> { $"_id: {n}.id", $"_kind: {n}.kind" };
        var fields = query.Projection.Fields;
        if (fields.Any(f => f is ValueField { Field: PropertyRef }) || query.OrderBy.Any(k => k is FieldSort { Field: PropertyRef }))
        {
            parts.Add($"_p: {n}._props");
        }
        if (query.OrderBy.Count > 0)
        {
            parts.Add("_k: [" + string.Join(", ", query.OrderBy.Select(k => SortValue(k, n))) + "]");
        }
        if (fields.Any(f => f is AliasesField))
        {
            parts.Add($"_name: {n}.name, _names: {n}._names, _langs: {n}._langs");
        }
        if (fields.Any(f => f is SourcesField or ClaimsField))
        {
            parts.Add($"_src: {n}._sources");
        }
        var allEdgeFields = edgeFields.Concat(query.Shape == ResultShape.Connection
            ? query.EffectiveConnection.Fields.OfType<EdgesField>().SelectMany(e => e.Fields)
            : []).ToList();
        if (edge is not null && allEdgeFields.Any(f => f is ValueField))
        {
            parts.Add($"_ep: {edge}._props");
        }
        if (edge is not null && allEdgeFields.Any(f => f is SourcesField or ClaimsField))
        {
            parts.Add($"_esrc: {edge}._sources");
        }
        for (var i = 0; i < fields.Count; i++)
        {
            var value = FieldValue(fields[i], n);
            if (value is null)
            {
                continue;
            }
            if (fields[i].OnKinds is { } kinds && fields[i] is RelationshipProjection or RelatedCount or EdgeSum)
            {
                value = $"CASE WHEN {n}.kind IN {_c.Param(kinds.Select(k => k.Name).ToArray())} THEN {value} END";
            }
            parts.Add($"f{i}: {value}");
        }
        return "{" + string.Join(", ", parts) + "}";
    }

    /// <summary>The Cypher of a projection field that needs the graph; null for fields the shaper reads from the node's data.</summary>
    private string? FieldValue(ProjectionField field, string n) => field switch
    {
        // The id and the kind are in every item already (_id, _kind).
        ValueField { Field: CommonFieldRef { Field: CommonField.Id or CommonField.Kind } } => null,
        ValueField { Field: CommonFieldRef c } => CommonValue(c.Field, n),
        RelationshipProjection r => Nested(r, n),
        RelatedCount c => Count(c.Relationship, c.Direction, c.Where, n, null),
        EdgeSum s => Sum(s, n),
        _ => null,
    };

    private static string CommonValue(CommonField field, string n) => field switch
    {
        CommonField.Id => n + ".id",
        CommonField.Kind => n + ".kind",
        CommonField.Name => n + ".name",
        _ => n + ".description",
    };

    /// <summary>A nested level: every related node passing the level's filter, as item maps (the shaper orders and pages them).</summary>
    private string Nested(RelationshipProjection r, string parent)
    {
        var i = _c.Next();
        string m = "n" + i, e = "e" + i;
        var pattern = Pattern(parent, r.Relationship, r.Direction, e, m, r.Target.Kind);
        var conditions = new List<string>();
        if (r.Target.Where is not null)
        {
            conditions.Add(Condition(r.Target.Where, m, e));
        }
        if (r.EdgeWhere is not null)
        {
            conditions.Add(Condition(r.EdgeWhere, e, e));
        }
        var item = Item(r.Target, m, e, r.Target.Shape == ResultShape.Connection ? [] : r.EdgeFields);
        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        if (PagedById(r) is not { } take)
        {
            return $"[{pattern}{where} | {item}]";
        }
        // The page in the statement: the related nodes (only) are listed once, the least `take` ids kept in one pass
        // (a sorted list of at most `take` ids, an id inserted when it is less than the greatest kept), bound once, and
        // only the nodes with those ids become items; the total is the list's length. A node reached twice (two
        // relationships) stays twice, as in SQLite.
        string l = "l" + i, x = "x" + i, a = "a" + i, y = "y" + i, p = "p" + i;
        var k = CypherText.Integer(take);
        var ids = $"reduce({a} = [], {x} IN {l} | CASE WHEN size({a}) < {k} OR {x}.id < last({a}) " +
            $"THEN ([{y} IN {a} WHERE {y} <= {x}.id] + {x}.id + [{y} IN {a} WHERE {y} > {x}.id])[..{k}] ELSE {a} END)";
        var page = $"CASE WHEN size({l}) <= {k} THEN {l} ELSE [{p} IN [{ids}] | [{m} IN {l} WHERE {m}.id IN {p}]][0] END";
        return $"[{l} IN [coalesce([{pattern}{where} | {m}], [])] | {{_total: size({l}), _items: [{m} IN {page} | {item}]}}][0]";
    }

    /// <summary>The largest page worth picking in the statement: beyond it, ordering every related node in the shaper is cheaper.</summary>
    private const int MaxPickedPage = 101;

    /// <summary>
    /// How many related nodes a nested level needs when it can be paged in the statement (null otherwise): a list or
    /// connection ordered by id alone (no sort keys), with a first page and no cursor, and nothing read from the
    /// relationship (its fields, sources or claims), so that an item is its node alone.
    /// </summary>
    private static long? PagedById(RelationshipProjection r)
    {
        var target = r.Target;
        if (target.Shape == ResultShape.Single || target.First is null || target.After is not null || target.OrderBy.Count > 0)
        {
            return null;
        }
        var edgeFields = target.Shape == ResultShape.Connection
            ? target.EffectiveConnection.Fields.OfType<EdgesField>().SelectMany(f => f.Fields)
            : r.EdgeFields;
        if (edgeFields.Any(f => f is ValueField or SourcesField or ClaimsField))
        {
            return null;
        }
        var take = (long)(target.Offset ?? 0) + target.First.Value + 1;
        return take <= MaxPickedPage ? take : null;
    }

    /// <summary>The pattern from <paramref name="parent"/> through a relationship; symmetric types match either direction.</summary>
    private static string Pattern(string parent, RelationshipType rel, Direction direction, string? e, string m, NodeKind? kind)
    {
        var type = $"[{e}:{CypherText.Quote(rel.Name)}]";
        var node = $"({m}{Label(kind)})";
        if (rel.IsSymmetric)
        {
            return $"({parent})-{type}-{node}";
        }
        return direction == Direction.Outgoing ? $"({parent})-{type}->{node}" : $"({parent})<-{type}-{node}";
    }

    private string Count(RelationshipType rel, Direction direction, Filter? where, string parent, NodeKind? kind)
    {
        var i = _c.Next();
        string m = "n" + i, e = "e" + i;
        var cond = where is null ? "" : " WHERE " + Condition(where, m, e);
        return Size($"[{Pattern(parent, rel, direction, e, m, kind)}{cond} | 1]");
    }

    /// <summary>A sum: the property JSON of every relationship (or related node) counted; the shaper adds them as SQLite's sum() does.</summary>
    private string Sum(EdgeSum sum, string parent)
    {
        var i = _c.Next();
        string m = "n" + i, e = "e" + i;
        var cond = sum.Where is null ? "" : " WHERE " + Condition(sum.Where, m, e);
        var owner = sum.Over == SumOver.Relationship ? e : m;
        return $"[{Pattern(parent, sum.Relationship, sum.Direction, e, m, null)}{cond} | {owner}._props]";
    }

    /// <summary>The value of a sort key as Cypher (property keys are read again from <c>_p</c> by the shaper).</summary>
    private string SortValue(SortKey key, string n) => key switch
    {
        FieldSort { Field: CommonFieldRef c } => CommonValue(c.Field, n),
        FieldSort { Field: PropertyRef p } => CypherText.Property(n, p.Property),
        RelatedCountSort c => Count(c.Relationship, c.Direction, c.Where, n, null),
        _ => throw new QueryValidationException($"Unknown sort key {key.GetType().Name}."),
    };

    private static bool IsText(SortKey key) =>
        key is FieldSort sort && sort.Field is not CommonFieldRef { Field: CommonField.Id } &&
        sort.Field.Type is PropertyType.String or PropertyType.Url or PropertyType.Enum;

    /// <summary>
    /// The ORDER BY terms of the root: SQLite's order (missing values first ascending and last descending, text ignoring
    /// ASCII case only), then the id.
    /// </summary>
    private List<string> OrderTerms(NodeQuery query, string n)
    {
        var terms = new List<string>();
        foreach (var key in query.OrderBy)
        {
            var value = SortValue(key, n);
            var desc = key.Descending ? " DESC" : "";
            if (key is FieldSort sort)
            {
                // Missing values first ascending, last descending; then the value itself, never null: Neo4j 3.1 answers
                // null for every pattern comprehension after an ORDER BY on a null value.
                terms.Add($"CASE WHEN {value} IS NULL THEN 0 ELSE 1 END{desc}");
                var blank = sort.Field.Type switch
                {
                    PropertyType.Integer or PropertyType.Float or PropertyType.Money => "0",
                    PropertyType.Boolean => "false",
                    _ => "''",
                };
                terms.Add($"coalesce({(IsText(key) ? AsciiLower(value) : value)}, {blank}){desc}");
                continue;
            }
            terms.Add(value + desc);
        }
        terms.Add(n + ".id");
        return terms;
    }

    private string AsciiLower(string value) => $"reduce(s = {value}, c IN {_c.Param(AsciiPairs)} | replace(s, c[0], c[1]))";

    /// <summary>Nodes strictly after the cursor's values under the ordering (as the SQLite back-end's condition).</summary>
    private string After(NodeQuery query, string n, IReadOnlyList<object?> values)
    {
        var keys = query.OrderBy.Select(k => (Value: SortValue(k, n), Text: IsText(k), k.Descending))
            .Append((Value: n + ".id", Text: false, Descending: false)).ToList();
        string Compared(int i) => keys[i].Text ? AsciiLower(keys[i].Value) : keys[i].Value;
        object? Param(int i) => keys[i].Text && values[i] is string s ? SortOrder.AsciiLower(s) : values[i];
        var alternatives = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var terms = new List<string>();
            for (var j = 0; j < i; j++)
            {
                terms.Add(values[j] is null ? $"{keys[j].Value} IS NULL" : $"{Compared(j)} = {_c.Param(Param(j))}");
            }
            string? beyond = (values[i], keys[i].Descending) switch
            {
                (null, false) => $"{keys[i].Value} IS NOT NULL",
                (null, true) => null,
                (_, false) => $"{Compared(i)} > {_c.Param(Param(i))}",
                (_, true) => $"({Compared(i)} < {_c.Param(Param(i))} OR {keys[i].Value} IS NULL)",
            };
            if (beyond is not null)
            {
                terms.Add(beyond);
                alternatives.Add(terms.Count == 1 ? terms[0] : "(" + string.Join(" AND ", terms) + ")");
            }
        }
        return alternatives.Count == 0 ? "false" : "(" + string.Join("\n    OR ", alternatives) + ")";
    }

    /// <summary>
    /// A filter as a Cypher condition on the node <paramref name="n"/> (or on the relationship <paramref name="edge"/> for
    /// edge properties, when <paramref name="n"/> is the relationship itself). A comparison with a missing value is null,
    /// which NOT and ALL treat as "does not hold".
    /// </summary>
    private string Condition(Filter filter, string n, string? edge) => filter switch
    {
        AndFilter and => and.Filters.Count == 0 ? "true" : "(" + string.Join(" AND ", and.Filters.Select(f => Condition(f, n, edge))) + ")",
        OrFilter or => or.Filters.Count == 0 ? "false" : "(" + string.Join(" OR ", or.Filters.Select(f => Condition(f, n, edge))) + ")",
        NotFilter not => $"NOT coalesce({Condition(not.Filter, n, edge)}, false)",
        CompareFilter compare => Compare(compare, n),
        NameMatchesFilter name => NameMatches(name, n),
        IdInFilter ids => $"({n}.id IN {_c.Param(ids.Ids.ToArray())} OR any(k IN {n}._keys WHERE k IN {_c.Param(ids.Ids.ToArray())}))",
        RelatedFilter related => Related(related, n),
        _ => throw new QueryValidationException($"Unknown filter {filter.GetType().Name}."),
    };

    /// <summary>Some folded name or alias of the node equals, starts with or contains the folded text (empty text: none).</summary>
    private string NameMatches(NameMatchesFilter name, string n)
    {
        var key = TextKey.Normalize(name.Text);
        if (key.Length == 0)
        {
            return "false";
        }
        var p = _c.Param(key);
        return name.Mode switch
        {
            NameMatch.Exact => $"{p} IN {n}._folded",
            NameMatch.StartsWith => $"any(f IN {n}._folded WHERE f STARTS WITH {p})",
            _ => $"any(f IN {n}._folded WHERE f CONTAINS {p})",
        };
    }

    private string Compare(CompareFilter compare, string n)
    {
        var value = compare.Field switch
        {
            CommonFieldRef c => CommonValue(c.Field, n),
            PropertyRef p => CypherText.Property(n, p.Property),
            _ => throw new QueryValidationException($"Unknown field {compare.Field}."),
        };
        var v = compare.Value;
        return compare.Op switch
        {
            CompareOp.Eq when v is null => $"{value} IS NULL",
            CompareOp.Eq => $"{value} = {_c.Param(v)}",
            CompareOp.In => $"{value} IN {_c.Param(v)}",
            CompareOp.Contains => $"toLower({value}) CONTAINS {_c.Param(((string)v!).ToLowerInvariant())}",
            CompareOp.StartsWith => $"toLower({value}) STARTS WITH {_c.Param(((string)v!).ToLowerInvariant())}",
            CompareOp.Lt => $"{value} < {_c.Param(v)}",
            CompareOp.Lte => $"{value} <= {_c.Param(v)}",
            CompareOp.Gt => $"{value} > {_c.Param(v)}",
            _ => $"{value} >= {_c.Param(v)}",
        };
    }

    /// <summary>
    /// The length of a pattern comprehension. Neo4j 3.1 answers null instead of an empty list when the relationship type
    /// has never been stored, hence the coalesce (the shaper reads a null list as empty too).
    /// </summary>
    private static string Size(string list) => $"size(coalesce({list}, []))";

    /// <summary>SOME: a related node matches; NONE: none does; ALL: none fails to match.</summary>
    private string Related(RelatedFilter related, string n)
    {
        var i = _c.Next();
        string m = "n" + i, e = "e" + i;
        var pattern = Pattern(n, related.Relationship, related.Direction, e, m, related.OtherKind);
        var match = new List<string>();
        if (related.OnNode is not null)
        {
            match.Add(Condition(related.OnNode, m, e));
        }
        if (related.OnEdge is not null)
        {
            match.Add(Condition(related.OnEdge, e, e));
        }
        if (related.Quantifier == Quantifier.All)
        {
            return match.Count == 0
                ? "true"
                : Size($"[{pattern} WHERE NOT coalesce({string.Join(" AND ", match)}, false) | 1]") + " = 0";
        }
        var where = match.Count == 0 ? "" : " WHERE " + string.Join(" AND ", match);
        return Size($"[{pattern}{where} | 1]") + (related.Quantifier == Quantifier.None ? " = 0" : " > 0");
    }
}
