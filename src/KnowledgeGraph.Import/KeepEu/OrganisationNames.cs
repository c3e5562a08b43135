using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Import.Graph;
using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Import.KeepEu;

/// <summary>
/// Ids and names of partner organisations: an organisation is its name in its country; when the file has the same
/// name in several countries, the name carries the country code, so that nodes merged by name stay apart.
/// </summary>
public sealed class OrganisationNames
{
    private readonly HashSet<string> _ambiguous;

    /// <summary>Collects the organisation names the rows use in more than one country.</summary>
    public OrganisationNames(IEnumerable<CsvRow> rows) =>
        _ambiguous = rows.Where(r => r["Project Partner"] is not null)
            .GroupBy(r => TextKey.Normalize(r["Project Partner"]!))
            .Where(g => g.Select(r => CountryCodes.Resolve(r["Country"]) ?? CountryCodes.Resolve(r["Country code"])).Distinct().Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The organisation's id: <c>org:keep-eu:de:association-for-rural-development-thuringia-erfurt</c>.</summary>
    public static string Id(string name, string? country) =>
        country is null ? $"org:keep-eu:{Ids.Slug(name, 120)}" : $"org:keep-eu:{country.ToLowerInvariant()}:{Ids.Slug(name, 120)}";

    /// <summary>The display name.</summary>
    public string Name(string name, string? country) =>
        country is not null && _ambiguous.Contains(TextKey.Normalize(name)) ? $"{name.Trim()} ({country})" : name.Trim();
}
