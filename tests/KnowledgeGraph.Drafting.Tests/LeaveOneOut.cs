using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Studies;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Drafting.Tests;

/// <summary>One document's leave-one-out result: its curated study, the draft's text and how the draft scores.</summary>
public sealed record LeaveOneOutResult(string Study, string Document, string DraftText, StudyReadResult DraftRead, DraftScore? Score, DraftScore? ByName);

/// <summary>
/// Leave-one-out against the curated studies: each document is drafted with a real SQLite store that holds the
/// other curated studies (and, optionally, a copy of a store of imported open data first), then compared with its own.
/// </summary>
public static class LeaveOneOut
{
    /// <summary>True when the seed documents are beside the repository.</summary>
    public static bool DocumentsAvailable => Directory.Exists(TestPaths.Documents) && Directory.EnumerateFiles(TestPaths.Documents, "*.txt").Any();

    /// <summary>Runs every curated study; <paramref name="baseStore"/> is copied as the starting store when given.</summary>
    public static async Task<IReadOnlyList<LeaveOneOutResult>> RunAsync(string? baseStore = null)
    {
        var model = CityNetworksModel.Instance;
        var set = StudySet.Read([TestPaths.GraphSeed], model, TestPaths.Documents);
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        var catalog = LanguageCatalog.Load(LanguageCatalog.DefaultFolder, model);
        var rules = DraftRules.Load(DraftRules.DefaultPath, model);
        var results = new List<LeaveOneOutResult>();
        using var temp = new TempFolder();
        foreach (var held in set.Files)
        {
            var gold = held.Batch!;
            var document = (string)gold.Nodes[0].Claims.First(c => c.Name == rules.DocumentProperty).Value;
            var storePath = temp.File(Path.GetFileNameWithoutExtension(held.Path) + ".db");
            if (baseStore is not null)
            {
                File.Copy(baseStore, storePath);
            }
            KnownGraph known;
            await using (var store = SqliteGraphStore.Open(storePath, model))
            {
                await store.LoadAsync(set.Files.Where(f => f != held).Select(f => f.Batch!).ToList());
                known = await KnownGraph.ReadAsync(store, model, rules);
            }
            var source = SourceDocument.Read(Path.Combine(TestPaths.Documents, document));
            var draft = new StudyDrafter(model, known, rules).Draft(source, catalog.Detect(source));
            var text = new DraftWriter(rules).Write(draft, known.NodeCount);
            var read = new StudyFileReader(model) { DocumentLookup = name => File.Exists(Path.Combine(TestPaths.Documents, name)) ? File.ReadAllText(Path.Combine(TestPaths.Documents, name)) : null }
                .Read(Path.GetFileName(held.Path), text);
            results.Add(new LeaveOneOutResult(Path.GetFileName(held.Path), document, text, read,
                read.Batch is null ? null : DraftScore.Compare(gold, read.Batch, model),
                read.Batch is null ? null : DraftScore.Compare(gold, read.Batch, model, byNameForEveryKind: true)));
        }
        return results;
    }

    /// <summary>The results as a Markdown table (the one in docs/drafting.md).</summary>
    public static string Table(IReadOnlyList<LeaveOneOutResult> results)
    {
        static string F(double value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            "| document | study | nodes P | nodes R | relationships P | relationships R |",
            "|---|---|---|---|---|---|",
        };
        foreach (var r in results)
        {
            var s = r.Score!;
            lines.Add($"| {r.Document} | {r.Study} | {F(s.Nodes.Precision)} ({s.Nodes.Matched}/{s.Nodes.Proposed}) | {F(s.Nodes.Recall)} ({s.Nodes.GoldMatched}/{s.Nodes.Gold}) | "
                + $"{F(s.Relationships.Precision)} ({s.Relationships.Matched}/{s.Relationships.Proposed}) | {F(s.Relationships.Recall)} ({s.Relationships.GoldMatched}/{s.Relationships.Gold}) |");
        }
        var nodes = Sum(results.Select(r => r.Score!.Nodes));
        var rels = Sum(results.Select(r => r.Score!.Relationships));
        lines.Add($"| **all** | | {F(nodes.Precision)} ({nodes.Matched}/{nodes.Proposed}) | {F(nodes.Recall)} ({nodes.GoldMatched}/{nodes.Gold}) | "
            + $"{F(rels.Precision)} ({rels.Matched}/{rels.Proposed}) | {F(rels.Recall)} ({rels.GoldMatched}/{rels.Gold}) |");
        var nodesByName = Sum(results.Select(r => r.ByName!.Nodes));
        var relsByName = Sum(results.Select(r => r.ByName!.Relationships));
        lines.Add($"| all, events matched by name too | | {F(nodesByName.Precision)} ({nodesByName.Matched}/{nodesByName.Proposed}) | {F(nodesByName.Recall)} ({nodesByName.GoldMatched}/{nodesByName.Gold}) | "
            + $"{F(relsByName.Precision)} ({relsByName.Matched}/{relsByName.Proposed}) | {F(relsByName.Recall)} ({relsByName.GoldMatched}/{relsByName.Gold}) |");
        return string.Join('\n', lines);
    }

    /// <summary>Pooled figures over several documents (micro-average).</summary>
    public static Figures Sum(IEnumerable<Figures> figures)
    {
        var list = figures.ToList();
        return new Figures(list.Sum(f => f.Proposed), list.Sum(f => f.Gold), list.Sum(f => f.Matched), list.Sum(f => f.GoldMatched));
    }
}
