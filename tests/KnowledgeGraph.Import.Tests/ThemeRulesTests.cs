using KnowledgeGraph.Import.Themes;

namespace KnowledgeGraph.Import.Tests;

/// <summary>The theme rule engine on small rule files written for the tests: parsing, whole-word matching, exclusions, context, quotes.</summary>
public class ThemeRulesTests
{
    private const string Rules = """
        rules:
          - id: crafts/trade
            themes: [crafts, creative-industries]
            terms:
              en: [craft businesses, artisans]
              fr: [métiers d'art]
            requires: [market, business]
            unless: [food artisans]
          - id: design/sector
            themes: [Design]
            terms:
              en: [designers]
            unless: [designing a strategy]
        """;

    private static ThemeRules Parse(string yaml = Rules) => new(ThemeRules.Parse(yaml, "test-rules.yaml"));

    private static IReadOnlyList<ThemeHit> Infer(string text, string yaml = Rules) => Parse(yaml).Infer([("description", text)]);

    [Fact]
    public void A_term_matches_whole_words_of_the_folded_text_whatever_the_case_accents_and_punctuation()
    {
        Assert.Contains(Infer("Craft-Businesses reach a new market."), h => h.Theme == "crafts");
        Assert.Contains(Infer("Les MÉTIERS D’ART trouvent un market."), h => h.Theme == "crafts");
        Assert.Empty(Infer("Aircraft businesses reach a new market."));
        Assert.Empty(Infer("Craft businessesses reach a new market."));
    }

    [Fact]
    public void A_rule_fires_for_every_theme_it_names_with_slugged_theme_names()
    {
        var hits = Infer("Designers meet. Artisans sell on the market.");
        Assert.Equal(["design", "crafts", "creative-industries"], hits.Select(h => h.Theme));
        Assert.Equal("design/sector", hits[0].Rule.Id);
        Assert.Equal("test-rules.yaml", hits[0].Rule.File);
    }

    [Fact]
    public void An_exclusion_cancels_the_rule_only_in_its_own_sentence()
    {
        Assert.Empty(Infer("Food artisans sell on the market."));
        var hit = Assert.Single(Infer("Food artisans sell on the market. Artisans of glass open a business."), h => h.Theme == "crafts");
        Assert.Equal("Artisans of glass open a business.", hit.Quote);
    }

    [Fact]
    public void Required_context_must_be_in_the_same_sentence()
    {
        Assert.Empty(Infer("Artisans meet. They look for a market."));
        Assert.NotEmpty(Infer("Artisans meet to look for a market."));
    }

    [Fact]
    public void The_quote_is_the_triggering_sentence_and_abbreviations_do_not_split_it()
    {
        var hit = Infer("The project plans. It supports designers, e.g. Dr. Smith and J. Doe, in Lyon! Then it ends.")[0];
        Assert.Equal("It supports designers, e.g. Dr. Smith and J. Doe, in Lyon!", hit.Quote);
        Assert.Equal("description", hit.Field);
    }

    [Fact]
    public void A_long_sentence_is_quoted_around_the_term_that_triggered_the_rule()
    {
        var text = string.Concat(Enumerable.Repeat("the partners meet and talk about many things ", 30)) + "with designers at the end";
        var hit = Assert.Single(Infer(text));
        Assert.Contains("designers", hit.Quote, StringComparison.Ordinal);
        Assert.StartsWith("…", hit.Quote, StringComparison.Ordinal);
        Assert.True(hit.Quote.Length <= Sentences.MaxLength + 2);
    }

    [Fact]
    public void The_first_field_that_fires_is_quoted_for_each_theme()
    {
        var hits = Parse().Infer([("name", "Designers network"), ("description", "Designers of furniture.")]);
        var hit = Assert.Single(hits);
        Assert.Equal(("name", "Designers network"), (hit.Field, hit.Quote));
    }

    [Fact]
    public void No_rules_infer_nothing() => Assert.Empty(ThemeRules.None.Infer([("name", "creative industries")]));

    [Theory]
    [InlineData("rules:\n  - themes: [x]\n    terms: {en: [a]}\n", "rule 1: the rule has no id")]
    [InlineData("rules:\n  - id: r\n    terms: {en: [a]}\n", "rule 1 'r': the rule names no theme")]
    [InlineData("rules:\n  - id: r\n    themes: [x]\n", "rule 1 'r': the rule has no terms")]
    [InlineData("rules:\n  - id: r\n    themes: [x]\n    terms: {en: [a]}\n    colour: red\n", "line 5")]
    [InlineData("rules: [\n", "line")]
    public void A_bad_rule_file_is_an_error_naming_the_file_and_where(string yaml, string expected)
    {
        var ex = Assert.Throws<ImportException>(() => ThemeRules.Parse(yaml, "bad.yaml"));
        Assert.StartsWith("bad.yaml: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_id_used_twice_across_files_is_an_error_and_a_missing_folder_too()
    {
        using var temp = new TempFolder(copyFixtures: false);
        File.WriteAllText(Path.Combine(temp.Path, "a.yaml"), Rules);
        File.WriteAllText(Path.Combine(temp.Path, "b.yaml"), Rules);
        var ex = Assert.Throws<ImportException>(() => ThemeRules.Load(temp.Path));
        Assert.Contains("'crafts/trade' is used twice", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ImportException>(() => ThemeRules.Load(Path.Combine(temp.Path, "missing")));
    }

    [Fact]
    public void The_shipped_rules_load_and_cover_creative_industries_and_its_neighbours()
    {
        var themes = ThemeRules.Default.Rules.SelectMany(r => r.Themes).ToHashSet();
        foreach (var theme in new[] { "creative-industries", "crafts", "design", "film", "music", "games", "fashion", "media-arts" })
        {
            Assert.Contains(theme, themes);
        }
        Assert.Contains(ThemeRules.Default.Infer([("description", "It supports the cultural and creative industries.")]), h => h.Theme == "creative-industries");
        Assert.Empty(ThemeRules.Default.Infer([("description", "The CCI of Nice (chamber of commerce) designs a strategy with creative solutions for aircraft makers.")]));
    }
}
