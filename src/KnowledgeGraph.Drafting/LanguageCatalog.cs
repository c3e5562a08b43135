using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Drafting;

/// <summary>The languages a draft can be made in: one patterns file each in a folder (by default <c>Languages/</c> beside the assembly).</summary>
public sealed class LanguageCatalog
{
    private readonly Dictionary<string, LanguagePatterns> _languages;

    private LanguageCatalog(Dictionary<string, LanguagePatterns> languages) => _languages = languages;

    /// <summary>The folder the program's own language files are copied to.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Languages");

    /// <summary>The codes of the languages known, sorted.</summary>
    public IReadOnlyList<string> Codes => _languages.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Every language's patterns.</summary>
    public IEnumerable<LanguagePatterns> All => _languages.Values;

    /// <summary>Reads every <c>*.yaml</c> in <paramref name="folder"/>.</summary>
    public static LanguageCatalog Load(string folder, GraphModel model)
    {
        if (!Directory.Exists(folder))
        {
            throw new DraftException($"the language patterns folder '{folder}' does not exist");
        }
        var languages = new Dictionary<string, LanguagePatterns>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var patterns = LanguagePatterns.Load(file, model);
            if (!languages.TryAdd(patterns.Code, patterns))
            {
                throw new DraftException($"{file}: the language '{patterns.Code}' is described twice");
            }
        }
        return new LanguageCatalog(languages);
    }

    /// <summary>The patterns of <paramref name="code"/>, or a <see cref="DraftException"/> listing the known ones.</summary>
    public LanguagePatterns Get(string code) =>
        _languages.TryGetValue(code.Trim().ToLowerInvariant(), out var patterns)
            ? patterns
            : throw new DraftException($"unknown language '{code}': patterns exist for {string.Join(", ", Codes)} (add Languages/{code}.yaml to draft in another)");

    /// <summary>The language whose frequent words the document uses most.</summary>
    public LanguagePatterns Detect(SourceDocument document)
    {
        var words = document.AllTokens().Select(t => t.Folded).ToList();
        return _languages.Values.OrderByDescending(l => words.Count(l.Markers.Contains)).ThenBy(l => l.Code, StringComparer.Ordinal).First();
    }
}
