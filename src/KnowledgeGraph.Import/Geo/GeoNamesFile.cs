using System.Globalization;

namespace KnowledgeGraph.Import.Geo;

/// <summary>
/// Reads the GeoNames dump format: tab-separated UTF-8, no header, 19 columns (geonameid, name, asciiname,
/// alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1–4 codes,
/// population, elevation, dem, timezone, modification date).
/// </summary>
public static class GeoNamesFile
{
    /// <summary>The number of columns of the format.</summary>
    public const int Columns = 19;

    /// <summary>Reads every line of <paramref name="path"/>; <paramref name="label"/> names the file in messages.</summary>
    public static IEnumerable<GeoNamesRecord> Read(string path, string label)
    {
        if (!File.Exists(path))
        {
            throw new ImportException(label, 0, $"file not found ({path})");
        }
        return ReadIterator(path, label);
    }

    private static IEnumerable<GeoNamesRecord> ReadIterator(string path, string label)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        long row = 0;
        while (reader.ReadLine() is { } line)
        {
            row++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length < 15)
            {
                throw new ImportException(label, row, $"has {f.Length} tab-separated column(s); the GeoNames format has {Columns}");
            }
            if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw new ImportException(label, row, $"the geonameid '{f[0]}' is not a number");
            }
            if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) ||
                !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                throw new ImportException(label, row, $"latitude '{f[4]}' or longitude '{f[5]}' is not a number");
            }
            if (f[1].Trim().Length == 0 || f[8].Trim().Length != 2)
            {
                throw new ImportException(label, row, "a city needs a name and a two-letter country code");
            }
            _ = long.TryParse(f[14], NumberStyles.None, CultureInfo.InvariantCulture, out var population);
            var alternates = f[3].Length == 0 ? [] : f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return new GeoNamesRecord(id, f[1].Trim(), f[2].Trim(), alternates, lat, lon, f[7], f[8].Trim().ToUpperInvariant(), population, row);
        }
    }
}
