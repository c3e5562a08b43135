using System.Globalization;
using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Import.KeepEu;
using KnowledgeGraph.Import.MunicipalNetworks;
using KnowledgeGraph.Import.Themes;
using KnowledgeGraph.Import.Urbact;
using Xunit.Abstractions;

namespace KnowledgeGraph.Import.Tests;

/// <summary>
/// Precision and recall of the shipped theme rules against the hand-labelled evaluation set
/// (Fixtures/theme-evaluation: identifiers and labels only, the texts are read from ../shared/data). The estimates
/// over all projects weight each stratum by its size in the data over its size in the sample.
/// </summary>
public class ThemeEvaluationTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "theme-evaluation");

    /// <summary>One project or network's own texts, the unit the rules read.</summary>
    private sealed record Item(string Source, string Programme, string Key, (string Field, string? Text)[] Fields);

    [DataFact]
    public void Creative_industries_precision_and_recall_meet_the_targets_on_the_labelled_set()
    {
        var (heldPrecision, heldRecall, heldCounts) = Evaluate("creative-industries", "CreativeIndustries", "held-out");
        output.WriteLine("items labelled after the rules were first written (the rules were then revised on them too): " + heldCounts);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"those items, within the keyword stratum: precision {heldPrecision:0.000}, recall {heldRecall:0.000}"));
        var (precision, recall, counts) = Evaluate("creative-industries", "CreativeIndustries");
        output.WriteLine(counts);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"creative industries: precision {precision:0.000}, recall {recall:0.000} (estimated over all projects by stratum weights)"));
        Assert.True(precision >= 0.9, $"precision {precision:0.000} < 0.9");
        Assert.True(recall >= 0.8, $"recall {recall:0.000} < 0.8");
    }

    [DataFact]
    public void Every_labelled_item_is_found_in_the_data_and_the_strata_add_up()
    {
        var items = Items(TestData.SharedData!);
        var labels = Labels();
        Assert.True(labels.Count >= 300, $"only {labels.Count} labelled items");
        foreach (var l in labels)
        {
            Assert.True(items.ContainsKey((l.Source, l.Programme, l.Key)), $"labelled item {l.Source} '{l.Programme}' '{l.Key}' is not in ../shared/data");
        }
        var sizes = StratumSizes();
        Assert.Equal(items.Count, sizes.Values.Sum());
    }

    /// <summary>The weighted precision and recall of a theme, and a line of counts per stratum.</summary>
    private static (double Precision, double Recall, string Counts) Evaluate(string theme, string column, string? set = null)
    {
        var items = Items(TestData.SharedData!);
        var sizes = StratumSizes();
        var labels = Labels().Where(l => set is null || l.Row["Set"] == set).ToList();
        var rules = ThemeRules.Default;
        double tp = 0, fp = 0, fn = 0;
        var lines = new List<string>();
        foreach (var stratum in labels.GroupBy(l => l.Stratum))
        {
            var weight = (double)sizes[stratum.Key] / stratum.Count();
            int t = 0, f = 0, n = 0;
            foreach (var l in stratum)
            {
                var hit = rules.Infer(items[(l.Source, l.Programme, l.Key)].Fields).FirstOrDefault(h => h.Theme == theme);
                var inferred = hit is not null;
                var labelled = l.Row[column] == "yes";
                if (inferred != labelled)
                {
                    lines.Add($"  {(inferred ? "FP" : "FN")} {l.Source} {l.Programme} '{l.Key}'" + (hit is null ? "" : $" by {hit.Rule.Id}: {hit.Quote}"));
                }
                if (inferred && labelled) { t++; }
                else if (inferred) { f++; }
                else if (labelled) { n++; }
            }
            tp += weight * t;
            fp += weight * f;
            fn += weight * n;
            lines.Add($"{stratum.Key}: {stratum.Count()} labelled of {sizes[stratum.Key]}; TP {t}, FP {f}, FN {n}");
        }
        var precision = tp + fp == 0 ? 1 : tp / (tp + fp);
        var recall = tp + fn == 0 ? 1 : tp / (tp + fn);
        return (precision, recall, string.Join("\n", lines));
    }

    private sealed record Label(string Source, string Programme, string Key, string Stratum, CsvRow Row);

    private static List<Label> Labels() =>
        CsvTable.Read(Path.Combine(Folder, "creative-industries-labels.csv"), "creative-industries-labels.csv", ["Source", "Programme", "Key", "Stratum", "CreativeIndustries", "Reason", "Set"])
            .Select(r => new Label(r["Source"]!, r["Programme"] ?? "", r["Key"]!, r["Stratum"]!, r)).ToList();

    /// <summary>The number of projects and networks of each stratum in the data (strata.csv: Stratum, Size).</summary>
    private static Dictionary<string, int> StratumSizes() =>
        CsvTable.Read(Path.Combine(Folder, "strata.csv"), "strata.csv", ["Stratum", "Size"])
            .ToDictionary(r => r["Stratum"]!, r => int.Parse(r["Size"]!, CultureInfo.InvariantCulture));

    /// <summary>Every project and network of the data, keyed as in the labels, with the fields the importers give the rules.</summary>
    private static Dictionary<(string, string, string), Item> Items(string data)
    {
        var items = new Dictionary<(string, string, string), Item>();
        var keep = Path.Combine(data, "interreg-2014-2020", "projects.csv");
        foreach (var row in CsvTable.Read(keep, "projects.csv", ["Programme", "Acronym"]))
        {
            var key = ("keep-eu", row["Programme"] ?? "", row["Acronym"] ?? "");
            items.TryAdd(key, new Item(key.Item1, key.Item2, key.Item3, KeepEuImporter.ThemeFields(row)));
        }
        foreach (var row in CsvTable.Read(Path.Combine(data, "urbact", "networks.csv"), "networks.csv", ["Code_Network"]))
        {
            var key = ("urbact", "", row["Code_Network"] ?? "");
            items.TryAdd(key, new Item(key.Item1, "", key.Item3, UrbactImporter.ThemeFields(row)));
        }
        foreach (var row in CsvTable.Read(Path.Combine(data, "city-networks-etmun", "networks.csv"), "networks.csv", ["Code"]))
        {
            var key = ("municipal-networks", "", row["Code"] ?? "");
            items.TryAdd(key, new Item(key.Item1, "", key.Item3, MunicipalNetworksImporter.ThemeFields(row)));
        }
        return items;
    }
}
