using System.Globalization;
using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Import.Reporting;
using KnowledgeGraph.Import.Themes;

namespace KnowledgeGraph.Import;

/// <summary>What every importer shares: the gazetteer that resolves cities, the report, and the retrieval date.</summary>
public sealed class ImportContext(Gazetteer gazetteer, ImportReport? report = null)
{
    /// <summary>The GeoNames index every city is resolved against.</summary>
    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Counts and unmatched rows.</summary>
    public ImportReport Report { get; } = report ?? new ImportReport();

    /// <summary>The retrieval date to record; when null, the date the file was last written (when it was downloaded).</summary>
    public DateOnly? Retrieved { get; init; }

    /// <summary>
    /// The rules that infer themes from what projects and networks say of themselves; null: the rule files shipped
    /// with the importer (<see cref="ThemeRules.Default"/>); <see cref="ThemeRules.None"/> infers nothing.
    /// </summary>
    public ThemeRules? ThemeRules { get; init; }

    /// <summary>The theme rules in use (see <see cref="ThemeRules"/>).</summary>
    public ThemeRules Rules => ThemeRules ?? Themes.ThemeRules.Default;

    /// <summary>The retrieval date of a dataset file, as YYYY-MM-DD.</summary>
    public string RetrievedOf(string path)
    {
        var date = Retrieved ?? DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path));
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
