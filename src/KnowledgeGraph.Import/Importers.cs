using KnowledgeGraph.Import.GeoNames;
using KnowledgeGraph.Import.KeepEu;
using KnowledgeGraph.Import.MunicipalNetworks;
using KnowledgeGraph.Import.TwinTowns;
using KnowledgeGraph.Import.Unesco;
using KnowledgeGraph.Import.Urbact;

namespace KnowledgeGraph.Import;

/// <summary>The importers by source name, in the order <c>import all</c> runs them (GeoNames first).</summary>
public static class Importers
{
    /// <summary>The source names the CLI accepts, besides <c>all</c>.</summary>
    public static readonly IReadOnlyList<string> Names = ["geonames", "keep-eu", "urbact", "municipal-networks", "twin-towns", "unesco"];

    /// <summary>The importer of a source.</summary>
    public static IDatasetImporter Create(string name, string? geocodedPartnersPath = null) => name switch
    {
        "geonames" => new GeoNamesImporter(),
        "keep-eu" => new KeepEuImporter(geocodedPartnersPath),
        "urbact" => new UrbactImporter(),
        "municipal-networks" => new MunicipalNetworksImporter(),
        "twin-towns" => new TwinTownsImporter(),
        "unesco" => new UnescoImporter(),
        _ => throw new ArgumentException($"unknown source '{name}' (known: {string.Join(", ", Names)}, all)", nameof(name)),
    };

    /// <summary>
    /// The batches of one source, or of every source of a data folder for <c>all</c> (each from its usual folder;
    /// a source whose folder is absent is skipped and named in <paramref name="skipped"/>).
    /// </summary>
    public static IReadOnlyList<Model.Facts.GraphBatch> Run(string source, string path, ImportContext context, List<string> skipped,
        string? geocodedPartnersPath = null)
    {
        if (source != "all")
        {
            return Create(source, geocodedPartnersPath).Import(path, context);
        }
        if (!Directory.Exists(path))
        {
            throw new ImportException(path, 0, "'import all' needs the data folder (such as ../shared/data)");
        }
        // The sources are independent (they share only the gazetteer), so they are read in parallel, each into a
        // report of its own; batches, report entries and errors are then taken in the order of Names, as if read in turn.
        var importers = Names.Select(name => (Name: name, Importer: Create(name, geocodedPartnersPath))).ToList();
        var results = new (IReadOnlyList<Model.Facts.GraphBatch>? Batches, ImportContext? Context, Exception? Error)[importers.Count];
        Parallel.For(0, importers.Count, i =>
        {
            var location = Path.Combine(path, importers[i].Importer.DefaultLocation);
            if (!Directory.Exists(location))
            {
                return;
            }
            var own = new ImportContext(context.Gazetteer) { Retrieved = context.Retrieved };
            try
            {
                results[i] = (importers[i].Importer.Import(location, own), own, null);
            }
            catch (Exception ex)
            {
                results[i] = (null, own, ex);
            }
        });
        var batches = new List<Model.Facts.GraphBatch>();
        for (var i = 0; i < importers.Count; i++)
        {
            var (imported, own, error) = results[i];
            if (error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            }
            if (own is null)
            {
                skipped.Add($"{importers[i].Name} (no folder {Path.Combine(path, importers[i].Importer.DefaultLocation)})");
                continue;
            }
            context.Report.Add(own.Report);
            batches.AddRange(imported!);
        }
        return batches;
    }
}
