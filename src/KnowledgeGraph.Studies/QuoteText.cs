using System.Text;

namespace KnowledgeGraph.Studies;

/// <summary>How quotes are compared with documents: runs of white space count as one space.</summary>
public static class QuoteText
{
    /// <summary>Collapses runs of white space into one space and trims.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>The form in which a quote is looked for in a document: collapsed white space, Unicode NFC.</summary>
    public static string Fold(string text) => Collapse(text).Normalize(NormalizationForm.FormC);
}
