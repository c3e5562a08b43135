using System.Collections.Concurrent;
using System.Globalization;
using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Import.Themes;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Import.Graph;

/// <summary>Helpers that state the facts every importer shares: the dataset's Study, row provenance, cities, countries and themes.</summary>
public static class Facts
{
    /// <summary>The note on facts taken from the importer's catalogue rather than from a row.</summary>
    public const string CatalogueNote = "from the importer's dataset catalogue (docs/import.md)";

    /// <summary>The provenance of a fact read from a row.</summary>
    public static Source Row(DatasetInfo dataset, CsvRow row, string? note = null) =>
        new(dataset.StudyId, Certainty.Stated) { Dataset = row.File, Row = row.RowText, Note = note };

    /// <summary>The provenance of a fact read from row <paramref name="row"/> of <paramref name="file"/>.</summary>
    public static Source Row(DatasetInfo dataset, string file, long row, string? note = null) =>
        new(dataset.StudyId, Certainty.Stated) { Dataset = file, Row = row.ToString(CultureInfo.InvariantCulture), Note = note };

    /// <summary>Where a row is, for validation messages.</summary>
    public static Origin At(CsvRow row) => row.Origin;

    /// <summary>Asserts the dataset's Study node (studyType dataset, licence, url, retrieved date) PUBLISHED_BY its publisher.</summary>
    public static void Study(BatchBuilder batch, DatasetInfo dataset, string file, string retrieved)
    {
        var self = new Source(dataset.StudyId, Certainty.Inferred) { Dataset = file, Note = CatalogueNote };
        batch.Node("Study", dataset.StudyId, dataset.Title, self, description: dataset.Description);
        batch.Claim(dataset.StudyId, "studyType", "dataset", self);
        batch.Claim(dataset.StudyId, "licence", dataset.Licence, self);
        batch.Claim(dataset.StudyId, "url", dataset.Url, self);
        batch.Claim(dataset.StudyId, "retrieved", retrieved, self);
        batch.Node("Organisation", dataset.PublisherId, dataset.Publisher, self);
        batch.Relationship("PUBLISHED_BY", dataset.StudyId, dataset.PublisherId, self);
    }

    /// <summary>The id of a GeoNames city: <c>city:geonames:N</c>.</summary>
    public static string CityId(long geonameId) => $"city:geonames:{geonameId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Asserts a city a row names, resolved to the gazetteer: it carries the geonamesId claim (so the store merges it
    /// into <c>city:geonames:N</c>), the row's spelling as an alias, and the match method as the source's note.
    /// </summary>
    public static string City(BatchBuilder batch, DatasetInfo dataset, CsvRow row, CityMatch match, string? spelling)
    {
        var source = Row(dataset, row, match.Method);
        var id = CityId(match.City.Id);
        batch.Node("City", id, match.City.Name, source, At(row));
        batch.Claim(id, "geonamesId", match.City.Id, source);
        // A spelling that is the city's name itself (most rows) folds to the same key: no need to fold either.
        if (!string.IsNullOrWhiteSpace(spelling) && !string.Equals(spelling, match.City.Name, StringComparison.Ordinal) &&
            TextKey.Normalize(spelling) != TextKey.Normalize(match.City.Name))
        {
            batch.Alias(id, spelling.Trim());
        }
        return id;
    }

    /// <summary>
    /// Asserts a city that a row identifies by a GeoNames id the gazetteer lacks (a town under 15,000 inhabitants):
    /// the row's own name, country and coordinates are its claims.
    /// </summary>
    public static string CityOutsideGazetteer(BatchBuilder batch, DatasetInfo dataset, CsvRow row, long geonameId, string name, string? countryCode, double? latitude, double? longitude)
    {
        var source = Row(dataset, row, "matched by geonameId given in the file (a town outside the gazetteer)");
        var id = CityId(geonameId);
        batch.Node("City", id, name, source, At(row));
        batch.Claim(id, "geonamesId", geonameId, source);
        batch.Claim(id, "countryCode", countryCode, source);
        if (latitude is { } lat && longitude is { } lon && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180)
        {
            batch.Claim(id, "latitude", lat, source);
            batch.Claim(id, "longitude", lon, source);
        }
        if (countryCode is not null)
        {
            var country = Country(batch, countryCode, source);
            batch.Relationship("IN_COUNTRY", id, country, source);
        }
        return id;
    }

    /// <summary>Asserts a Country node by ISO code (<c>country:xx</c>, isoCode claim) and returns its id.</summary>
    public static string Country(BatchBuilder batch, string isoCode, Source source)
    {
        var (code, id, name) = CountryFacts.GetOrAdd(isoCode, static iso =>
        {
            var upper = iso.ToUpperInvariant();
            return (upper, $"country:{upper.ToLowerInvariant()}", CountryCodes.EnglishName(upper));
        });
        batch.Node("Country", id, name, source);
        batch.Claim(id, "isoCode", code, source);
        return id;
    }

    /// <summary>
    /// The code, id and English name of a country by the code a row gives, worked out once per code: every city and
    /// many organisations name their country (a few hundred codes, so the table stays small).
    /// </summary>
    private static readonly ConcurrentDictionary<string, (string Code, string Id, string Name)> CountryFacts = new(StringComparer.Ordinal);

    /// <summary>Asserts the graph themes of a source label and an ADDRESSES relationship (sourceLabel = the label) to each.</summary>
    public static void Addresses(BatchBuilder batch, DatasetInfo dataset, CsvRow row, string fromId, string label)
    {
        foreach (var (theme, note) in ThemesOfLabel(label))
        {
            var themeSource = new Source(dataset.StudyId, Certainty.Inferred) { Dataset = row.File, Note = note };
            batch.Node("Theme", theme.Id, theme.Name, themeSource);
            batch.Relationship("ADDRESSES", fromId, theme.Id, Row(dataset, row), At(row), ("sourceLabel", label.Trim()));
        }
    }

    /// <summary>
    /// Infers themes from what a project or network says of itself (its <paramref name="fields"/>) with the context's
    /// theme rules, and asserts an ADDRESSES relationship to each theme it does not already state: an INFERRED fact
    /// whose source quotes the sentence that triggered the rule and names the rule and its file.
    /// </summary>
    public static void InferredAddresses(BatchBuilder batch, DatasetInfo dataset, CsvRow row, string fromId, ThemeRules rules,
        IReadOnlyCollection<string> statedThemeIds, params (string Field, string? Text)[] fields)
    {
        foreach (var hit in rules.Infer(fields))
        {
            var theme = ThemeMapping.Theme(hit.Theme);
            if (statedThemeIds.Contains(theme.Id))
            {
                continue;
            }
            var source = new Source(dataset.StudyId, Certainty.Inferred)
            {
                Dataset = row.File,
                Row = row.RowText,
                Quote = hit.Quote,
                Note = $"theme inferred from the {hit.Field} by rule '{hit.Rule.Id}' ({hit.Rule.File})",
            };
            batch.Node("Theme", theme.Id, theme.Name, new Source(dataset.StudyId, Certainty.Inferred)
            {
                Dataset = row.File,
                Note = $"a theme of the theme rules ({hit.Rule.File})",
            });
            batch.Relationship("ADDRESSES", fromId, theme.Id, source, At(row));
        }
    }

    /// <summary>The graph theme ids a set of source labels maps to (the themes a row states).</summary>
    public static HashSet<string> ThemeIdsOf(IEnumerable<string?> labels) =>
        labels.Where(l => !string.IsNullOrWhiteSpace(l)).SelectMany(l => ThemesOfLabel(l!)).Select(t => t.Theme.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The themes of a source label with the note their sources carry, worked out once per label: thousands of rows
    /// share a few dozen labels, and mapping one folds it and words its notes. At most <see cref="MaxLabels"/> labels
    /// are kept (a file of free-text labels cannot grow the table without end).
    /// </summary>
    private static readonly ConcurrentDictionary<string, (GraphTheme Theme, string Note)[]> ThemesOf = new(StringComparer.Ordinal);

    private const int MaxLabels = 10_000;

    private static (GraphTheme Theme, string Note)[] ThemesOfLabel(string label)
    {
        if (!ThemesOf.TryGetValue(label, out var themes))
        {
            themes = MapLabel(label);
            if (ThemesOf.Count < MaxLabels)
            {
                ThemesOf.TryAdd(label, themes);
            }
        }
        return themes;
    }

    private static (GraphTheme Theme, string Note)[] MapLabel(string label)
    {
        var mapped = ThemeMapping.IsMapped(label);
        return ThemeMapping.Map(label).Select(theme => (theme, mapped
            ? $"'{label}' maps to {theme.Name} in the theme mapping table (docs/import.md)"
            : $"'{label}' is not in the theme mapping table: kept as a theme of its own")).ToArray();
    }
}
