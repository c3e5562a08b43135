using System.Globalization;

namespace KnowledgeGraph.Model.Schema;

/// <summary>Turns raw values (text from a file, or typed values from an importer) into a property's typed value.</summary>
public static class PropertyValues
{
    /// <summary>
    /// Coerces <paramref name="raw"/> to the type of <paramref name="property"/>: long for Integer, double for Float,
    /// decimal for Money, bool, and normalised strings for String, Date, Url and Enum.
    /// </summary>
    /// <returns>null on success, or what is wrong.</returns>
    public static string? TryCoerce(PropertyDefinition property, object? raw, out object value)
    {
        value = "";
        if (raw is null)
        {
            return $"'{property.Name}' has no value";
        }
        var text = raw as string;
        switch (property.Type)
        {
            case PropertyType.String:
                if (raw is not string s || s.Trim().Length == 0)
                {
                    return $"'{property.Name}' must be non-empty text";
                }
                value = s.Trim();
                return null;
            case PropertyType.Integer:
                if (raw is long or int)
                {
                    value = Convert.ToInt64(raw, CultureInfo.InvariantCulture);
                    return null;
                }
                if (text is not null && long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                {
                    value = l;
                    return null;
                }
                return $"'{property.Name}' must be a whole number, not '{raw}'";
            case PropertyType.Float:
                if (raw is double or float or int or long or decimal)
                {
                    value = Convert.ToDouble(raw, CultureInfo.InvariantCulture);
                    return double.IsFinite((double)value) ? null : $"'{property.Name}' must be a finite number";
                }
                if (text is not null && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
                {
                    value = d;
                    return null;
                }
                return $"'{property.Name}' must be a number, not '{raw}'";
            case PropertyType.Money:
                if (raw is decimal or int or long or double)
                {
                    value = Convert.ToDecimal(raw, CultureInfo.InvariantCulture);
                    return (decimal)value < 0 ? $"'{property.Name}' must not be negative" : null;
                }
                if (text is not null && decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var m) && m >= 0)
                {
                    value = m;
                    return null;
                }
                return $"'{property.Name}' must be an amount in EUR such as 1250000.50, not '{raw}'";
            case PropertyType.Boolean:
                if (raw is bool b)
                {
                    value = b;
                    return null;
                }
                if (text is not null && bool.TryParse(text.Trim(), out var bb))
                {
                    value = bb;
                    return null;
                }
                return $"'{property.Name}' must be true or false, not '{raw}'";
            case PropertyType.Date:
                var date = raw switch
                {
                    DateOnly dateOnly => dateOnly.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTime dateTime => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    int or long => Convert.ToString(raw, CultureInfo.InvariantCulture),
                    _ => text?.Trim(),
                };
                if (date is not null && IsPartialDate(date))
                {
                    value = date;
                    return null;
                }
                return $"'{property.Name}' must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '{raw}'";
            case PropertyType.Url:
                if (text is not null && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    value = text.Trim();
                    return null;
                }
                return $"'{property.Name}' must be an absolute http(s) URL, not '{raw}'";
            case PropertyType.Enum:
                var word = text?.Trim().ToLowerInvariant();
                if (word is not null && property.AllowedValues.Contains(word))
                {
                    value = word;
                    return null;
                }
                return $"'{property.Name}' must be one of: {string.Join(", ", property.AllowedValues)}; not '{raw}'";
            default:
                return $"'{property.Name}' has an unsupported type";
        }
    }

    /// <summary>Whether <paramref name="text"/> is YYYY, YYYY-MM or YYYY-MM-DD with a real month and day.</summary>
    /// <remarks>
    /// Checked by hand (what <c>DateTime.TryParseExact</c> with "yyyy", "yyyy-MM" and "yyyy-MM-dd" accepts: ASCII digits,
    /// years 0001–9999, months 01–12, days that exist in that month), since every dated claim of an import comes here.
    /// </remarks>
    public static bool IsPartialDate(string text)
    {
        if (text.Length is not (4 or 7 or 10) || !TryDigits(text, 0, 4, out var year) || year < 1)
        {
            return false;
        }
        if (text.Length == 4)
        {
            return true;
        }
        if (text[4] != '-' || !TryDigits(text, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }
        if (text.Length == 7)
        {
            return true;
        }
        return text[7] == '-' && TryDigits(text, 8, 2, out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }
            value = value * 10 + digit;
        }
        return true;
    }
}
