namespace KnowledgeGraph.Import.Geo;

/// <summary>A city a source's place name was resolved to, and how (recorded as the source's note).</summary>
/// <param name="City">The gazetteer entry.</param>
/// <param name="Method">How it was matched, such as "matched by alternate name and country".</param>
public sealed record CityMatch(GeoNamesRecord City, string Method);
