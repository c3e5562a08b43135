using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Sqlite.Query;

internal sealed partial class PlanWriter
{
    /// <summary>
    /// A filter as an SQL condition on the node <paramref name="alias"/> (or, with <paramref name="onEdge"/>, on the
    /// edge). A comparison with a missing value is NULL, which NOT and ALL treat as "does not hold".
    /// </summary>
    private string Condition(Filter filter, string alias, bool onEdge) => filter switch
    {
        AndFilter and => and.Filters.Count == 0 ? "1" : "(" + string.Join(" AND ", and.Filters.Select(f => Condition(f, alias, onEdge))) + ")",
        OrFilter or => or.Filters.Count == 0 ? "0" : "(" + string.Join(" OR ", or.Filters.Select(f => Condition(f, alias, onEdge))) + ")",
        NotFilter not => $"NOT coalesce({Condition(not.Filter, alias, onEdge)}, 0)",
        CompareFilter compare => Compare(compare, alias, onEdge),
        NameMatchesFilter name => NameMatches(name, alias),
        IdInFilter ids => $"{alias}.seq IN (SELECT node FROM node_keys WHERE key IN (SELECT value FROM json_each({_sql.ListParam(ids.Ids)})))",
        RelatedFilter related => Related(related, alias),
        _ => throw new QueryValidationException($"Unknown filter {filter.GetType().Name}."),
    };

    /// <summary>Some folded name or alias of the node equals, starts with or contains the folded text (empty text: none).</summary>
    private string NameMatches(NameMatchesFilter name, string alias)
    {
        var key = TextKey.Normalize(name.Text);
        if (key.Length == 0)
        {
            return "0";
        }
        var p = _sql.Param(key);
        var condition = name.Mode switch
        {
            NameMatch.Exact => $"folded = {p}",
            NameMatch.StartsWith => $"substr(folded, 1, length({p})) = {p}",
            _ => $"instr(folded, {p}) > 0",
        };
        return $"{alias}.seq IN (SELECT node FROM node_names WHERE {condition})";
    }

    private string Compare(CompareFilter compare, string alias, bool onEdge)
    {
        var value = FieldValue(compare.Field, alias, onEdge);
        var v = compare.Value;
        return compare.Op switch
        {
            CompareOp.Eq when v is null => $"{value} IS NULL",
            CompareOp.Eq => $"{value} = {_sql.Param(v)}",
            CompareOp.In => $"{value} IN (SELECT value FROM json_each({_sql.ListParam(((System.Collections.IEnumerable)v!).Cast<object?>())}))",
            CompareOp.Contains => $"instr({SqliteFunctions.LowerFunction}({value}), {_sql.Param(((string)v!).ToLowerInvariant())}) > 0",
            CompareOp.StartsWith => StartsWith(value, ((string)v!).ToLowerInvariant()),
            CompareOp.Lt => $"{value} < {_sql.Param(v)}",
            CompareOp.Lte => $"{value} <= {_sql.Param(v)}",
            CompareOp.Gt => $"{value} > {_sql.Param(v)}",
            _ => $"{value} >= {_sql.Param(v)}",
        };
    }

    private string StartsWith(string value, string prefix)
    {
        var p = _sql.Param(prefix);
        return $"substr({SqliteFunctions.LowerFunction}({value}), 1, length({p})) = {p}";
    }

    /// <summary>
    /// SOME: a related row matches; NONE: none does; ALL: none fails to match. A symmetric relationship asks each end
    /// on its own (SOME at either end; ALL at both), each an indexed search (see <see cref="Ends"/>).
    /// </summary>
    private string Related(RelatedFilter related, string alias)
    {
        if (related.Quantifier == Quantifier.All && related.OnNode is null && related.OnEdge is null)
        {
            return "1";
        }
        var tests = Ends(related.Relationship, related.Direction).Select(end => RelatedAt(related, end, alias)).ToList();
        return related.Quantifier switch
        {
            Quantifier.Some => tests.Count == 1 ? tests[0] : "(" + string.Join("\n OR ", tests) + ")",
            Quantifier.None => "NOT " + (tests.Count == 1 ? tests[0] : "(" + string.Join("\n OR ", tests) + ")"),
            _ => tests.Count == 1 ? tests[0] : "(" + string.Join("\n AND ", tests) + ")",
        };
    }

    /// <summary>At one end: EXISTS a matching row (SOME, NONE) or NOT EXISTS a failing one (ALL).</summary>
    private string RelatedAt(RelatedFilter related, End end, string alias)
    {
        var source = EndSource(end, alias, joinNode: related.OnNode is not null, kind: related.OtherKind);
        var match = new List<string>();
        if (related.OnNode is not null)
        {
            match.Add(Condition(related.OnNode, source.Node, onEdge: false));
        }
        if (related.OnEdge is not null)
        {
            match.Add(Condition(related.OnEdge, source.Edge!, onEdge: true));
        }
        var conditions = source.Conditions.ToList();
        if (related.Quantifier == Quantifier.All)
        {
            conditions.Add($"NOT coalesce({string.Join(" AND ", match)}, 0)");
            return "NOT EXISTS " + Sub($"SELECT 1\nFROM {source.From}\nWHERE {And(conditions)}");
        }
        conditions.AddRange(match);
        return "EXISTS " + Sub($"SELECT 1\nFROM {source.From}\nWHERE {And(conditions)}");
    }
}
