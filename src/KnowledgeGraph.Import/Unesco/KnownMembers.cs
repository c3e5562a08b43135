namespace KnowledgeGraph.Import.Unesco;

/// <summary>
/// Creative cities that the file does not let the gazetteer place: the file gives no country and the member's
/// description names none, so the rule "most populous namesake" would pick another city of the same name. Each entry
/// gives the GeoNames city the member is, checked by hand against its page on unesco.org (the file's Link), and why.
/// The table is applied before the gazetteer, only while the gazetteer holds that GeoNames id; keep it small: a
/// description that names the country needs no entry.
/// </summary>
public static class KnownMembers
{
    /// <summary>The members by (City Name, Category) as the file spells them: GeoNames id and the reason for the entry.</summary>
    public static readonly IReadOnlyDictionary<(string City, string Category), (long GeonameId, string Why)> Table =
        new Dictionary<(string, string), (long, string)>
        {
            [("Valencia", "Design")] = (2509954, "Valencia, Spain (World Design Capital 2002, unesco.org/en/creative-cities/valencia); the description names no country, and the most populous Valencia is in Venezuela"),
        };

    /// <summary>The match method recorded for a member placed by this table.</summary>
    public const string Method = "matched by the importer's table of known members";

    /// <summary>The GeoNames id of a known member, or null.</summary>
    public static long? Find(string? city, string category) =>
        city is not null && Table.TryGetValue((city.Trim(), category.Trim()), out var entry) ? entry.GeonameId : null;
}
