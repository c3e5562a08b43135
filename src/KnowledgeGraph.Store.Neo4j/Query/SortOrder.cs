using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j.Query;

/// <summary>
/// SQLite's rules, reproduced so both back-ends order, page and print alike: the order of sort values (null, then
/// numbers, then text by UTF-8 bytes, ASCII case ignored for text keys), the values <c>-&gt;&gt;</c> reads from property
/// JSON, its sum(), and the JSON text of json_array (for cursors) and of real numbers.
/// </summary>
internal static class SortOrder
{
    /// <summary>Lower-cases ASCII letters only, as SQLite's NOCASE collation does.</summary>
    public static string AsciiLower(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(chars[i] + 32);
            }
        }
        return new string(chars);
    }

    /// <summary>Compares two sort values as SQLite does; <paramref name="text"/>: with NOCASE.</summary>
    public static int Compare(object? a, object? b, bool text)
    {
        var ra = Rank(a);
        var rb = Rank(b);
        if (ra != rb)
        {
            return ra.CompareTo(rb);
        }
        return a switch
        {
            null => 0,
            string sa => CompareUtf8(text ? AsciiLower(sa) : sa, text ? AsciiLower((string)b!) : (string)b!),
            _ => Convert.ToDouble(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(b, CultureInfo.InvariantCulture)) is var c && c != 0
                ? c
                : a is long la && b is long lb ? la.CompareTo(lb) : 0,
        };
    }

    private static int Rank(object? value) => value switch
    {
        null => 0,
        string => 2,
        _ => 1,
    };

    /// <summary>UTF-8 byte order, which is code point order.</summary>
    public static int CompareUtf8(string a, string b)
    {
        var ia = 0;
        var ib = 0;
        while (ia < a.Length && ib < b.Length)
        {
            var ca = NextCodePoint(a, ref ia);
            var cb = NextCodePoint(b, ref ib);
            if (ca != cb)
            {
                return ca.CompareTo(cb);
            }
        }
        return (ia < a.Length).CompareTo(ib < b.Length);
    }

    private static int NextCodePoint(string s, ref int i)
    {
        int code;
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            code = char.ConvertToUtf32(s[i], s[i + 1]);
            i += 2;
        }
        else
        {
            code = s[i];
            i++;
        }
        return code;
    }

    /// <summary>What SQLite's <c>-&gt;&gt;</c> reads from a JSON value: text, an integer, a real, 1/0 for booleans, null, or JSON text.</summary>
    public static object? SqlValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var l) && value.GetRawText().AsSpan().IndexOfAny(".eE") < 0
            ? (object)l
            : value.GetDouble(),
        JsonValueKind.True => 1L,
        JsonValueKind.False => 0L,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    /// <summary>SQLite's sum(): integers add as integers, any real makes the sum real (compensated); null when none.</summary>
    public static object? Sum(IEnumerable<object?> values)
    {
        long whole = 0;
        double sum = 0, compensation = 0;
        var real = false;
        var any = false;
        foreach (var v in values)
        {
            if (v is null)
            {
                continue;
            }
            any = true;
            var x = v switch
            {
                long l => l,
                double d => d,
                string s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : 0,
                _ => 0,
            };
            if (v is long lv && !real)
            {
                whole += lv;
                continue;
            }
            if (!real)
            {
                real = true;
                sum = whole;
            }
            // Kahan-Babuska-Neumaier, as SQLite's sum() of reals.
            var t = sum + x;
            compensation += Math.Abs(sum) >= Math.Abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
        return !any ? null : real ? sum + compensation : whole;
    }

    /// <summary>A real as SQLite prints it in JSON (<c>%!.15g</c>: 15 significant digits, always a decimal point).</summary>
    public static string Real(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "null";
        }
        var text = value.ToString("G15", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? text : text[..e];
        if (!mantissa.Contains('.'))
        {
            mantissa += ".0";
        }
        if (e < 0)
        {
            return mantissa;
        }
        var exponent = text[(e + 1)..];
        var sign = exponent[0] == '-' ? "-" : "+";
        var digits = exponent.TrimStart('+', '-').TrimStart('0').PadLeft(2, '0');
        return mantissa + "e" + sign + digits;
    }

    /// <summary>A cursor as the SQLite back-end makes it: base64 of json_array(values..., id) as SQLite prints it.</summary>
    public static string Cursor(IReadOnlyList<object?> values, string id)
    {
        var sb = new StringBuilder("[");
        foreach (var v in values.Append(id))
        {
            if (sb.Length > 1)
            {
                sb.Append(',');
            }
            switch (v)
            {
                case null:
                    sb.Append("null");
                    break;
                case long l:
                    sb.Append(l.ToString(CultureInfo.InvariantCulture));
                    break;
                case double d:
                    sb.Append(Real(d));
                    break;
                default:
                    Quote(sb, Convert.ToString(v, CultureInfo.InvariantCulture)!);
                    break;
            }
        }
        sb.Append(']');
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(sb.ToString()));
    }

    /// <summary>A JSON string as SQLite writes it: quotes, backslashes and control characters escaped, the rest as is.</summary>
    private static void Quote(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (ch < 0x20)
                    {
                        sb.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(ch);
                    }
                    break;
            }
        }
        sb.Append('"');
    }
}
