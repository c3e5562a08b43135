using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Query;

/// <summary>A condition on a node (or, inside <see cref="RelatedFilter.OnEdge"/>, on a relationship).</summary>
public abstract record Filter;

/// <summary>Every condition holds (true when empty).</summary>
public sealed record AndFilter(IReadOnlyList<Filter> Filters) : Filter;

/// <summary>At least one condition holds (false when empty).</summary>
public sealed record OrFilter(IReadOnlyList<Filter> Filters) : Filter;

/// <summary>The condition does not hold (a comparison with a missing value does not hold, so its negation does).</summary>
public sealed record NotFilter(Filter Filter) : Filter;

/// <summary>
/// Compares a field with a value. Numbers compare numerically, dates as ISO partial strings (<c>2019</c> &lt;
/// <c>2019-10</c>), text exactly for <see cref="CompareOp.Eq"/> and <see cref="CompareOp.In"/> and ignoring case for
/// <see cref="CompareOp.Contains"/> and <see cref="CompareOp.StartsWith"/>. A missing value matches nothing,
/// except <c>Eq null</c>, which matches exactly the missing values.
/// </summary>
/// <param name="Field">What to compare.</param>
/// <param name="Op">How.</param>
/// <param name="Value">A scalar (string, long, int, double, decimal, bool), or for <see cref="CompareOp.In"/> a list of them.</param>
public sealed record CompareFilter(FieldRef Field, CompareOp Op, object? Value) : Filter;

/// <summary>The comparison operators.</summary>
public enum CompareOp
{
    /// <summary>Equal.</summary>
    Eq,

    /// <summary>Equal to one of a list.</summary>
    In,

    /// <summary>Text contains the value, ignoring case.</summary>
    Contains,

    /// <summary>Text starts with the value, ignoring case.</summary>
    StartsWith,

    /// <summary>Less than (numbers and dates).</summary>
    Lt,

    /// <summary>Less than or equal (numbers and dates).</summary>
    Lte,

    /// <summary>Greater than (numbers and dates).</summary>
    Gt,

    /// <summary>Greater than or equal (numbers and dates).</summary>
    Gte,
}

/// <summary>How <see cref="NameMatchesFilter"/> compares a folded name with the folded text.</summary>
public enum NameMatch
{
    /// <summary>The folded name equals the folded text.</summary>
    Exact,

    /// <summary>The folded name starts with the folded text.</summary>
    StartsWith,

    /// <summary>The folded name contains the folded text.</summary>
    Contains,
}

/// <summary>
/// The node's name or any of its aliases, folded (<see cref="Model.Identity.TextKey"/>: case, accents and punctuation
/// ignored), equals, starts with or contains the folded <paramref name="Text"/> (<paramref name="Mode"/>). Text that
/// folds to nothing (only punctuation) matches nothing.
/// </summary>
public sealed record NameMatchesFilter(string Text, NameMatch Mode = NameMatch.Exact) : Filter;

/// <summary>The node's id (or an id it was merged from) is one of <paramref name="Ids"/>.</summary>
public sealed record IdInFilter(IReadOnlyList<string> Ids) : Filter;

/// <summary>How many related nodes must match a <see cref="RelatedFilter"/>.</summary>
public enum Quantifier
{
    /// <summary>At least one.</summary>
    Some,

    /// <summary>None (also true when there are no related nodes).</summary>
    None,

    /// <summary>Every one (also true when there are no related nodes).</summary>
    All,
}

/// <summary>
/// A condition on the nodes related through <paramref name="Relationship"/>: some, none or all of them (and their
/// relationships) match. Symmetric relationships match either side whatever the direction.
/// </summary>
/// <param name="Relationship">The relationship type.</param>
/// <param name="Direction">Outgoing: the node is the start; incoming: the end.</param>
/// <param name="Quantifier">Some, none or all.</param>
/// <param name="OnNode">Condition on the related node, or null for any.</param>
/// <param name="OnEdge">Condition on the relationship's own properties, or null for any.</param>
public sealed record RelatedFilter(RelationshipType Relationship, Direction Direction, Quantifier Quantifier, Filter? OnNode = null, Filter? OnEdge = null) : Filter
{
    /// <summary>Restricts the related nodes to one kind (for relationships whose other end may be several kinds).</summary>
    public NodeKind? OtherKind { get; init; }
}

/// <summary>Shorthands for building filters.</summary>
public static class Filters
{
    /// <summary>All of the filters.</summary>
    public static Filter And(params Filter[] filters) => new AndFilter(filters);

    /// <summary>Any of the filters.</summary>
    public static Filter Or(params Filter[] filters) => new OrFilter(filters);

    /// <summary>Not the filter.</summary>
    public static Filter Not(Filter filter) => new NotFilter(filter);

    /// <summary>A comparison.</summary>
    public static Filter Compare(FieldRef field, CompareOp op, object? value) => new CompareFilter(field, op, value);

    /// <summary>A comparison of a property.</summary>
    public static Filter Compare(PropertyDefinition property, CompareOp op, object? value) => new CompareFilter(FieldRef.Of(property), op, value);

    /// <summary>Name or alias folds to the text's key.</summary>
    public static Filter NameMatches(string text) => new NameMatchesFilter(text);

    /// <summary>Id among the ids.</summary>
    public static Filter IdIn(params string[] ids) => new IdInFilter(ids);

    /// <summary>Some related node (through the relationship) matches.</summary>
    public static Filter Some(RelationshipType rel, Direction direction, Filter? onNode = null, Filter? onEdge = null) =>
        new RelatedFilter(rel, direction, Quantifier.Some, onNode, onEdge);

    /// <summary>No related node matches.</summary>
    public static Filter None(RelationshipType rel, Direction direction, Filter? onNode = null, Filter? onEdge = null) =>
        new RelatedFilter(rel, direction, Quantifier.None, onNode, onEdge);

    /// <summary>Every related node matches.</summary>
    public static Filter All(RelationshipType rel, Direction direction, Filter? onNode = null, Filter? onEdge = null) =>
        new RelatedFilter(rel, direction, Quantifier.All, onNode, onEdge);
}
