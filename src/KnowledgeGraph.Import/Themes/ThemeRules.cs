using KnowledgeGraph.Model.Identity;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeGraph.Import.Themes;

/// <summary>
/// The theme rules of one or more rule files (YAML, <c>Themes/Rules/*.yaml</c> beside the importer by default),
/// compiled for matching: every phrase is folded (<see cref="TextKey.Normalize"/>) and indexed by its first word,
/// so a sentence is read once, word by word, whatever the number of rules. Matching is on whole words of the folded
/// sentence ("craft" does not match "aircraft"; "CCI" matches "cci").
/// </summary>
public sealed class ThemeRules
{
    /// <summary>No rules: nothing is inferred.</summary>
    public static readonly ThemeRules None = new([]);

    private enum Kind { Term, Unless, Requires }

    private readonly Dictionary<string, List<(string[] Words, int Rule, Kind Kind)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Compiles <paramref name="rules"/> (their phrases already folded).</summary>
    public ThemeRules(IReadOnlyList<ThemeRule> rules)
    {
        Rules = rules;
        for (var i = 0; i < rules.Count; i++)
        {
            Index(rules[i].Terms, i, Kind.Term);
            Index(rules[i].Unless, i, Kind.Unless);
            Index(rules[i].Requires, i, Kind.Requires);
        }
    }

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<ThemeRule> Rules { get; }

    /// <summary>The folder of the rule files shipped with the importer.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Themes", "Rules");

    private static ThemeRules? _default;

    /// <summary>The rules shipped with the importer (<see cref="DefaultFolder"/>), loaded once.</summary>
    public static ThemeRules Default => _default ??= Load(DefaultFolder);

    private void Index(IReadOnlyList<string> phrases, int rule, Kind kind)
    {
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ');
            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                _byFirstWord[words[0]] = list = [];
            }
            list.Add((words, rule, kind));
        }
    }

    /// <summary>
    /// The themes the rules infer from a project's fields (field name → text, in the order they are read): for each
    /// theme, the first sentence (in field order) where a rule fires, with that rule. Deterministic.
    /// </summary>
    public IReadOnlyList<ThemeHit> Infer(IEnumerable<(string Field, string? Text)> fields)
    {
        if (Rules.Count == 0)
        {
            return [];
        }
        List<ThemeHit>? hits = null;
        var fired = new Dictionary<int, string[]>();
        foreach (var (field, text) in fields)
        {
            foreach (var sentence in Sentences.Split(text))
            {
                fired.Clear();
                FiringRules(sentence, fired);
                foreach (var rule in fired.Keys.Order())
                {
                    foreach (var theme in Rules[rule].Themes)
                    {
                        hits ??= [];
                        if (!hits.Exists(h => h.Theme == theme))
                        {
                            hits.Add(new ThemeHit(theme, Rules[rule], field, Sentences.Quote(sentence, string.Join(' ', fired[rule]))));
                        }
                    }
                }
            }
        }
        return hits ?? (IReadOnlyList<ThemeHit>)[];
    }

    /// <summary>Adds to <paramref name="fired"/> the rules that fire in one sentence, each with the first term that triggered it.</summary>
    private void FiringRules(string sentence, Dictionary<int, string[]> fired)
    {
        var words = TextKey.Normalize(sentence).Split(' ');
        Dictionary<int, string[]>? terms = null;
        HashSet<int>? unless = null, requires = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }
            foreach (var (phrase, rule, kind) in candidates)
            {
                if (!Matches(words, i, phrase))
                {
                    continue;
                }
                switch (kind)
                {
                    case Kind.Term: (terms ??= []).TryAdd(rule, phrase); break;
                    case Kind.Unless: (unless ??= []).Add(rule); break;
                    default: (requires ??= []).Add(rule); break;
                }
            }
        }
        if (terms is null)
        {
            return;
        }
        foreach (var (rule, phrase) in terms)
        {
            if (unless?.Contains(rule) == true || Rules[rule].Requires.Count > 0 && requires?.Contains(rule) != true)
            {
                continue;
            }
            fired[rule] = phrase;
        }
    }

    private static bool Matches(string[] words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Length)
        {
            return false;
        }
        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Loads the rule files of a folder (every <c>*.yaml</c>, in name order) or one file. A file that is not valid
    /// (YAML syntax, a rule without id, themes or terms, an id used twice, an unknown key) is an
    /// <see cref="ImportException"/> naming the file and the line.
    /// </summary>
    public static ThemeRules Load(string path)
    {
        string[] files;
        if (Directory.Exists(path))
        {
            files = Directory.GetFiles(path, "*.yaml").Order(StringComparer.Ordinal).ToArray();
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new ImportException(path, 0, "the theme rules are missing (no such file or folder)");
        }
        var rules = new List<ThemeRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var rule in Parse(File.ReadAllText(file), Path.GetFileName(file)))
            {
                if (!ids.Add(rule.Id))
                {
                    throw new ImportException(Path.GetFileName(file), 0, $"the rule id '{rule.Id}' is used twice");
                }
                rules.Add(rule);
            }
        }
        return new ThemeRules(rules);
    }

    /// <summary>Parses the text of one rule file named <paramref name="file"/> (see <see cref="Load"/>).</summary>
    public static IReadOnlyList<ThemeRule> Parse(string yaml, string file)
    {
        RuleFile? parsed;
        try
        {
            parsed = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<RuleFile>(yaml);
        }
        catch (YamlException e)
        {
            throw new ImportException(file, 0, $"line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
        var rules = new List<ThemeRule>();
        foreach (var (dto, index) in (parsed?.Rules ?? []).Select((r, i) => (r, i + 1)))
        {
            var where = $"rule {index}" + (dto.Id is null ? "" : $" '{dto.Id}'");
            if (string.IsNullOrWhiteSpace(dto.Id))
            {
                throw new ImportException(file, 0, $"{where}: the rule has no id");
            }
            if (dto.Themes is not { Count: > 0 } || dto.Themes.Any(string.IsNullOrWhiteSpace))
            {
                throw new ImportException(file, 0, $"{where}: the rule names no theme");
            }
            var terms = Fold(dto.Terms?.SelectMany(t => t.Value ?? []) ?? []);
            if (terms.Count == 0)
            {
                throw new ImportException(file, 0, $"{where}: the rule has no terms");
            }
            rules.Add(new ThemeRule(dto.Id, file, dto.Themes.Select(t => NodeId.Slug(t)).ToList(), terms, Fold(dto.Unless ?? []), Fold(dto.Requires ?? [])));
        }
        return rules;
    }

    private static List<string> Fold(IEnumerable<string?> phrases) =>
        phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => TextKey.Normalize(p!)).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private sealed class RuleFile
    {
        public string? Description { get; set; }
        public List<RuleDto>? Rules { get; set; }
    }

    private sealed class RuleDto
    {
        public string? Id { get; set; }
        public List<string>? Themes { get; set; }
        public Dictionary<string, List<string>?>? Terms { get; set; }
        public List<string>? Unless { get; set; }
        public List<string>? Requires { get; set; }
        public string? Note { get; set; }
    }
}
