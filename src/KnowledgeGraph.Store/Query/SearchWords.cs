using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Store.Query;

/// <summary>The words of a search text: runs of letters and digits, as full-text indexes split names.</summary>
public static class SearchWords
{
    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>
    /// The words a search matches with: the text folded as names are (<see cref="TextKey.Normalize"/>: case, accents and
    /// punctuation ignored), split at its spaces. Every back-end matches and ranks with these (see <see cref="SearchQuery"/>).
    /// </summary>
    public static IReadOnlyList<string> Folded(string text) =>
        TextKey.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
