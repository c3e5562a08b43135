namespace KnowledgeGraph.Import.Themes;

/// <summary>
/// Splits a text into sentences for quoting: at a line break, and after '.', '!', '?' or ';' followed by a space
/// and a capital letter, a digit or a quote, except after common abbreviations ("e.g.", "i.e.", "etc.", "St.",
/// "no.") and single letters ("J. Smith").
/// </summary>
public static class Sentences
{
    /// <summary>The longest quote kept (characters); longer sentences are cut at a word and end with "…".</summary>
    public const int MaxLength = 400;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "st", "no", "nr", "vs", "dr", "mr", "mrs", "ms", "prof", "approx", "ca", "incl", "art", "cf", "z.b", "bzw", "ggf", "usw", "mio", "mln", "ltd", "inc", "co",
    };

    /// <summary>The sentences of <paramref name="text"/>, trimmed, empty ones left out.</summary>
    public static IEnumerable<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c is '\n' or '\r')
            {
                end = i;
            }
            else if (c is '.' or '!' or '?' or ';' && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1]) && StartsSentence(text, i + 1) &&
                     (c != '.' || !IsAbbreviation(text, start, i)))
            {
                end = i + 1;
            }
            if (end >= 0)
            {
                if (Clean(text, start, end) is { } s)
                {
                    yield return s;
                }
                start = end;
            }
        }
        if (Clean(text, start, text.Length) is { } last)
        {
            yield return last;
        }
    }

    private static bool StartsSentence(string text, int from)
    {
        var j = from;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }
        return j < text.Length && (char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '\'' or '“' or '«' or '(' or '-' or '•');
    }

    /// <summary>Whether the word before the dot at <paramref name="dot"/> is an abbreviation or a single letter.</summary>
    private static bool IsAbbreviation(string text, int start, int dot)
    {
        var j = dot;
        while (j > start && !char.IsWhiteSpace(text[j - 1]) && text[j - 1] != '(')
        {
            j--;
        }
        var word = text[j..dot];
        return word.Length == 1 && char.IsLetter(word[0]) || Abbreviations.Contains(word);
    }

    private static string? Clean(string text, int start, int end)
    {
        var s = text[start..end].Trim().TrimStart('-', '•', '*', '·').Trim();
        if (s.Length == 0)
        {
            return null;
        }
        return s;
    }

    /// <summary>
    /// A sentence as quoted: whole when it is at most <see cref="MaxLength"/> characters; else the first window of
    /// that length (cut at words, marked "…") whose fold holds <paramref name="phrase"/>, the folded term that
    /// triggered the rule, so the quote always shows why.
    /// </summary>
    public static string Quote(string sentence, string? phrase = null)
    {
        if (sentence.Length <= MaxLength)
        {
            return sentence;
        }
        var wanted = phrase is null ? null : " " + phrase + " ";
        for (var start = 0; start < sentence.Length; start = NextWord(sentence, start + MaxLength / 4))
        {
            var end = Math.Min(sentence.Length, start + MaxLength);
            if (end < sentence.Length && sentence.LastIndexOf(' ', end - 1, end - start) is var cut and > 0 && cut > start + MaxLength / 2)
            {
                end = cut;
            }
            var window = sentence[start..end];
            if (wanted is null || (" " + Model.Identity.TextKey.Normalize(window) + " ").Contains(wanted, StringComparison.Ordinal))
            {
                return (start > 0 ? "…" : "") + window.Trim() + (end < sentence.Length ? "…" : "");
            }
            if (end >= sentence.Length)
            {
                break;
            }
        }
        return sentence[..MaxLength] + "…";
    }

    private static int NextWord(string text, int from)
    {
        var i = Math.Min(from, text.Length);
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }
}
