using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Model.Identity;

/// <summary>
/// Folds names for matching: case, accents and punctuation are ignored, so "Sónar", "SONAR" and "sonar"
/// share a key, as do "Bruxelles-Ville" and "bruxelles ville".
/// </summary>
public static class TextKey
{
    /// <summary>Returns the folded key of <paramref name="text"/>: lower case, no diacritics, words joined by single spaces.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
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
