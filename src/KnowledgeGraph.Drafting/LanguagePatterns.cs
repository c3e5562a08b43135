using System.Text.RegularExpressions;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeGraph.Drafting;

/// <summary>A rule typing a candidate name by a word inside it or next to it.</summary>
public sealed record KindCue(NodeKind Kind, IReadOnlySet<string> Words, IReadOnlyList<string[]> Before, IReadOnlyList<string[]> After);

/// <summary>A rule proposing a relationship between two names of one sentence from the words between them.</summary>
/// <param name="Rule">The rule's name, written beside every proposal it makes.</param>
/// <param name="Types">The relationship types it may propose; the kinds of the two names pick among them.</param>
/// <param name="FromFirst">True when the relationship's start is named first in the text.</param>
/// <param name="Cues">Folded cue phrases, as words; an empty cue means the names stand side by side.</param>
/// <param name="Gap">How many other words may stand between the names besides the cue.</param>
/// <param name="Confidence">The confidence of a proposal.</param>
/// <param name="Properties">Properties every proposal carries (such as <c>role: host</c>).</param>
public sealed record RelationshipRule(string Rule, IReadOnlyList<RelationshipType> Types, bool FromFirst, IReadOnlyList<string[]> Cues, int Gap,
    double Confidence, IReadOnlyDictionary<string, string> Properties);

/// <summary>A unit that makes a number a property claim of a node of a kind.</summary>
public sealed record UnitRule(IReadOnlySet<string> Units, NodeKind Kind, string Property);

/// <summary>
/// The patterns of one language, read from <c>Languages/&lt;code&gt;.yaml</c>: boilerplate, name cues, relationship cues,
/// dates and numbers (docs/drafting.md). Words are kept folded with <see cref="TextKey"/>, as search folds them.
/// </summary>
public sealed class LanguagePatterns
{
    /// <summary>ISO 639-1 code.</summary>
    public required string Code { get; init; }

    /// <summary>English name of the language.</summary>
    public required string Name { get; init; }

    /// <summary>Folded frequent words, for detection.</summary>
    public required IReadOnlySet<string> Markers { get; init; }

    /// <summary>Folded phrases marking a boilerplate line.</summary>
    public required IReadOnlyList<string> Boilerplate { get; init; }

    /// <summary>Capitalised words that never begin a name, as written.</summary>
    public required IReadOnlySet<string> NotNames { get; init; }

    /// <summary>Folded lower-case words that may join the words of one name.</summary>
    public required IReadOnlySet<string> NameJoiners { get; init; }

    /// <summary>True when the word typing a name comes first in it; false when it is the last before a joiner.</summary>
    public bool HeadFirst { get; init; }

    /// <summary>Folded words that join the items of a list ("Italy, France and Spain").</summary>
    public required IReadOnlySet<string> ListJoiners { get; init; }

    /// <summary>Folded phrases after which lower-case phrases name themes.</summary>
    public required IReadOnlyList<string[]> ThemeIntroducers { get; init; }

    /// <summary>Folded words that end (or, leading, are skipped before) a theme phrase.</summary>
    public required IReadOnlySet<string> ThemeStops { get; init; }

    /// <summary>Head words that type a name.</summary>
    public required IReadOnlyList<KindCue> NameCues { get; init; }

    /// <summary>Neighbouring words that type a name.</summary>
    public required IReadOnlyList<KindCue> ContextCues { get; init; }

    /// <summary>Relationship rules.</summary>
    public required IReadOnlyList<RelationshipRule> Relationships { get; init; }

    /// <summary>Date patterns.</summary>
    public required IReadOnlyList<Regex> Dates { get; init; }

    /// <summary>Folded month names and their numbers.</summary>
    public required IReadOnlyDictionary<string, int> Months { get; init; }

    /// <summary>Number-with-unit patterns.</summary>
    public required IReadOnlyList<Regex> Numbers { get; init; }

    /// <summary>Folded qualifier words and the study format's qualifier each means.</summary>
    public required IReadOnlyDictionary<string, string> Qualifiers { get; init; }

    /// <summary>Units and the properties they count.</summary>
    public required IReadOnlyList<UnitRule> Units { get; init; }

    /// <summary>Folds a phrase into its words, as search folds names.</summary>
    public static string[] Words(string phrase) => TextKey.Normalize(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Reads a language file; every problem is a <see cref="DraftException"/> naming the file.</summary>
    public static LanguagePatterns Load(string path, GraphModel model)
    {
        LanguageFile file;
        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            file = deserializer.Deserialize<LanguageFile>(File.ReadAllText(path)) ?? throw new DraftException($"{path}: the language file is empty");
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new DraftException($"{path}:{ex.Start.Line}:{ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}");
        }
        if (string.IsNullOrWhiteSpace(file.Language))
        {
            throw new DraftException($"{path}: 'language' (the ISO 639-1 code) is missing");
        }
        NodeKind Kind(string? name) => name is not null && model.TryGetKind(name, out var kind) ? kind : throw new DraftException($"{path}: unknown node kind '{name}'");
        RelationshipType Type(string name) => model.TryGetRelationship(name, out var type) ? type : throw new DraftException($"{path}: unknown relationship type '{name}'");
        Regex Pattern(string text)
        {
            try
            {
                return new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                throw new DraftException($"{path}: the pattern '{text}' is not a valid regular expression: {ex.Message}");
            }
        }
        static IReadOnlySet<string> FoldedSet(IEnumerable<string>? words) => (words ?? []).Select(TextKey.Normalize).Where(w => w.Length > 0).ToHashSet();
        static IReadOnlyList<string[]> Phrases(IEnumerable<string>? phrases) => (phrases ?? []).Select(Words).Where(w => w.Length > 0).ToList();
        KindCue Cue(KindCueFile c) => new(Kind(c.Kind), FoldedSet(c.Words), Phrases(c.Before), Phrases(c.After));

        return new LanguagePatterns
        {
            Code = file.Language.Trim().ToLowerInvariant(),
            Name = file.Name ?? file.Language,
            Markers = FoldedSet(file.Markers),
            Boilerplate = (file.Boilerplate ?? []).Select(TextKey.Normalize).Where(b => b.Length > 0).ToList(),
            NotNames = (file.NotNames ?? []).ToHashSet(StringComparer.Ordinal),
            NameJoiners = FoldedSet(file.NameJoiners),
            ListJoiners = FoldedSet(file.ListJoiners),
            HeadFirst = file.HeadFirst ?? false,
            ThemeIntroducers = Phrases(file.ThemeIntroducers),
            ThemeStops = FoldedSet(file.ThemeStops),
            NameCues = (file.NameCues ?? []).Select(Cue).ToList(),
            ContextCues = (file.ContextCues ?? []).Select(Cue).ToList(),
            Relationships = (file.Relationships ?? []).Select(r => new RelationshipRule(
                r.Rule ?? throw new DraftException($"{path}: a relationship rule has no 'rule' name"),
                (r.Types ?? []).Select(Type).ToList(),
                r.Order switch
                {
                    "from-first" or null => true,
                    "to-first" => false,
                    _ => throw new DraftException($"{path}: rule {r.Rule}: 'order' is from-first or to-first, not '{r.Order}'"),
                },
                (r.Cues ?? [""]).Select(Words).ToList(),
                r.Gap ?? 3,
                r.Confidence ?? 0.5,
                r.Properties ?? new Dictionary<string, string>())).ToList(),
            Dates = (file.Dates ?? []).Select(Pattern).ToList(),
            Months = (file.Months ?? []).ToDictionary(m => TextKey.Normalize(m.Key), m => m.Value),
            Numbers = (file.Numbers ?? []).Select(Pattern).ToList(),
            Qualifiers = (file.Qualifiers ?? []).ToDictionary(q => TextKey.Normalize(q.Key), q => q.Value),
            Units = (file.Units ?? []).Select(u => new UnitRule(FoldedSet(u.Unit), Kind(u.Kind), u.Property ?? throw new DraftException($"{path}: a unit has no 'property'"))).ToList(),
        };
    }

    /// <summary>The file's shape, as YAML gives it.</summary>
    private sealed class LanguageFile
    {
        public string? Language { get; set; }
        public string? Name { get; set; }
        public List<string>? Markers { get; set; }
        public List<string>? Boilerplate { get; set; }
        public List<string>? NotNames { get; set; }
        public List<string>? NameJoiners { get; set; }
        public List<string>? ListJoiners { get; set; }
        public bool? HeadFirst { get; set; }
        public List<string>? ThemeIntroducers { get; set; }
        public List<string>? ThemeStops { get; set; }
        public List<KindCueFile>? NameCues { get; set; }
        public List<KindCueFile>? ContextCues { get; set; }
        public List<RuleFile>? Relationships { get; set; }
        public List<string>? Dates { get; set; }
        public Dictionary<string, int>? Months { get; set; }
        public List<string>? Numbers { get; set; }
        public Dictionary<string, string>? Qualifiers { get; set; }
        public List<UnitFile>? Units { get; set; }
    }

    private sealed class KindCueFile
    {
        public string? Kind { get; set; }
        public List<string>? Words { get; set; }
        public List<string>? Before { get; set; }
        public List<string>? After { get; set; }
    }

    private sealed class RuleFile
    {
        public string? Rule { get; set; }
        public List<string>? Types { get; set; }
        public string? Order { get; set; }
        public List<string>? Cues { get; set; }
        public int? Gap { get; set; }
        public double? Confidence { get; set; }
        public Dictionary<string, string>? Properties { get; set; }
    }

    private sealed class UnitFile
    {
        public List<string>? Unit { get; set; }
        public string? Kind { get; set; }
        public string? Property { get; set; }
    }
}
