using KnowledgeGraph.Model.Schema;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeGraph.Drafting;

/// <summary>The language-independent drafting rules, read from <c>Rules/inference.yaml</c>.</summary>
public sealed class DraftRules
{
    /// <summary>Known relationship types repeated, inferred, from named nodes.</summary>
    public required IReadOnlyList<RelationshipType> Follow { get; init; }

    /// <summary>The property holding a place's country code.</summary>
    public required string CountryProperty { get; init; }

    /// <summary>The property holding a place's population.</summary>
    public required string PopulationProperty { get; init; }

    /// <summary>The property of a first day.</summary>
    public required string StartProperty { get; init; }

    /// <summary>The property of a last day.</summary>
    public required string EndProperty { get; init; }

    /// <summary>The study's language property.</summary>
    public required string LanguageProperty { get; init; }

    /// <summary>The study's document property.</summary>
    public required string DocumentProperty { get; init; }

    /// <summary>The confidence from which a proposal is written active rather than commented out.</summary>
    public required double ActiveConfidence { get; init; }

    /// <summary>The program's own rules file.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Rules", "inference.yaml");

    /// <summary>Reads a rules file.</summary>
    public static DraftRules Load(string path, GraphModel model)
    {
        if (!File.Exists(path))
        {
            throw new DraftException($"the drafting rules file '{path}' does not exist");
        }
        RulesFile file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
                .Deserialize<RulesFile>(File.ReadAllText(path)) ?? new RulesFile();
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new DraftException($"{path}:{ex.Start.Line}:{ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}");
        }
        return new DraftRules
        {
            Follow = (file.Follow ?? []).Select(t => model.TryGetRelationship(t, out var type) ? type : throw new DraftException($"{path}: unknown relationship type '{t}'")).ToList(),
            CountryProperty = file.CountryProperty ?? throw new DraftException($"{path}: 'countryProperty' is missing"),
            PopulationProperty = file.PopulationProperty ?? throw new DraftException($"{path}: 'populationProperty' is missing"),
            StartProperty = file.StartProperty ?? throw new DraftException($"{path}: 'startProperty' is missing"),
            EndProperty = file.EndProperty ?? throw new DraftException($"{path}: 'endProperty' is missing"),
            LanguageProperty = file.LanguageProperty ?? throw new DraftException($"{path}: 'languageProperty' is missing"),
            DocumentProperty = file.DocumentProperty ?? throw new DraftException($"{path}: 'documentProperty' is missing"),
            ActiveConfidence = file.ActiveConfidence ?? 0.5,
        };
    }

    private sealed class RulesFile
    {
        public List<string>? Follow { get; set; }
        public string? CountryProperty { get; set; }
        public string? PopulationProperty { get; set; }
        public double? ActiveConfidence { get; set; }
        public string? StartProperty { get; set; }
        public string? EndProperty { get; set; }
        public string? LanguageProperty { get; set; }
        public string? DocumentProperty { get; set; }
    }
}
