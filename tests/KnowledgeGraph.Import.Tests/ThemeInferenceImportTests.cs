using KnowledgeGraph.Store;

namespace KnowledgeGraph.Import.Tests;

/// <summary>
/// Theme inference through the importer into a real store: the INFERRED ADDRESSES relationship quotes the sentence and
/// names the rule, a stated theme stays stated, importing again changes nothing, and editing a rule file changes
/// exactly the facts it affects. The fixture data gets one project of our own, with a description written for the test.
/// </summary>
public class ThemeInferenceImportTests
{
    private const string Rules = """
        rules:
          - id: test/creative-sector
            themes: [creative-industries]
            terms:
              en: [creative industries]
          - id: test/alpine-culture
            themes: [culture]
            terms:
              en: [alpine culture]
        """;

    private const string Sentence = "It supports the creative industries of Torino and Lyon, e.g. designers and film makers.";

    private static TempFolder Fixture(out string rulesFile)
    {
        var temp = new TempFolder();
        var projects = Path.Combine(temp.Data, "interreg-2014-2020", "projects.csv");
        File.AppendAllText(projects,
            $"2014 - 2020 INTERREG VB Alpine Space,KGCREATE,Creative Alps,Comune di Torino,Torino,Italy,\"100,000.00\",85000,,Tourism,,,(6),\"A network of cities. {Sentence} Aircraft makers are not concerned.\",2016/01/01,2018/12/31\n");
        var partners = Path.Combine(temp.Data, "interreg-2014-2020", "partners.csv");
        File.AppendAllText(partners,
            "2014 - 2020 INTERREG VB Alpine Space,KGCREATE,Comune di Torino,Yes,Torino,Italy,public,IT Italy / ITALIA,,,\n" +
            "2014 - 2020 INTERREG VB Alpine Space,KGCREATE,Ville de Lyon,No,Lyon,France,public,FR France / FRANCE,,,\n");
        rulesFile = Path.Combine(temp.Path, "rules.yaml");
        File.WriteAllText(rulesFile, Rules);
        return temp;
    }

    /// <summary>The sources of the ADDRESSES relationships from the projects whose id is LIKE <paramref name="from"/> to a theme: one column, joined.</summary>
    private static string EdgeSources(string store, string from, string theme, string column) => string.Join(" | ", TestData.Column(store, $"""
        SELECT s.{column} FROM edges e JOIN nodes p ON p.seq = e.src JOIN nodes t ON t.seq = e.dst JOIN sources s ON s.edge = e.seq
        WHERE e.type = 'ADDRESSES' AND p.id LIKE '{from}' AND t.id = '{theme}' ORDER BY s.certainty, s.seq
        """));

    [Fact]
    public async Task An_inferred_theme_quotes_its_sentence_names_its_rule_and_leaves_stated_themes_stated()
    {
        using var temp = Fixture(out var rules);
        await TestData.ImportAsync(temp.Store, "all", temp.Data, new ImportOptions { ThemeRulesPath = rules });
        var project = "project:keep-eu:%:kgcreate";
        Assert.Equal("inferred", EdgeSources(temp.Store, project, "theme:creative-industries", "certainty"));
        Assert.Equal(Sentence, EdgeSources(temp.Store, project, "theme:creative-industries", "quote"));
        Assert.Equal("theme inferred from the description by rule 'test/creative-sector' (rules.yaml)", EdgeSources(temp.Store, project, "theme:creative-industries", "note"));
        Assert.Equal("interreg-2014-2020/projects.csv", EdgeSources(temp.Store, project, "theme:creative-industries", "dataset"));
        // keep.eu states culture for ALPCULT ("Cultural heritage and arts"): the rule that would infer it adds nothing.
        var alpcult = EdgeSources(temp.Store, "project:keep-eu:%alpine-space%:alpcult", "theme:culture", "certainty");
        Assert.Contains("stated", alpcult, StringComparison.Ordinal);
        Assert.DoesNotContain("inferred", alpcult, StringComparison.Ordinal);
        // The stated tourism label of the new project stays stated.
        var tourism = EdgeSources(temp.Store, project, "theme:tourism", "certainty");
        Assert.Contains("stated", tourism, StringComparison.Ordinal);
        Assert.DoesNotContain("inferred", tourism, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_theme_rules_nothing_is_inferred()
    {
        using var temp = Fixture(out _);
        await TestData.ImportAsync(temp.Store, "all", temp.Data, new ImportOptions { InferThemes = false });
        Assert.Equal("", EdgeSources(temp.Store, "project:keep-eu:%:kgcreate", "theme:creative-industries", "certainty"));
    }

    [Fact]
    public async Task Importing_again_changes_nothing_and_editing_a_rule_changes_exactly_the_facts_it_affects()
    {
        using var temp = Fixture(out var rules);
        var options = new ImportOptions { ThemeRulesPath = rules };
        await TestData.ImportAsync(temp.Store, "all", temp.Data, options);
        var (_, again) = await TestData.ImportAsync(temp.Store, "all", temp.Data, options);
        Assert.True(again.IsEmpty, string.Join("\n", again.Changes));

        File.WriteAllText(rules, Rules + """

              - id: test/aviation
                themes: [aviation]
                terms:
                  en: [aircraft makers]
            """);
        var (_, edited) = await TestData.ImportAsync(temp.Store, "all", temp.Data, options);
        var changes = edited.Changes.Select(c => c.ToString()).ToList();
        Assert.Single(edited.Changes, c => c.Kind == ChangeKind.NodeAdded && c.Subject == "theme:aviation");
        Assert.Single(edited.Changes, c => c.Kind == ChangeKind.RelationshipAdded);
        Assert.All(edited.Changes, c => Assert.Contains("aviation", c.ToString(), StringComparison.Ordinal));
        Assert.Equal("Aircraft makers are not concerned.", EdgeSources(temp.Store, "project:keep-eu:%:kgcreate", "theme:aviation", "quote"));
    }
}
