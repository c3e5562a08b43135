using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Block string helpers: the spec's BlockStringValue algorithm (spec 2.9.4, "Block Strings":
/// common indentation removal and trimming of leading/trailing blank lines) and the reverse
/// operation used by the printer.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// Computes the value of a block string from its raw content (between the triple quotes):
    /// unescapes <c>\"""</c>, splits lines on LF/CRLF/CR, removes the common indentation of all
    /// lines but the first, drops leading and trailing whitespace-only lines and joins with LF.
    /// </summary>
    public static string DedentBlockStringLines(ReadOnlySpan<char> raw)
    {
        string text = raw.Contains("\\\"\"\"", StringComparison.Ordinal)
            ? raw.ToString().Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal)
            : raw.ToString();

        // Fast path: a single line without surrounding whitespace.
        if (text.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            return IsWhiteSpaceOnly(text) ? string.Empty : text;
        }

        var lines = SplitLines(text);
        int commonIndent = int.MaxValue;
        for (int i = 1; i < lines.Count; i++)
        {
            int indent = LeadingWhiteSpace(lines[i]);
            if (indent < lines[i].Length && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (commonIndent != int.MaxValue && commonIndent > 0)
        {
            for (int i = 1; i < lines.Count; i++)
            {
                lines[i] = lines[i].Length <= commonIndent ? string.Empty : lines[i][commonIndent..];
            }
        }

        int first = 0;
        while (first < lines.Count && IsWhiteSpaceOnly(lines[first]))
        {
            first++;
        }

        int last = lines.Count - 1;
        while (last >= first && IsWhiteSpaceOnly(lines[last]))
        {
            last--;
        }

        if (first > last)
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        for (int i = first; i <= last; i++)
        {
            if (i > first)
            {
                sb.Append('\n');
            }

            sb.Append(lines[i]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// True when <paramref name="value"/> can be written as a block string (in the printer's
    /// multi-line form) and read back unchanged: no CR or control characters other than tab and LF,
    /// first and last lines not blank, and no indentation common to all non-blank lines.
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return false;
        }

        foreach (char c in value)
        {
            if ((c < 0x20 && c != '\t' && c != '\n') || char.IsSurrogate(c))
            {
                if (char.IsSurrogate(c))
                {
                    continue;
                }

                return false;
            }
        }

        var lines = value.Split('\n');
        if (IsWhiteSpaceOnly(lines[0]) || IsWhiteSpaceOnly(lines[^1]))
        {
            return false;
        }

        foreach (var line in lines)
        {
            int indent = LeadingWhiteSpace(line);
            if (indent == 0 && line.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Prints <paramref name="value"/> as a multi-line block string whose content lines are
    /// prefixed with <paramref name="indent"/>; the caller must check
    /// <see cref="IsPrintableAsBlockString"/> first.
    /// </summary>
    public static void Print(StringBuilder sb, string value, string indent)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(value);
        sb.Append("\"\"\"\n");
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        int start = 0;
        while (true)
        {
            int nl = escaped.IndexOf('\n', start);
            var line = nl < 0 ? escaped.AsSpan(start) : escaped.AsSpan(start, nl - start);
            if (line.Length > 0)
            {
                sb.Append(indent).Append(line);
            }

            sb.Append('\n');
            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        sb.Append(indent).Append("\"\"\"");
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text[start..]);
        return lines;
    }

    private static int LeadingWhiteSpace(string line)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpaceOnly(string line) => LeadingWhiteSpace(line) == line.Length;
}
