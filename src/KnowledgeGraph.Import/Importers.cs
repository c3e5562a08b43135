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
    /// a source whose folder is absent is skipped and named in <paramref name="skipped"/>). <paramref name="sourceRead"/>,
    /// when given, receives each source's batches as soon as that source has been read, in source order.
    /// </summary>
    public static IReadOnlyList<Model.Facts.GraphBatch> Run(string source, string path, ImportContext context, List<string> skipped,
        string? geocodedPartnersPath = null, Action<IReadOnlyList<Model.Facts.GraphBatch>>? sourceRead = null)
    {
        if (source != "all")
        {
            var read = Create(source, geocodedPartnersPath).Import(path, context);
            sourceRead?.Invoke(read);
            return read;
        }
        if (!Directory.Exists(path))
        {
            throw new ImportException(path, 0, "'import all' needs the data folder (such as ../shared/data)");
        }
        var batches = new List<Model.Facts.GraphBatch>();
        foreach (var name in Names)
        {
            var importer = Create(name, geocodedPartnersPath);
            var location = Path.Combine(path, importer.DefaultLocation);
            if (!Directory.Exists(location))
            {
                skipped.Add($"{name} (no folder {location})");
                continue;
            }
            var read = importer.Import(location, context);
            sourceRead?.Invoke(read);
            batches.AddRange(read);
        }
        return batches;
    }
}
