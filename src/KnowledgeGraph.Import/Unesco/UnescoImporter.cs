using System.Diagnostics;
using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Import.Graph;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Import.Unesco;

/// <summary>
/// Imports the UNESCO Creative Cities Network (cities.csv: City Name, Category, Description, Link): the network is a
/// Network ADDRESSING creative industries and each creative field; every member City is MEMBER_OF it with its creative
/// field as status. The file gives no country: a city resolves by the importer's table of known members, else by name,
/// preferring a namesake in a country its description names (under any variant of the name), else the most populous.
/// </summary>
public sealed class UnescoImporter : IDatasetImporter
{
    /// <summary>The network's id.</summary>
    public const string NetworkId = "network:unesco-creative-cities-network";

    private static readonly string[] Columns = ["City Name", "Category"];

    /// <inheritdoc/>
    public string Name => "unesco";

    /// <inheritdoc/>
    public string DefaultLocation => "unesco-creative-cities";

    /// <inheritdoc/>
    public IReadOnlyList<GraphBatch> Import(string path, ImportContext context)
    {
        var watch = Stopwatch.StartNew();
        var stats = context.Report.For(Name);
        var file = DatasetPaths.File(path, "cities.csv");
        var label = DatasetPaths.Label(file);
        var dataset = Datasets.Unesco;
        var batch = new BatchBuilder(label);
        Facts.Study(batch, dataset, label, context.RetrievedOf(file));
        var catalogue = new Source(dataset.StudyId, Certainty.Inferred) { Dataset = label, Note = Facts.CatalogueNote };
        batch.Node("Network", NetworkId, "UNESCO Creative Cities Network", catalogue);
        batch.Alias(NetworkId, "UCCN");
        batch.Claim(NetworkId, "acronym", "UCCN", catalogue);
        batch.Claim(NetworkId, "url", dataset.Url, catalogue);
        foreach (var row in CsvTable.Read(file, label, Columns))
        {
            stats.CountRow(row.File);
            var name = row["City Name"];
            if (row["Category"] is not { } field)
            {
                context.Report.AddUnmatched(Name, row.File, row.Row, "creative field", name ?? "", "the creative field (Category) is empty; the row is not imported", countsAsCity: false);
                continue;
            }
            Facts.Addresses(batch, dataset, row, NetworkId, field);
            var match = Resolve(context.Gazetteer, name, field, row["Description"], out var reason);
            if (match is null)
            {
                context.Report.AddUnmatched(Name, row.File, row.Row, "creative city", name ?? "", reason + "; the membership is not imported");
                continue;
            }
            stats.CountMatch(match.Method);
            var cityId = Facts.City(batch, dataset, row, match, name);
            batch.Relationship("MEMBER_OF", cityId, NetworkId, Facts.Row(dataset, row), Facts.At(row), ("status", field));
        }
        stats.NodesAsserted += batch.NodeCount;
        stats.RelationshipsAsserted += batch.RelationshipCount;
        stats.ReadSeconds += watch.Elapsed.TotalSeconds;
        return [batch.Build()];
    }

    /// <summary>
    /// A member city: a known member (<see cref="KnownMembers"/>), else by name, preferring a namesake in a country
    /// the description names, else the most populous namesake.
    /// </summary>
    private static CityMatch? Resolve(Gazetteer gazetteer, string? name, string field, string? description, out string reason)
    {
        if (KnownMembers.Find(name, field) is { } id && gazetteer.ById(id) is { } known)
        {
            reason = "";
            return new CityMatch(known, KnownMembers.Method);
        }
        var mentioned = CountryCodes.MentionedIn(description);
        return gazetteer.Resolve(name, null, out reason, preferredCountries: mentioned.Count > 0 ? [.. mentioned] : null);
    }
}
