namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>The countries of generated graphs: ISO 3166-1 alpha-2 code and English name, largest first.</summary>
public static class CountryNames
{
    /// <summary>Every country, largest (most cities) first.</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("DE", "Germany"), ("FR", "France"), ("IT", "Italy"), ("ES", "Spain"), ("PL", "Poland"), ("GB", "United Kingdom"),
        ("RO", "Romania"), ("NL", "Netherlands"), ("BE", "Belgium"), ("CZ", "Czechia"), ("GR", "Greece"), ("PT", "Portugal"),
        ("SE", "Sweden"), ("HU", "Hungary"), ("AT", "Austria"), ("BG", "Bulgaria"), ("DK", "Denmark"), ("FI", "Finland"),
        ("SK", "Slovakia"), ("IE", "Ireland"), ("HR", "Croatia"), ("LT", "Lithuania"), ("SI", "Slovenia"), ("LV", "Latvia"),
        ("EE", "Estonia"), ("CY", "Cyprus"), ("LU", "Luxembourg"), ("MT", "Malta"), ("NO", "Norway"), ("CH", "Switzerland"),
        ("IS", "Iceland"), ("RS", "Serbia"), ("AL", "Albania"), ("BA", "Bosnia and Herzegovina"), ("ME", "Montenegro"),
        ("MK", "North Macedonia"), ("UA", "Ukraine"), ("MD", "Moldova"), ("TR", "Türkiye"), ("LI", "Liechtenstein"),
    ];
}
