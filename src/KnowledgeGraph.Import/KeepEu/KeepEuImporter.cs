using System.Diagnostics;
using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Import.Graph;
using KnowledgeGraph.Import.Reporting;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Import.KeepEu;

/// <summary>
/// Imports keep.eu's export of projects (projects.csv) and partners (partners.csv): Project FUNDED_BY Programme
/// (PART_OF Interreg 2014-2020), ADDRESSES Theme; Organisation PARTNER_IN Project and LOCATED_IN City. The city of a
/// partner comes from the geocoded partners file (joined on organisation name and country) when it is there, else from
/// the partner's town through the gazetteer; otherwise the row is reported and the organisation is IN_COUNTRY its country.
/// </summary>
public sealed class KeepEuImporter(string? geocodedPartnersPath = null) : IDatasetImporter
{
    /// <summary>The parent programme every keep.eu programme of the export belongs to.</summary>
    public const string ParentProgrammeId = "programme:interreg-2014-2020";

    private static readonly string[] ProjectColumns =
        ["Programme", "Acronym", "Project Name", "Budget", "EU Funding", "Website", "Thematic1", "Thematic2", "Thematic3", "Project start", "Project end"];

    private static readonly string[] ThematicColumns = ["Thematic1", "Thematic2", "Thematic3"];

    private static readonly string[] PartnerColumns = ["Programme", "Acronym", "Project Partner", "Lead Partner", "Town", "Country"];

    private static readonly string[] GeocodedColumns = ["Project.Partner", "Town", "CountryISO", "geonameId"];

    /// <inheritdoc/>
    public string Name => "keep-eu";

    /// <inheritdoc/>
    public string DefaultLocation => "interreg-2014-2020";

    /// <inheritdoc/>
    public IReadOnlyList<GraphBatch> Import(string path, ImportContext context)
    {
        var watch = Stopwatch.StartNew();
        var stats = context.Report.For(Name);
        var projectsFile = DatasetPaths.File(path, "projects.csv");
        var partnersFile = DatasetPaths.File(path, "partners.csv");
        var geocodedFile = geocodedPartnersPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(partnersFile))!, "..", "interreg-partners-geocoded", "partners.csv");
        var dataset = Datasets.KeepEu;
        var batch = new BatchBuilder(DatasetPaths.Label(projectsFile));
        Facts.Study(batch, dataset, DatasetPaths.Label(projectsFile), context.RetrievedOf(projectsFile));

        var projects = CsvTable.Read(projectsFile, DatasetPaths.Label(projectsFile), ProjectColumns).ToList();
        var partners = CsvTable.Read(partnersFile, DatasetPaths.Label(partnersFile), PartnerColumns).ToList();
        var names = new ProjectNames(projects.Concat(partners));
        var urlUse = projects.GroupBy(r => (r["Programme"], r["Website"])).ToDictionary(g => g.Key, g => g.Select(r => r["Acronym"]).Distinct().Count());

        foreach (var row in projects)
        {
            stats.CountRow(row.File);
            if (row["Programme"] is null || row["Acronym"] is null)
            {
                context.Report.AddUnmatched(Name, row.File, row.Row, "project", row["Project Name"] ?? "", "the row has no programme or no acronym; it is not imported", countsAsCity: false);
                continue;
            }
            var projectId = Project(batch, dataset, row, names);
            var source = Facts.Row(dataset, row);
            batch.Claim(projectId, "title", row["Project Name"], source);
            batch.Claim(projectId, "budget", Values.Money(row["Budget"]), source);
            batch.Claim(projectId, "euFunding", Values.Money(row["EU Funding"]), source);
            batch.Claim(projectId, "startDate", Values.Date(row["Project start"]), source);
            batch.Claim(projectId, "endDate", Values.Date(row["Project end"]), source);
            // keep.eu often gives the programme's site as "Website": only a site that names one project is the project's.
            if (urlUse.GetValueOrDefault((row["Programme"], row["Website"])) == 1)
            {
                batch.Claim(projectId, "url", Values.Url(row["Website"]), source);
            }
            foreach (var column in ThematicColumns)
            {
                if (row[column] is { } label)
                {
                    Facts.Addresses(batch, dataset, row, projectId, label);
                }
            }
            Facts.InferredAddresses(batch, dataset, row, projectId, context.Rules, Facts.ThemeIdsOf(ThematicColumns.Select(c => row[c])),
                ThemeFields(row));
        }

        var geocoded = ReadGeocoded(geocodedFile, stats);
        if (geocoded.Count > 0)
        {
            Facts.Study(batch, Datasets.KeepEuGeocoded, DatasetPaths.Label(geocodedFile), context.RetrievedOf(geocodedFile));
        }
        var orgNames = new OrganisationNames(partners);
        foreach (var row in partners)
        {
            stats.CountRow(row.File);
            if (row["Programme"] is null || row["Acronym"] is null || row["Project Partner"] is null)
            {
                context.Report.AddUnmatched(Name, row.File, row.Row, "partner", row["Project Partner"] ?? "", "the row has no programme, acronym or organisation; it is not imported", countsAsCity: false);
                continue;
            }
            Partner(batch, dataset, row, names, orgNames, geocoded, context);
        }
        stats.NodesAsserted += batch.NodeCount;
        stats.RelationshipsAsserted += batch.RelationshipCount;
        stats.ReadSeconds += watch.Elapsed.TotalSeconds;
        return [batch.Build()];
    }

    /// <summary>What a project says of itself, read by the theme rules: its name, acronym and description (projects.csv).</summary>
    public static (string Field, string? Text)[] ThemeFields(CsvRow row) =>
        [("name", row["Project Name"]), ("acronym", row["Acronym"]), ("description", row["Description EN"])];

    /// <summary>Asserts the project a row names, with its programme; null when the row names no project.</summary>
    private static string Project(BatchBuilder batch, DatasetInfo dataset, CsvRow row, ProjectNames names)
    {
        var programme = row["Programme"]!;
        var acronym = row["Acronym"]!;
        var source = Facts.Row(dataset, row);
        var projectId = names.Id(programme, acronym);
        batch.Node("Project", projectId, names.Name(programme, acronym), source, Facts.At(row), row["Description EN"]);
        batch.Claim(projectId, "acronym", acronym, source);
        var programmeId = KeepEuProgramme.Id(programme);
        batch.Node("Programme", programmeId, KeepEuProgramme.Name(programme), source, Facts.At(row));
        batch.Claim(programmeId, "period", KeepEuProgramme.Period(programme), source);
        batch.Relationship("FUNDED_BY", projectId, programmeId, source, Facts.At(row));
        var parentSource = new Source(dataset.StudyId, Certainty.Inferred)
        {
            Dataset = row.File,
            Note = "every programme of keep.eu's Interreg 2014-2020 export is part of Interreg 2014-2020",
        };
        batch.Node("Programme", ParentProgrammeId, "Interreg 2014-2020", parentSource);
        batch.Claim(ParentProgrammeId, "period", "2014-2020", parentSource);
        batch.Relationship("PART_OF", programmeId, ParentProgrammeId, parentSource);
        return projectId;
    }

    private static void Partner(BatchBuilder batch, DatasetInfo dataset, CsvRow row, ProjectNames names, OrganisationNames orgNames,
        Dictionary<(string, string), CsvRow> geocoded, ImportContext context)
    {
        var programme = row["Programme"]!;
        var acronym = row["Acronym"]!;
        var projectId = names.Id(programme, acronym);
        if (!batch.HasNode(projectId))
        {
            Project(batch, dataset, row, names);
        }
        var source = Facts.Row(dataset, row);
        var name = row["Project Partner"]!;
        var country = CountryCodes.Resolve(row["Country"]) ?? CountryCodes.Resolve(row["Country code"]);
        var orgId = OrganisationNames.Id(name, country);
        batch.Node("Organisation", orgId, orgNames.Name(name, country), source, Facts.At(row));
        var legal = row["Legal Status"]?.ToLowerInvariant();
        batch.Claim(orgId, "legalStatus", legal, source);
        var lead = string.Equals(row["Lead Partner"], "Yes", StringComparison.OrdinalIgnoreCase);
        batch.Relationship("PARTNER_IN", orgId, projectId, source, Facts.At(row), ("role", lead ? "lead" : "partner"));

        var stats = context.Report.For("keep-eu");
        var town = row["Town"];
        if (country is not null && geocoded.TryGetValue((TextKey.Normalize(name), country), out var geo) &&
            Values.Integer(geo["geonameId"]) is { } geonameId)
        {
            string cityId;
            if (context.Gazetteer.ById(geonameId) is { } city)
            {
                cityId = Facts.City(batch, Datasets.KeepEuGeocoded, geo, new CityMatch(city, "matched by geonameId (geocoded partners file, joined on organisation name and country)"), geo["Town"]);
                stats.CountMatch("matched by geonameId (geocoded partners)");
            }
            else
            {
                cityId = Facts.CityOutsideGazetteer(batch, Datasets.KeepEuGeocoded, geo, geonameId, geo["asciiName"] ?? town ?? name, country,
                    Values.Decimal(geo["lat_GN"]), Values.Decimal(geo["lng_GN"]));
                stats.CountMatch("matched by geonameId outside the gazetteer (geocoded partners)");
            }
            batch.Relationship("LOCATED_IN", orgId, cityId, Facts.Row(Datasets.KeepEuGeocoded, geo, "organisation joined to the geocoded partners file on its name and country"), Facts.At(row));
            batch.Relationship("LOCATED_IN", orgId, cityId, source, Facts.At(row));
            return;
        }
        if (context.Gazetteer.Resolve(town, country, out var reason) is { } match)
        {
            var cityId = Facts.City(batch, dataset, row, match, town);
            batch.Relationship("LOCATED_IN", orgId, cityId, Facts.Row(dataset, row, $"partner town '{town}' {match.Method}"), Facts.At(row));
            stats.CountMatch(match.Method);
            return;
        }
        context.Report.AddUnmatched("keep-eu", row.File, row.Row, "partner town", $"{town} ({row["Country"]})",
            reason + (country is null ? "; the country is unknown too" : "; the organisation is linked to its country only"));
        if (country is not null)
        {
            batch.Relationship("IN_COUNTRY", orgId, Facts.Country(batch, country, source), source, Facts.At(row));
        }
    }

    private static Dictionary<(string, string), CsvRow> ReadGeocoded(string file, SourceStats stats)
    {
        var byOrganisation = new Dictionary<(string, string), CsvRow>();
        if (!File.Exists(file))
        {
            return byOrganisation;
        }
        foreach (var row in CsvTable.Read(file, DatasetPaths.Label(file), GeocodedColumns))
        {
            stats.CountRow(row.File);
            var country = CountryCodes.Resolve(row["CountryISO"]) ?? CountryCodes.Resolve(row["Country"]);
            if (row["Project.Partner"] is { } name && country is not null && Values.Integer(row["geonameId"]) is not null)
            {
                byOrganisation.TryAdd((TextKey.Normalize(name), country), row);
            }
        }
        return byOrganisation;
    }
}
