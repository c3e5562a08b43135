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
        var codes = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var alternates = new List<string>();
        var fields = new Range[Columns + 1];
        long row = 0;
        while (reader.ReadLine() is { } line)
        {
            row++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            yield return Parse(line, row, label, fields, codes, alternates);
        }
    }

    /// <summary>
    /// One line's record. The fields are read as spans of the line: only the names, the codes (one string per
    /// distinct code) and the alternate names become strings, not every column of some 33,000 lines.
    /// </summary>
    private static GeoNamesRecord Parse(string line, long row, string label, Span<Range> f,
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codes, List<string> alternates)
    {
        var text = line.AsSpan();
        if (text.Split(f, '\t') < 15)
        {
            throw new ImportException(label, row, $"has {line.Split('\t').Length} tab-separated column(s); the GeoNames format has {Columns}");
        }
        if (!long.TryParse(text[f[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new ImportException(label, row, $"the geonameid '{text[f[0]]}' is not a number");
        }
        if (!double.TryParse(text[f[4]], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) ||
            !double.TryParse(text[f[5]], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
        {
            throw new ImportException(label, row, $"latitude '{text[f[4]]}' or longitude '{text[f[5]]}' is not a number");
        }
        var name = text[f[1]].Trim();
        var country = text[f[8]].Trim();
        if (name.Length == 0 || country.Length != 2)
        {
            throw new ImportException(label, row, "a city needs a name and a two-letter country code");
        }
        _ = long.TryParse(text[f[14]], NumberStyles.None, CultureInfo.InvariantCulture, out var population);
        alternates.Clear();
        var names = text[f[3]];
        foreach (var part in names.Split(','))
        {
            var alternate = names[part].Trim();
            if (alternate.Length > 0)
            {
                alternates.Add(alternate.ToString());
            }
        }
        Span<char> upper = stackalloc char[2];
        country.ToUpperInvariant(upper);
        return new GeoNamesRecord(id, name.ToString(), text[f[2]].Trim().ToString(), alternates.Count == 0 ? [] : alternates.ToArray(),
            lat, lon, Code(codes, text[f[7]]), Code(codes, upper), population, row);
    }

    /// <summary>One string per distinct feature or country code of the file.</summary>
    private static string Code(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codes, ReadOnlySpan<char> code)
    {
        if (!codes.TryGetValue(code, out var text))
        {
            text = code.ToString();
            codes[text] = text;
        }
        return text;
    }
}
