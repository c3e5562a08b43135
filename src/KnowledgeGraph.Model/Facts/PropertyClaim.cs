namespace KnowledgeGraph.Model.Facts;

/// <summary>
/// A source's claim about one property value. Claims are kept side by side: when one study says EUROCITIES has
/// 135 members and another "over 140", both claims stay with their sources.
/// </summary>
/// <param name="Name">Property name.</param>
/// <param name="Value">The typed value (string, long, double, decimal, bool; dates as ISO strings).</param>
/// <param name="Source">Who says so.</param>
public sealed record PropertyClaim(string Name, object Value, Source Source)
{
    /// <summary>How the source qualifies a number: exact (default), "approximately", "more than", "at least", "less than", "at most".</summary>
    public string? Qualifier { get; init; }

    /// <summary>Where the claim was written, if it came from a file.</summary>
    public Origin? Origin { get; init; }
}
