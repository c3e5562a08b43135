using System.Diagnostics;
using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Model.Validation;

namespace KnowledgeGraph.Import;

/// <summary>Options of an import.</summary>
public sealed record ImportOptions
{
    /// <summary>The GeoNames file every city is resolved against (default: <see cref="ImportPlan.DefaultGeoNamesPath"/>).</summary>
    public string? GeoNamesPath { get; init; }

    /// <summary>The geocoded partners file for keep.eu (default: <c>../interreg-partners-geocoded/partners.csv</c> beside the export).</summary>
    public string? GeocodedPartnersPath { get; init; }

    /// <summary>The retrieval date to record (default: the files' dates).</summary>
    public DateOnly? Retrieved { get; init; }

    /// <summary>The theme rule file or folder (default: the rules shipped with the importer, <see cref="Themes.ThemeRules.DefaultFolder"/>).</summary>
    public string? ThemeRulesPath { get; init; }

    /// <summary>Whether themes are inferred from the projects' own words (default true; false for measuring its cost).</summary>
    public bool InferThemes { get; init; } = true;
}

/// <summary>
/// An import read and checked, ready to load: the batches of every source (validated against the model), the report of
/// matches and unmatched rows, and timings. Nothing is written until the batches are loaded, in one transaction.
/// </summary>
public sealed class ImportPlan
{
    private ImportPlan(string source, string path, IReadOnlyList<GraphBatch> batches, ImportContext context, IReadOnlyList<string> skipped, double gazetteerSeconds, double readSeconds)
    {
        Source = source;
        Path = path;
        Batches = batches;
        Context = context;
        Skipped = skipped;
        GazetteerSeconds = gazetteerSeconds;
        ReadSeconds = readSeconds;
    }

    /// <summary>The source name (or <c>all</c>).</summary>
    public string Source { get; }

    /// <summary>The path given.</summary>
    public string Path { get; }

    /// <summary>The batches to load.</summary>
    public IReadOnlyList<GraphBatch> Batches { get; }

    /// <summary>
    /// The model every batch of <see cref="Batches"/> was checked against (with no problem) before the plan was made;
    /// a load may pass it on as <c>LoadOptions.ValidatedAgainst</c> so that the store does not check them again.
    /// </summary>
    public GraphModel Model => CityNetworksModel.Instance;

    /// <summary>Gazetteer and report.</summary>
    public ImportContext Context { get; }

    /// <summary>Sources <c>all</c> skipped because their folder is absent.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>Seconds spent loading the gazetteer.</summary>
    public double GazetteerSeconds { get; }

    /// <summary>Seconds spent reading the files and resolving their rows.</summary>
    public double ReadSeconds { get; }

    /// <summary>Rows read from every file.</summary>
    public long Rows => Context.Report.Sources.Sum(s => s.Rows);

    /// <summary>Node assertions of every batch.</summary>
    public int NodeAssertions => Batches.Sum(b => b.Nodes.Count);

    /// <summary>Relationship assertions of every batch.</summary>
    public int RelationshipAssertions => Batches.Sum(b => b.Relationships.Count);

    /// <summary>
    /// The default GeoNames file: <c>geonames/cities15000.txt</c> in the data folder for <c>all</c>, the given file
    /// for <c>geonames</c>, else beside the given source's folder (<c>../geonames/cities15000.txt</c>).
    /// </summary>
    public static string DefaultGeoNamesPath(string source, string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (source == "all")
        {
            return System.IO.Path.Combine(full, "geonames", GeoNames.GeoNamesImporter.FileName);
        }
        if (source == "geonames")
        {
            return Directory.Exists(full) ? System.IO.Path.Combine(full, GeoNames.GeoNamesImporter.FileName) : full;
        }
        var folder = Directory.Exists(full) ? full : System.IO.Path.GetDirectoryName(full)!;
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(folder) ?? folder, "geonames", GeoNames.GeoNamesImporter.FileName);
    }

    /// <summary>Reads and checks an import of <paramref name="source"/> (a name of <see cref="Importers.Names"/> or <c>all</c>) from <paramref name="path"/>.</summary>
    /// <exception cref="ImportException">A file is missing or malformed, or the facts do not fit the model; the message names the file and row.</exception>
    public static ImportPlan Prepare(string source, string path, ImportOptions? options = null)
    {
        options ??= new ImportOptions();
        if (source != "all" && !Importers.Names.Contains(source))
        {
            throw new ImportException($"unknown source '{source}' (known: {string.Join(", ", Importers.Names)}, all)");
        }
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new ImportException(path, 0, "no such file or folder");
        }
        var watch = Stopwatch.StartNew();
        var geonames = options.GeoNamesPath ?? DefaultGeoNamesPath(source, path);
        if (!File.Exists(geonames))
        {
            throw new ImportException(geonames, 0, "the GeoNames file is needed to resolve cities: give it with --geonames (or configure Import:GeoNames)");
        }
        var gazetteer = Gazetteer.Load(geonames);
        var gazetteerSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var rules = !options.InferThemes ? Themes.ThemeRules.None
            : options.ThemeRulesPath is { } rulesPath ? Themes.ThemeRules.Load(rulesPath) : Themes.ThemeRules.Default;
        var context = new ImportContext(gazetteer) { Retrieved = options.Retrieved, ThemeRules = rules };
        var skipped = new List<string>();
        // Each source's batches are checked on another thread as soon as the source has been read, while the next
        // source is read; the problems are then listed in batch order, as if checked in turn.
        var validator = new BatchValidator(CityNetworksModel.Instance);
        var checks = new List<Task<List<Problem>>>();
        IReadOnlyList<GraphBatch> batches;
        try
        {
            batches = Importers.Run(source, path, context, skipped, options.GeocodedPartnersPath,
                read => checks.Add(Task.Run(() => read.SelectMany(validator.Validate).ToList())));
        }
        catch
        {
            // A source could not be read: let the checks already started finish before the error reaches the caller.
            Task.WhenAll(checks).ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            throw;
        }
        ThrowIfProblems(checks.SelectMany(check => check.GetAwaiter().GetResult()).ToList());
        return new ImportPlan(source, path, batches, context, skipped, gazetteerSeconds, watch.Elapsed.TotalSeconds);
    }

    private static void ThrowIfProblems(List<Problem> problems)
    {
        if (problems.Count > 0)
        {
            var shown = string.Join(Environment.NewLine, problems.Take(20).Select(p => "  " + p));
            throw new ImportException($"{problems.Count} fact(s) do not fit the model; nothing was written:{Environment.NewLine}{shown}");
        }
    }
}
