using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Import.Graph;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Import.MunicipalNetworks;

/// <summary>
/// Imports memberships of European municipal networks (the ETMUN files: networks.csv and memberships.csv). Each network
/// is a Network (acronym, url). A member that is a municipal authority whose locality resolves is a City MEMBER_OF the
/// network; any other member (or a municipality the gazetteer lacks, which is reported) is an Organisation MEMBER_OF it,
/// LOCATED_IN its city when the locality resolves, else IN_COUNTRY its country. Status and year of joining are kept.
/// </summary>
public sealed class MunicipalNetworksImporter : IDatasetImporter
{
    private static readonly string[] NetworkColumns = ["Name", "Acronym", "Code", "Url"];
    private static readonly string[] MembershipColumns = ["Full_Name", "Locality_Siege", "CountryCode", "Statut", "Entity", "Year_of_Joining", "Network_Name", "Code_Network"];

    /// <summary>Entity types that are a city's own authority: such members are the city itself.</summary>
    public static readonly IReadOnlySet<string> MunicipalEntities =
        new HashSet<string>(["City", "Municipality", "Municipal Authority", "Municipal Administration", "Town", "Local Authority"], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public string Name => "municipal-networks";

    /// <inheritdoc/>
    public string DefaultLocation => "city-networks-etmun";

    /// <summary>The network id from its acronym: <c>network:eurocities</c>.</summary>
    public static string NetworkId(string acronymOrName) => "network:" + Ids.Slug(CleanAcronym(acronymOrName), 80);

    /// <summary>The acronym without the notes some rows add ("AMPHICTYONY / (refounded as EGTC in 2008)" → "AMPHICTYONY").</summary>
    public static string CleanAcronym(string acronym)
    {
        var cut = acronym.IndexOfAny(['/', '(']);
        var clean = (cut > 0 ? acronym[..cut] : acronym).Trim();
        return clean.Length == 0 ? acronym.Trim() : clean;
    }

    /// <summary>What a network says of itself, read by the theme rules: its name, acronym and aims (networks.csv).</summary>
    public static (string Field, string? Text)[] ThemeFields(CsvRow row) =>
        [("name", row["Name"]), ("acronym", row["Acronym"]), ("aims", row["Aims"])];

    /// <inheritdoc/>
    public IReadOnlyList<GraphBatch> Import(string path, ImportContext context)
    {
        var watch = Stopwatch.StartNew();
        var stats = context.Report.For(Name);
        var networksFile = DatasetPaths.File(path, "networks.csv");
        var membershipsFile = DatasetPaths.File(path, "memberships.csv");
        var dataset = Datasets.MunicipalNetworks;
        var batch = new BatchBuilder(DatasetPaths.Label(membershipsFile));
        Facts.Study(batch, dataset, DatasetPaths.Label(membershipsFile), context.RetrievedOf(membershipsFile));
        var byCode = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in CsvTable.Read(networksFile, DatasetPaths.Label(networksFile), NetworkColumns))
        {
            stats.CountRow(row.File);
            var name = row["Name"] ?? throw row.Error("the network name is empty");
            var acronym = row["Acronym"] is { } a ? CleanAcronym(a) : null;
            var id = NetworkId(acronym ?? name);
            var source = Facts.Row(dataset, row);
            batch.Node("Network", id, name, source, Facts.At(row), row["Aims"]);
            batch.Claim(id, "acronym", acronym, source);
            batch.Claim(id, "url", Values.Url(row["Url"]), source);
            if (acronym is not null && !string.Equals(acronym, name, StringComparison.OrdinalIgnoreCase))
            {
                batch.Alias(id, acronym);
            }
            if (row["Code"] is { } code)
            {
                byCode.TryAdd(code, id);
            }
            Facts.InferredAddresses(batch, dataset, row, id, context.Rules, [],
                ThemeFields(row));
        }
        foreach (var row in CsvTable.Read(membershipsFile, DatasetPaths.Label(membershipsFile), MembershipColumns))
        {
            stats.CountRow(row.File);
            Member(batch, dataset, row, byCode, context);
        }
        stats.NodesAsserted += batch.NodeCount;
        stats.RelationshipsAsserted += batch.RelationshipCount;
        stats.ReadSeconds += watch.Elapsed.TotalSeconds;
        return [batch.Build()];
    }

    private void Member(BatchBuilder batch, DatasetInfo dataset, CsvRow row, Dictionary<string, string> byCode, ImportContext context)
    {
        var source = Facts.Row(dataset, row);
        var networkName = row["Network_Name"];
        if (row["Code_Network"] is not { } code || !byCode.TryGetValue(code, out var networkId))
        {
            if (networkName is null)
            {
                throw row.Error("the row names no network (Code_Network and Network_Name are empty)");
            }
            networkId = NetworkId(networkName);
            if (!batch.HasNode(networkId))
            {
                batch.Node("Network", networkId, networkName, source, Facts.At(row));
            }
        }
        if ((row["Full_Name"] ?? row["Locality_Siege"]) is not { } member)
        {
            context.Report.AddUnmatched(Name, row.File, row.Row, "member", "", "the member has no name (NA); the row is not imported", countsAsCity: false);
            return;
        }
        var locality = row["Locality_Siege"] ?? member;
        var country = CountryCodes.Resolve(row["CountryName"]) ?? CountryCodes.Resolve(row["CountryCode"]);
        var lat = Values.Decimal(row["lat"]);
        var lon = Values.Decimal(row["lon"]);
        var isMunicipal = row["Entity"] is { } entity && MunicipalEntities.Contains(entity);
        var claims = new (string, object?)[] { ("status", row["Statut"]), ("since", Values.Year(row["Year_of_Joining"])?.ToString(CultureInfo.InvariantCulture)) };

        var match = context.Gazetteer.Resolve(isMunicipal ? member : locality, country, out var reason, lat, lon);
        if (match is null && isMunicipal && locality != member)
        {
            match = context.Gazetteer.Resolve(locality, country, out _, lat, lon);
        }
        var stats = context.Report.For(Name);
        if (match is not null)
        {
            stats.CountMatch(match.Method);
        }
        else
        {
            context.Report.AddUnmatched(Name, row.File, row.Row, isMunicipal ? "member city" : "member's locality",
                $"{(isMunicipal ? member : locality)} ({row["CountryCode"]})",
                reason + (isMunicipal ? "; the member is imported as an organisation in its country" : "; the organisation is linked to its country only"));
        }
        if (isMunicipal && match is not null)
        {
            var cityId = Facts.City(batch, dataset, row, match, member);
            batch.Relationship("MEMBER_OF", cityId, networkId, source, Facts.At(row), claims);
            return;
        }
        var orgId = country is null ? $"org:etmun:{Ids.Slug(member, 120)}" : $"org:etmun:{country.ToLowerInvariant()}:{Ids.Slug(member, 120)}";
        batch.Node("Organisation", orgId, member, source, Facts.At(row));
        batch.Relationship("MEMBER_OF", orgId, networkId, source, Facts.At(row), claims);
        if (match is not null)
        {
            var cityId = Facts.City(batch, dataset, row, match, locality);
            batch.Relationship("LOCATED_IN", orgId, cityId, Facts.Row(dataset, row, $"locality '{locality}' {match.Method}"), Facts.At(row));
        }
        else if (country is not null)
        {
            batch.Relationship("IN_COUNTRY", orgId, Facts.Country(batch, country, source), source, Facts.At(row));
        }
    }
}
