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
                sb.Append(Fold(ch));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static char Fold(char ch) => ch switch
    {
        'ß' => 's',
        'ø' or 'Ø' => 'o',
        'ł' or 'Ł' => 'l',
        'đ' or 'Đ' => 'd',
        'ı' => 'i',
        'æ' or 'Æ' => 'a',
        _ => char.ToLowerInvariant(ch),
    };
}
