using System.Text.RegularExpressions;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Studies.Tests;

/// <summary>
/// The seed graph captures every entity its five source documents name: each run of capitalised words in a document
/// (words joined by "of", "de", "and" ...) must be covered by names of nodes of graph-seed/ (a name, an alias, an
/// acronym or an ISO code, folded by <see cref="TextKey"/>; the longest known names first), else its words must be on
/// <see cref="NotEntities"/> (words that are no entity: days, months, adjectives, headings), be joining words, or be a
/// sentence's first word that the documents also write in lower case.
/// </summary>
public sealed partial class SeedCompletenessTests
{
    /// <summary>Capitalised words of the documents that name no entity the model can hold.</summary>
    private static readonly HashSet<string> NotEntities = new(StringComparer.Ordinal)
    {
        // days and months
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "November",
        // adjectives of places and kinds of cooperation, not the places themselves
        "European", "Europees", "Interregional", "Latin", "American", "Mediterranean",
        // places the model has no kind for: a continent, a neighbourhood
        "Europe", "Raval",
        // common nouns written with a capital
        "SMEs", "Cities",
        // page furniture: headings and labels
        "Tags", "Actualitat", "Day", "Announcement", "New", "Publication",
        // words opening a sentence that the documents never write in lower case
        "Participating", "Giving", "Aquesta", "We", "If", "Again", "Additional", "They", "Aimed", "Examples", "Outside",
    };

    /// <summary>Lower-case words that may join the capitalised words of one name.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "of", "de", "del", "d", "the", "and", "for", "i", "la", "el", "les", "des", "du", "y", "et", "on", "in", "+",
    };

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}&+\-]*(?:['’][\p{L}]+)?|\+|[.!?:;\n]|[,()‘’“”""«»/|–—]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"['’]s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    /// <summary>
    /// The text with every occurrence of a known name (ignoring case; longest names first) replaced by a comma, so that
    /// names holding commas, colons or brackets ("UNESCO Chair in Women, Science and Technology") count whole.
    /// </summary>
    private static string BlankOut(string text, IEnumerable<string> names)
    {
        foreach (var name in names.Where(n => n.Length > 1).OrderByDescending(n => n.Length))
        {
            text = Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])", ",", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        return text;
    }

    [SeedDocumentsFact]
    public void Every_capitalised_name_of_the_documents_is_a_node_an_alias_or_a_listed_non_entity()
    {
        var set = StudySet.Read([TestPaths.GraphSeed], CityNetworksModel.Instance, TestPaths.Documents);
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        var names = set.Batches.SelectMany(b => b.Nodes).SelectMany(Names).Distinct(StringComparer.Ordinal).ToList();
        var known = names.SelectMany(n => new[] { n, Possessive().Replace(n, "") }).Select(TextKey.Normalize).ToHashSet(StringComparer.Ordinal);
        var documents = Directory.GetFiles(TestPaths.Documents, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.True(documents.Count >= 5, $"expected the five seed documents in {TestPaths.Documents}");
        var texts = documents.ToDictionary(d => d, File.ReadAllText);
        var lowerWords = texts.Values.SelectMany(t => Token().Matches(t)).Select(m => m.Value)
            .Where(w => char.IsLower(w[0])).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var (document, text) in texts)
        {
            foreach (var (run, atSentenceStart) in CapitalisedRuns(BlankOut(text, names)))
            {
                var unknown = Uncovered(run, atSentenceStart, known, lowerWords);
                if (unknown.Count > 0)
                {
                    missing.Add($"{Path.GetFileName(document)}: \"{string.Join(' ', run)}\" (not known: {string.Join(' ', unknown)})");
                }
            }
        }
        Assert.True(missing.Count == 0, "names in the documents that no node of graph-seed/ has (add the entity, an alias, or a word that is no entity to NotEntities):\n"
            + string.Join("\n", missing.Distinct()));
    }

    [Fact]
    public void The_check_finds_a_missing_name_and_accepts_names_aliases_and_sentence_words()
    {
        HashSet<string> known = ["barcelona", "barcelona activa", "eurocities"];
        HashSet<string> lower = ["the"];
        var runs = CapitalisedRuns("The Eurocities network met in Barcelona. Barcelona Activa’s team visited Zaragoza, and the MediaTIC building.").ToList();
        var unknown = runs.SelectMany(r => Uncovered(r.Run, r.AtSentenceStart, known, lower)).ToList();
        Assert.Equal(["Zaragoza", "MediaTIC"], unknown);
    }

    /// <summary>A node's names: its name, aliases, acronym and ISO code.</summary>
    private static IEnumerable<string> Names(NodeAssertion node) =>
        new[] { node.Name }.Concat(node.Aliases.Select(a => a.Name))
            .Concat(node.Claims.Where(c => c.Name is "acronym" or "isoCode").Select(c => c.Value as string).OfType<string>());

    /// <summary>The runs of capitalised words (with joining words between them), and whether each opens a sentence.</summary>
    private static IEnumerable<(List<string> Run, bool AtSentenceStart)> CapitalisedRuns(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var run = new List<string>();
        var sentenceStart = true;
        var runAtStart = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var isWord = char.IsLetterOrDigit(token[0]) || token == "+";
            if (!isWord)
            {
                if (run.Count > 0)
                {
                    yield return (run, runAtStart);
                    run = [];
                }
                // A sentence opens after its end, and inside an opening quote.
                sentenceStart |= token is "." or "!" or "?" or ":" or ";" or "\n" or "‘" or "“" or "\"" or "«";
                continue;
            }
            var word = Regex.Replace(token, "['’]s$", "");
            var slug = word.Count(c => c == '-') >= 3 || word.EndsWith('-') || word.StartsWith("http", StringComparison.Ordinal);
            if (!slug && char.IsUpper(word[0]))
            {
                if (run.Count == 0)
                {
                    runAtStart = sentenceStart;
                }
                run.Add(word);
            }
            else if (run.Count > 0 && Joiners.Contains(word.ToLowerInvariant()) && i + 1 < tokens.Count && char.IsUpper(tokens[i + 1][0]))
            {
                run.Add(word);
            }
            else if (run.Count > 0)
            {
                yield return (run, runAtStart);
                run = [];
            }
            sentenceStart = false;
        }
        if (run.Count > 0)
        {
            yield return (run, runAtStart);
        }
    }

    /// <summary>The words of a run not covered by a known name (longest first), a joining word, a non-entity or a sentence's common first word.</summary>
    private static List<string> Uncovered(List<string> run, bool atSentenceStart, HashSet<string> known, HashSet<string> lowerWords)
    {
        var unknown = new List<string>();
        var i = 0;
        while (i < run.Count)
        {
            var end = Enumerable.Range(i + 1, run.Count - i).Reverse().FirstOrDefault(j => known.Contains(TextKey.Normalize(string.Join(' ', run[i..j]))));
            if (end > i)
            {
                i = end;
                continue;
            }
            var word = run[i];
            var common = atSentenceStart && i == 0 && lowerWords.Contains(word.ToLowerInvariant());
            if (!common && !Joiners.Contains(word) && !NotEntities.Contains(word))
            {
                unknown.Add(word);
            }
            i++;
        }
        return unknown;
    }
}

/// <summary>A fact over the seed documents (../shared/seeds); skipped with a message when they are absent.</summary>
public sealed class SeedDocumentsFactAttribute : FactAttribute
{
    /// <summary>Skips when the documents folder is missing.</summary>
    public SeedDocumentsFactAttribute()
    {
        if (!Directory.Exists(TestPaths.Documents))
        {
            Skip = $"the seed documents are not at {TestPaths.Documents}";
        }
    }
}
