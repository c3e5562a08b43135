namespace KnowledgeGraph.Tests.Shared;

/// <summary>
/// A small valid study file over the document 001_d13a6edb2dedd3e5.txt of ../shared/seeds (every quote occurs
/// in it), for tests to break one line at a time, and a way to find where a snippet stands in a text.
/// </summary>
public static class SampleStudy
{
    /// <summary>The document the sample quotes.</summary>
    public const string Document = "001_d13a6edb2dedd3e5.txt";

    /// <summary>The sample: a study, EUROCITIES, Brussels, Belgium and three relationships.</summary>
    public const string Valid = """
        # A test study over the EUROCITIES announcement.
        study:
          id: study:test-eurocities-announcement
          name: "Test: Cities' External Cultural Relations"
          quote: "Cities' External Cultural Relations: Trends and Actions"
          properties:
            studyType: news item
            language: en
            document: 001_d13a6edb2dedd3e5.txt
            published: {value: "2018", quote: "publications > 2018 > listing"}

        nodes:
          - id: network:eurocities
            kind: Network
            name: EUROCITIES
            quote: "EUROCITIES, Brussels, Belgium, is a network of major European cities"
            properties:
              memberCount: {value: 140, qualifier: more than, quote: "with over 140 members"}
              founded: {value: "1986", inferred: true, note: "Test value"}

          - id: city:geonames:2800866
            kind: City
            name: Brussels
            aliases: [{name: Bruxelles, lang: fr}, Brussel]
            quote: "EUROCITIES, Brussels, Belgium"
            properties:
              geonamesId: {value: 2800866, inferred: true, note: "GeoNames gazetteer id"}
              countryCode: BE
              population: {value: 1200000, inferred: true, note: "Test value"}

          - id: country:be
            kind: Country
            name: Belgium
            quote: "EUROCITIES, Brussels, Belgium"

        relationships:
          - type: HEADQUARTERED_IN
            from: network:eurocities
            to: city:geonames:2800866
            quote: "EUROCITIES, Brussels, Belgium"
          - type: IN_COUNTRY
            from: city:geonames:2800866
            to: country:be
            inferred: true
            note: "Brussels is the capital of Belgium"
          - type: PUBLISHED_BY
            from: study:test-eurocities-announcement
            to: network:eurocities
            quote: "By EUROCITIES, Brussels, 2017, 26 pages"
        """;

    /// <summary>The sample with <paramref name="find"/> replaced by <paramref name="replacement"/>, which must occur exactly once.</summary>
    public static string With(string find, string replacement) => Replace(Valid, find, replacement);

    /// <summary>Replaces the one occurrence of <paramref name="find"/> in <paramref name="text"/>.</summary>
    public static string Replace(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{find}' must occur exactly once in the text.", nameof(find));
        }
        return text[..at] + replacement + text[(at + find.Length)..];
    }

    /// <summary>The 1-based line and column where <paramref name="snippet"/> (occurring once) starts in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Locate(string text, string snippet)
    {
        var at = text.IndexOf(snippet, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(snippet, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{snippet}' must occur exactly once in the text.", nameof(snippet));
        }
        var line = 1 + text.AsSpan(0, at).Count('\n');
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return (line, at - lineStart + 1);
    }
}
