using System.Diagnostics;
using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Import.Graph;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Import.TwinTowns;

/// <summary>
/// Imports twin-town pairs (twin_cities.csv: city1, country1, lat1, lng1, city2, country2, lat2, lng2): both cities are
/// resolved by name and country (the coordinates pick among namesakes and reject a far-away one), and each resolved
/// pair is City COOPERATES_WITH City, basis twinning. A pair with an unresolved city is reported.
/// </summary>
public sealed class TwinTownsImporter : IDatasetImporter
{
    private static readonly string[] Columns = ["city1", "country1", "city2", "country2"];

    /// <inheritdoc/>
    public string Name => "twin-towns";

    /// <inheritdoc/>
    public string DefaultLocation => "twin-towns";

    /// <inheritdoc/>
    public IReadOnlyList<GraphBatch> Import(string path, ImportContext context)
    {
        var watch = Stopwatch.StartNew();
        var stats = context.Report.For(Name);
        var file = DatasetPaths.File(path, "twin_cities.csv");
        var label = DatasetPaths.Label(file);
        var dataset = Datasets.TwinTowns;
        var batch = new BatchBuilder(label);
        Facts.Study(batch, dataset, label, context.RetrievedOf(file));
        foreach (var row in CsvTable.Read(file, label, Columns))
        {
            stats.CountRow(row.File);
            var first = Resolve(row, First, context);
            var second = Resolve(row, Second, context);
            if (first is null || second is null)
            {
                continue;
            }
            if (first.City.Id == second.City.Id)
            {
                context.Report.AddUnmatched(Name, row.File, row.Row, "twin pair", $"{row["city1"]} / {row["city2"]}",
                    $"both names resolve to the same city ({first.City.Name}, geonameId {first.City.Id}); the pair is not imported", countsAsCity: false);
                continue;
            }
            var a = Facts.City(batch, dataset, row, first, row["city1"]);
            var b = Facts.City(batch, dataset, row, second, row["city2"]);
            batch.Relationship("COOPERATES_WITH", a, b, Facts.Row(dataset, row), Facts.At(row), ("basis", "twinning"));
        }
        stats.NodesAsserted += batch.NodeCount;
        stats.RelationshipsAsserted += batch.RelationshipCount;
        stats.ReadSeconds += watch.Elapsed.TotalSeconds;
        return [batch.Build()];
    }

    /// <summary>The columns of one city of a pair, named once rather than for every row.</summary>
    private sealed record Side(string Number, string City, string Country, string Latitude, string Longitude)
    {
        public Side(string number) : this(number, "city" + number, "country" + number, "lat" + number, "lng" + number)
        {
        }
    }

    private static readonly Side First = new("1");
    private static readonly Side Second = new("2");

    private CityMatch? Resolve(CsvRow row, Side side, ImportContext context)
    {
        var name = row[side.City];
        var countryText = row[side.Country];
        var country = CountryCodes.Resolve(countryText);
        var match = context.Gazetteer.Resolve(name, country, out var reason, Values.Decimal(row[side.Latitude]), Values.Decimal(row[side.Longitude]));
        if (match is null)
        {
            context.Report.AddUnmatched(Name, row.File, row.Row, $"twin city {side.Number}", $"{name} ({countryText})",
                reason + (country is null && countryText is not null ? $"; the country '{countryText}' is unknown" : "") + "; the pair is not imported");
        }
        else
        {
            context.Report.For(Name).CountMatch(match.Method);
        }
        return match;
    }
}
