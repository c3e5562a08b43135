using System.Globalization;

namespace KnowledgeGraph.Import.Csv;

/// <summary>Parses the values the published files write: NA markers, decimal commas, thousands separators and slashed dates.</summary>
public static class Values
{
    private static readonly HashSet<string> Missing = new(StringComparer.OrdinalIgnoreCase) { "", "NA", "N/A", "NULL", "NaN", "None", "-" };

    private static readonly int MaxMarkerLength = Missing.Max(m => m.Length);

    /// <summary>The trimmed text, or null when it is empty or a missing-value marker.</summary>
    public static string? Text(string? raw)
    {
        var text = raw?.Trim().Trim('\u00a0').Trim();
        // Every marker is at most 4 characters: longer text needs no look-up.
        return text is null || (text.Length <= MaxMarkerLength && Missing.Contains(text)) ? null : text;
    }

    /// <summary>
    /// A coordinate or other decimal number written with a decimal point or a decimal comma ("3,412055", "43.39864").
    /// </summary>
    public static double? Decimal(string? raw)
    {
        var text = Text(raw);
        if (text is null)
        {
            return null;
        }
        if (!text.Contains('.', StringComparison.Ordinal) && text.Count(c => c == ',') == 1)
        {
            text = text.Replace(',', '.');
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;
    }

    /// <summary>A money amount with optional thousands commas ("4,240,820.46", "758394.29"); null when absent or not a number.</summary>
    public static decimal? Money(string? raw)
    {
        var text = Text(raw)?.Replace("€", "", StringComparison.Ordinal).Replace("EUR", "", StringComparison.OrdinalIgnoreCase).Trim();
        if (text is null)
        {
            return null;
        }
        if (text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal) && text.Split(',')[^1].Length != 3)
        {
            text = text.Replace(',', '.'); // a decimal comma: "1234,5"
        }
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) && m >= 0 ? m : null;
    }

    /// <summary>A date as YYYY-MM-DD (or YYYY) from "2015/10/27", "2015-10-27", "27/10/2015" or "2015"; null otherwise.</summary>
    public static string? Date(string? raw)
    {
        var text = Text(raw);
        if (text is null)
        {
            return null;
        }
        string[] formats = ["yyyy/MM/dd", "yyyy-MM-dd", "yyyy/M/d", "dd/MM/yyyy", "dd.MM.yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy/MM/dd HH:mm:ss"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return Year(text)?.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A plausible year (1000–2100) or null.</summary>
    public static int? Year(string? raw)
    {
        var text = Text(raw);
        return text is { Length: 4 } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2100 ? y : null;
    }

    /// <summary>A whole number or null.</summary>
    public static long? Integer(string? raw)
    {
        var text = Text(raw);
        return text is not null && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null;
    }

    /// <summary>The first absolute http(s) URL in a field that may list several ("a ; b"), or null.</summary>
    public static string? Url(string? raw)
    {
        var text = Text(raw);
        if (text is null)
        {
            return null;
        }
        foreach (var part in text.Split([';', ' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = part.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "http://" + part : part;
            if (Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return candidate;
            }
        }
        return null;
    }
}
