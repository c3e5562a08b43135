using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Model.Identity;

/// <summary>
/// Folds names for matching: case, accents and punctuation are ignored, so "Sónar", "SONAR" and "sonar"
/// share a key, as do "Bruxelles-Ville" and "bruxelles ville".
/// </summary>
/// <remarks>
/// The fold is defined by <see cref="NormalizeByDecomposition"/>: decompose (NFD), drop the combining marks, keep
/// letters and digits (lower case, a few letters transliterated), join the words by single spaces, recompose (NFC).
/// <see cref="Normalize"/> computes the same key without decomposing every string: canonical decomposition maps each
/// character on its own, and the reordering NFD adds only moves combining marks, which the fold drops, so the fold of a
/// string is the folds of its characters in turn. Each character's fold is worked out once (by the definition) and
/// kept; the recomposition runs only when the key holds a character NFC may change or compose. Text with surrogate pairs (characters beyond
/// the Basic Multilingual Plane) takes the definition itself.
/// </remarks>
public static class TextKey
{
    /// <summary>In a character's fold, a word boundary (never a letter or digit the fold keeps).</summary>
    private const char Boundary = '\0';

    /// <summary>Each UTF-16 code unit's fold, worked out on first use: its kept letters and digits, and boundaries.</summary>
    private static readonly string?[] Folds = new string?[char.MaxValue + 1];

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>Returns the folded key of <paramref name="text"/>: lower case, no diacritics, words joined by single spaces.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxStackLength && Ascii.IsValid(text))
        {
            return NormalizeAscii(text);
        }
        var sb = t_builder ??= new StringBuilder(64);
        sb.Clear();
        var pendingSpace = false;
        var recompose = false;
        foreach (var ch in text)
        {
            if (char.IsSurrogate(ch))
            {
                return NormalizeByDecomposition(text);
            }
            foreach (var unit in Folds[ch] ??= FoldOf(ch))
            {
                if (unit == Boundary)
                {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                pendingSpace = false;
                recompose |= !char.IsAscii(unit) && MayRecompose(unit);
                sb.Append(unit);
            }
        }
        var key = sb.ToString();
        return recompose ? key.Normalize(NormalizationForm.FormC) : key;
    }

    /// <summary>Per UTF-16 code unit: 0 not worked out yet, 1 stays as it is under NFC, 2 may change or compose.</summary>
    private static readonly byte[] Recomposition = new byte[char.MaxValue + 1];

    /// <summary>
    /// Whether a code unit of a key may make NFC change the key: one that is not NFC on its own (NFC_QC=No), or one
    /// NFC may compose with what precedes it (NFC_QC=Maybe: combining marks, which the fold drops, and the Hangul
    /// vowel and final jamo). A key with none of them is already NFC, and recomposing it is skipped.
    /// </summary>
    private static bool MayRecompose(char unit)
    {
        var known = Recomposition[unit];
        if (known == 0)
        {
            var may = unit is >= '\u1161' and <= '\u1175' or >= '\u11A8' and <= '\u11C2' || IsMark(unit) ||
                      !unit.ToString().IsNormalized(NormalizationForm.FormC);
            Recomposition[unit] = known = may ? (byte)2 : (byte)1;
        }
        return known == 2;
    }

    /// <summary>Longest text folded in a buffer on the stack.</summary>
    private const int MaxStackLength = 256;

    /// <summary>
    /// The fold of plain ASCII text (most names): ASCII letters lower-cased, digits kept, everything else a word boundary;
    /// nothing to decompose or recompose. The key is never longer than the text.
    /// </summary>
    private static string NormalizeAscii(string text)
    {
        Span<char> key = stackalloc char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (!char.IsAsciiLetterOrDigit(ch))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && length > 0)
            {
                key[length++] = ' ';
            }
            pendingSpace = false;
            key[length++] = char.ToLowerInvariant(ch);
        }
        return length == 0 ? string.Empty : new string(key[..length]);
    }

    /// <summary>
    /// The definition of the folded key, one decomposition per string (what <see cref="Normalize"/> gives, more slowly).
    /// </summary>
    public static string NormalizeByDecomposition(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (IsMark(ch))
            {
                continue;
            }
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                pendingSpace = false;
                AppendFolded(sb, ch);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The fold of one character (not a surrogate): its decomposition without marks, letters folded, the rest boundaries.</summary>
    private static string FoldOf(char ch)
    {
        var sb = new StringBuilder(4);
        foreach (var part in ch.ToString().Normalize(NormalizationForm.FormD))
        {
            if (IsMark(part))
            {
                continue;
            }
            if (char.IsLetterOrDigit(part))
            {
                AppendFolded(sb, part);
            }
            else
            {
                sb.Append(Boundary);
            }
        }
        return sb.ToString();
    }

    private static bool IsMark(char ch) =>
        CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Letters that do not decompose into a base letter and a mark are spelled out as their usual transliteration.</summary>
    private static void AppendFolded(StringBuilder sb, char ch)
    {
        switch (ch)
        {
            case 'ß': sb.Append("ss"); break;
            case 'æ' or 'Æ': sb.Append("ae"); break;
            case 'œ' or 'Œ': sb.Append("oe"); break;
            case 'ø' or 'Ø': sb.Append('o'); break;
            case 'ł' or 'Ł': sb.Append('l'); break;
            case 'đ' or 'Đ': sb.Append('d'); break;
            case 'ı': sb.Append('i'); break;
            default: sb.Append(char.ToLowerInvariant(ch)); break;
        }
    }
}
