namespace KnowledgeGraph.Import.Geo;

/// <summary>One line of a GeoNames dump file (such as cities15000.txt).</summary>
/// <param name="Id">The geonameid.</param>
/// <param name="Name">The name (UTF-8, usually the local spelling).</param>
/// <param name="AsciiName">The name in plain ASCII.</param>
/// <param name="AlternateNames">Other names in many languages and scripts.</param>
/// <param name="Latitude">Latitude in decimal degrees.</param>
/// <param name="Longitude">Longitude in decimal degrees.</param>
/// <param name="FeatureCode">GeoNames feature code (PPLC: capital, PPLA: seat of a first-order division, ...).</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 country code.</param>
/// <param name="Population">Inhabitants (0 when unknown).</param>
/// <param name="Row">The line in the file (1-based).</param>
public sealed record GeoNamesRecord(
    long Id, string Name, string AsciiName, IReadOnlyList<string> AlternateNames,
    double Latitude, double Longitude, string FeatureCode, string CountryCode, long Population, long Row);
