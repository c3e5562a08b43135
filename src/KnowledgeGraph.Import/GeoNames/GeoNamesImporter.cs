using System.Diagnostics;
using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Import.Graph;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Import.GeoNames;

/// <summary>
/// Imports a GeoNames dump (cities15000.txt): a City node per line (name, ASCII name and a bounded set of Latin-script
/// alternate names as aliases; geonamesId, countryCode, population, latitude, longitude) IN_COUNTRY its Country.
/// </summary>
public sealed class GeoNamesImporter : IDatasetImporter
{
    /// <summary>At most this many alternate names per city become aliases, so the store stays small.</summary>
    public const int MaxAliases = 15;

    /// <summary>The default file name.</summary>
    public const string FileName = "cities15000.txt";

    /// <inheritdoc/>
    public string Name => "geonames";

    /// <inheritdoc/>
    public string DefaultLocation => "geonames";

    /// <inheritdoc/>
    public IReadOnlyList<GraphBatch> Import(string path, ImportContext context)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, FileName) : path;
        var label = DatasetPaths.Label(file);
        var stats = context.Report.For(Name);
        var watch = Stopwatch.StartNew();
        var dataset = Datasets.GeoNames;
        var records = Records(file, label, context.Gazetteer);
        // A node and an IN_COUNTRY relationship per city (and a few hundred countries).
        var batch = new BatchBuilder(label, records is IReadOnlyCollection<GeoNamesRecord> known ? known.Count + 300 : 0);
        Facts.Study(batch, dataset, label, context.RetrievedOf(file));
        foreach (var city in records)
        {
            stats.CountRow(label);
            var source = Facts.Row(dataset, label, city.Row);
            var id = Facts.CityId(city.Id);
            batch.Node("City", id, city.Name, source, new Origin(label, (int)city.Row, 1));
            foreach (var alias in Aliases(city))
            {
                batch.Alias(id, alias);
            }
            batch.Claim(id, "geonamesId", city.Id, source);
            batch.Claim(id, "countryCode", city.CountryCode, source);
            if (city.Population > 0)
            {
                batch.Claim(id, "population", city.Population, source);
            }
            batch.Claim(id, "latitude", city.Latitude, source);
            batch.Claim(id, "longitude", city.Longitude, source);
            var country = Facts.Country(batch, city.CountryCode, source);
            batch.Relationship("IN_COUNTRY", id, country, source);
            stats.CountMatch("GeoNames city");
        }
        stats.NodesAsserted += batch.NodeCount;
        stats.RelationshipsAsserted += batch.RelationshipCount;
        stats.ReadSeconds += watch.Elapsed.TotalSeconds;
        return [batch.Build()];
    }

    /// <summary>
    /// The file's records: those the gazetteer already read when it was loaded from this very file (<c>import all</c>
    /// resolves against the file it imports), else the file read now.
    /// </summary>
    private static IEnumerable<GeoNamesRecord> Records(string file, string label, Gazetteer gazetteer) =>
        gazetteer.SourcePath is { } read && string.Equals(read, Path.GetFullPath(file), StringComparison.Ordinal)
            ? gazetteer.Records
            : GeoNamesFile.Read(file, label);

    /// <summary>The ASCII name and up to <see cref="MaxAliases"/> Latin-script alternate names, without duplicates or codes.</summary>
    public static IEnumerable<string> Aliases(GeoNamesRecord city)
    {
        // At most MaxAliases + 2 names are ever kept: a list scanned is cheaper than a hash set per city.
        var seen = new List<string>(4) { city.Name };
        var count = 0;
        if (city.AsciiName.Length > 0 && AddNew(seen, city.AsciiName))
        {
            yield return city.AsciiName;
        }
        foreach (var name in city.AlternateNames)
        {
            if (count >= MaxAliases)
            {
                yield break;
            }
            if (IsLatin(name) && !IsCode(name) && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && AddNew(seen, name))
            {
                count++;
                yield return name;
            }
        }
    }

    private static bool AddNew(List<string> seen, string name)
    {
        foreach (var other in seen)
        {
            if (string.Equals(other, name, StringComparison.Ordinal))
            {
                return false;
            }
        }
        seen.Add(name);
        return true;
    }

    // Loops rather than LINQ: these run on every alternate name of every city.
    private static bool IsLatin(string name)
    {
        if (name.Length <= 1)
        {
            return false;
        }
        foreach (var c in name)
        {
            if (char.IsLetter(c) && c > '\u024F' && c is not (>= '\u1E00' and <= '\u1EFF'))
            {
                return false;
            }
        }
        return true;
    }

    // Airport and other codes ("TRN", "ALV") are not names.
    // A name with an ASCII letter or digit folds to a non-empty key: only the others need folding to tell.
    private static bool IsCode(string name) => name.Length <= 4 && IsUpperOrDigits(name) ||
        (!name.AsSpan().ContainsAny(AsciiLettersAndDigits) && TextKey.Normalize(name).Length == 0);

    private static bool IsUpperOrDigits(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsUpper(c) && !char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
