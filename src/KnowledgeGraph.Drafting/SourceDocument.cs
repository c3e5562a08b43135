using System.Globalization;
using System.Text;
using KnowledgeGraph.Model.Identity;

namespace KnowledgeGraph.Drafting;

/// <summary>A word of a document: where it is, as written, and folded as search folds names.</summary>
public sealed record Token(int Start, int End, string Text, string Folded)
{
    /// <summary>True when the word begins with a capital letter or a digit.</summary>
    public bool IsCapitalised => char.IsUpper(Text[0]) || char.IsDigit(Text[0]);

    /// <summary>True when every letter is a capital and there are at least two.</summary>
    public bool IsAcronym => Text.Count(char.IsLetter) >= 2 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
}

/// <summary>A sentence: its span of the document and its words.</summary>
public sealed record Sentence(int Index, int Start, int End, IReadOnlyList<Token> Tokens);

/// <summary>
/// A plain-text source document: checked to be text (not empty, not binary), split into lines, page boilerplate
/// dropped, and sentences. Every span points into <see cref="Text"/>, so quotes cut from it are exact.
/// </summary>
public sealed class SourceDocument
{
    private SourceDocument(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>The document's text, NFC.</summary>
    public string Text { get; }

    /// <summary>The sentences, once <see cref="Split"/> has run.</summary>
    public IReadOnlyList<Sentence> Sentences { get; private set; } = [];

    /// <summary>Reads a document, refusing what is not plain text.</summary>
    /// <exception cref="DraftException">The file is missing, empty or binary.</exception>
    public static SourceDocument Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new DraftException($"{path}: no such file");
        }
        var bytes = File.ReadAllBytes(path);
        return FromBytes(path, bytes);
    }

    /// <summary>Reads a document from its bytes; <paramref name="path"/> names it in messages.</summary>
    public static SourceDocument FromBytes(string path, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new DraftException($"{path}: the document is empty");
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DraftException($"{path}: not a plain-text document (it is not UTF-8 text; a binary file?)");
        }
        var control = text.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f');
        if (text.Contains('\0') || control > text.Length / 100)
        {
            throw new DraftException($"{path}: not a plain-text document ({control} control characters; a binary file?)");
        }
        if (text.TrimStart('\uFEFF').All(char.IsWhiteSpace))
        {
            throw new DraftException($"{path}: the document is empty (only white space)");
        }
        return new SourceDocument(path, text.Normalize(NormalizationForm.FormC));
    }

    /// <summary>The words of the whole text.</summary>
    public IReadOnlyList<Token> AllTokens() => Tokenize(0, Text.Length);

    /// <summary>Splits the text into sentences, dropping lines that hold a boilerplate phrase of <paramref name="language"/>.</summary>
    public void Split(LanguagePatterns language)
    {
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (lineStart < Text.Length)
        {
            var lineEnd = Text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = Text.Length;
            }
            var folded = TextKey.Normalize(Text[lineStart..lineEnd]);
            if (folded.Length > 0 && !language.Boilerplate.Any(b => (" " + folded + " ").Contains(" " + b + " ", StringComparison.Ordinal)))
            {
                foreach (var (start, end) in SentencesOf(lineStart, lineEnd))
                {
                    var tokens = Tokenize(start, end);
                    if (tokens.Count > 0)
                    {
                        sentences.Add(new Sentence(sentences.Count, start, end, tokens));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        Sentences = sentences;
    }

    /// <summary>
    /// Sentence spans within a line: a sentence ends at '.', '!' or '?' followed by white space and a capital letter,
    /// a digit or a quotation mark, unless the full stop closes a one-letter initial.
    /// </summary>
    private IEnumerable<(int Start, int End)> SentencesOf(int lineStart, int lineEnd)
    {
        var start = lineStart;
        for (var i = lineStart; i < lineEnd; i++)
        {
            if (Text[i] is not ('.' or '!' or '?') || i + 2 >= lineEnd || !char.IsWhiteSpace(Text[i + 1]))
            {
                continue;
            }
            var next = i + 1;
            while (next < lineEnd && char.IsWhiteSpace(Text[next]))
            {
                next++;
            }
            var initial = i >= 2 && char.IsUpper(Text[i - 1]) && !char.IsLetter(Text[i - 2]);
            if (next < lineEnd && (char.IsUpper(Text[next]) || char.IsDigit(Text[next]) || Text[next] is '"' or '‘' or '“' or '\'') && !initial)
            {
                yield return Trim(start, i + 1);
                start = next;
            }
        }
        if (start < lineEnd)
        {
            yield return Trim(start, lineEnd);
        }
    }

    private (int, int) Trim(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>The words in a span: runs of letters, digits and combining marks.</summary>
    private List<Token> Tokenize(int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(Text[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < end && IsWordChar(Text[j]))
            {
                j++;
            }
            var text = Text[i..j];
            var folded = TextKey.Normalize(text);
            if (folded.Length > 0)
            {
                tokens.Add(new Token(i, j, text, folded));
            }
            i = j;
        }
        return tokens;
    }

    private static bool IsWordChar(char ch) => char.IsLetterOrDigit(ch) ||
        CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The text of a span, exactly as the document has it.</summary>
    public string Span(int start, int end) => Text[start..end];
}
