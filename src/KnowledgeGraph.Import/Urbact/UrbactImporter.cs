using System.Diagnostics;
using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Import.Graph;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Import.Urbact;

/// <summary>
/// Imports URBACT networks (networks.csv) and their city memberships (memberships.csv). An URBACT network is a
/// project funded by an URBACT phase: Project FUNDED_BY Programme "URBACT I|II|III" (PART_OF "URBACT"), ADDRESSES the
/// themes of its keywords, and every member City is PARTNER_IN it as lead partner or partner.
/// </summary>
public sealed class UrbactImporter : IDatasetImporter
{
    private static readonly string[] NetworkColumns = ["Code_Network", "Name", "Main.Key.Word", "Additionnal.key.words", "Url", "Start", "End", "Phase"];
    private static readonly string[] MembershipColumns = ["Code_Network", "NameCity", "Country", "City.Statut", "geonameId"];

    /// <inheritdoc/>
    public string Name => "urbact";

    /// <inheritdoc/>
    public string DefaultLocation => "urbact";

    /// <summary>The id of an URBACT network's Project: <c>project:urbact:2nd-chance</c> (shared with keep.eu's URBACT III projects).</summary>
    public static string ProjectId(string name) => "project:urbact:" + Ids.Slug(name, 80);

    /// <summary>What a network says of itself, read by the theme rules: its name, description and aims (networks.csv).</summary>
    public static (string Field, string? Text)[] ThemeFields(CsvRow row) =>
        [("name", row["Name"]), ("description", row["Description"]), ("aims", row["Aims"])];

    /// <inheritdoc/>
    public IReadOnlyList<GraphBatch> Import(string path, ImportContext context)
    {
        var watch = Stopwatch.StartNew();
        var stats = context.Report.For(Name);
        var networksFile = DatasetPaths.File(path, "networks.csv");
        var membershipsFile = DatasetPaths.File(path, "memberships.csv");
        var dataset = Datasets.Urbact;
        var batch = new BatchBuilder(DatasetPaths.Label(networksFile));
        Facts.Study(batch, dataset, DatasetPaths.Label(networksFile), context.RetrievedOf(networksFile));
        var byCode = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in CsvTable.Read(networksFile, DatasetPaths.Label(networksFile), NetworkColumns))
        {
            stats.CountRow(row.File);
            if (row["Code_Network"] is not { } code || row["Name"] is not { } name)
            {
                context.Report.AddUnmatched(Name, row.File, row.Row, "network", row["Name"] ?? "", "the network has no code or no name; it is not imported", countsAsCity: false);
                continue;
            }
            var id = ProjectId(name);
            if (!byCode.TryAdd(code, id))
            {
                throw row.Error($"the network code '{code}' is used twice");
            }
            var source = Facts.Row(dataset, row);
            batch.Node("Project", id, name, source, Facts.At(row), row["Description"]);
            batch.Claim(id, "url", Values.Url(row["Url"]), source);
            batch.Claim(id, "startDate", Values.Year(row["Start"])?.ToString(System.Globalization.CultureInfo.InvariantCulture), source);
            batch.Claim(id, "endDate", Values.Year(row["End"])?.ToString(System.Globalization.CultureInfo.InvariantCulture), source);
            if (Phase(row["Phase"]) is { } phase)
            {
                var programmeId = "programme:" + Ids.Slug(phase);
                batch.Node("Programme", programmeId, phase, source, Facts.At(row));
                batch.Relationship("FUNDED_BY", id, programmeId, source, Facts.At(row));
                var parent = new Source(dataset.StudyId, Certainty.Inferred) { Dataset = row.File, Note = "URBACT I, II and III are the phases of the URBACT programme" };
                batch.Node("Programme", "programme:urbact", "URBACT", parent);
                batch.Relationship("PART_OF", programmeId, "programme:urbact", parent);
            }
            var labels = Keywords(row["Main.Key.Word"]).Concat(Keywords(row["Additionnal.key.words"])).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var label in labels)
            {
                Facts.Addresses(batch, dataset, row, id, label);
            }
            Facts.InferredAddresses(batch, dataset, row, id, context.Rules, Facts.ThemeIdsOf(labels),
                ThemeFields(row));
        }

        foreach (var row in CsvTable.Read(membershipsFile, DatasetPaths.Label(membershipsFile), MembershipColumns))
        {
            stats.CountRow(row.File);
            var code = row["Code_Network"] ?? "";
            var source = Facts.Row(dataset, row);
            if (!byCode.TryGetValue(code, out var projectId))
            {
                if (row["Network"] is not { } networkName)
                {
                    context.Report.AddUnmatched(Name, row.File, row.Row, "network", code, "the network code is not in networks.csv and the row names no network; the membership is not imported", countsAsCity: false);
                    continue;
                }
                projectId = ProjectId(networkName);
                batch.Node("Project", projectId, networkName, source, Facts.At(row));
                byCode[code] = projectId;
            }
            var cityId = City(batch, dataset, row, context);
            if (cityId is null)
            {
                continue;
            }
            var role = (row["City.Statut"] ?? "").Contains("lead", StringComparison.OrdinalIgnoreCase) ? "lead" : "partner";
            batch.Relationship("PARTNER_IN", cityId, projectId, source, Facts.At(row),
                ("role", role), ("startYear", (long?)Values.Year(row["Start"])), ("endYear", (long?)Values.Year(row["End"])));
        }
        stats.NodesAsserted += batch.NodeCount;
        stats.RelationshipsAsserted += batch.RelationshipCount;
        stats.ReadSeconds += watch.Elapsed.TotalSeconds;
        return [batch.Build()];
    }

    private static string? City(BatchBuilder batch, DatasetInfo dataset, CsvRow row, ImportContext context)
    {
        var stats = context.Report.For("urbact");
        var name = row["NameCity"];
        var country = CountryCodes.Resolve(row["Country"]);
        var lat = Values.Decimal(row["lat_GN"]);
        var lon = Values.Decimal(row["lng_GN"]);
        if (Values.Integer(row["geonameId"]) is { } geonameId)
        {
            if (context.Gazetteer.ById(geonameId) is { } city)
            {
                stats.CountMatch("matched by geonameId");
                return Facts.City(batch, dataset, row, new CityMatch(city, "matched by geonameId"), name);
            }
            stats.CountMatch("matched by geonameId outside the gazetteer");
            return Facts.CityOutsideGazetteer(batch, dataset, row, geonameId, row["asciiName"] ?? name ?? geonameId.ToString(System.Globalization.CultureInfo.InvariantCulture), country, lat, lon);
        }
        if (context.Gazetteer.Resolve(name, country, out var reason, lat, lon) is { } match)
        {
            stats.CountMatch(match.Method);
            return Facts.City(batch, dataset, row, match, name);
        }
        context.Report.AddUnmatched("urbact", row.File, row.Row, "member city", $"{name} ({row["Country"]})", reason + "; the membership is not imported");
        return null;
    }

    /// <summary>The programme of a phase: "Urbact III" → "URBACT III".</summary>
    public static string? Phase(string? phase)
    {
        if (Values.Text(phase) is not { } p)
        {
            return null;
        }
        if (!p.StartsWith("Urbact", StringComparison.OrdinalIgnoreCase))
        {
            return p;
        }
        var rest = p["Urbact".Length..].Trim();
        return rest.Length == 0 ? "URBACT" : "URBACT " + rest.ToUpperInvariant();
    }

    /// <summary>Keywords separated by '/' ("Abandoned Spaces / Culture & Heritage/ Carbon Neutrality").</summary>
    private static IEnumerable<string> Keywords(string? field) =>
        field is null ? [] : field.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(k => Values.Text(k) is not null);
}
