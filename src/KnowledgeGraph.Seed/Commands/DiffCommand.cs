using System.CommandLine;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Seed.Commands;

/// <summary><c>diff PATH...</c>: what a load would add or change, without writing.</summary>
public static class DiffCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context) => StudyCommand.Create(context, "diff",
        "Show what loading the study files would add or change; writes nothing.",
        async (parse, set, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(parse, cancellationToken).ConfigureAwait(false);
            var report = await store.LoadAsync(set.Batches, dryRun: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var change in report.Changes)
            {
                await context.Output.WriteLineAsync($"{Sign(change.Kind)} {change}").ConfigureAwait(false);
            }
            await WriteSummaryAsync(context.Output, report).ConfigureAwait(false);
            return ExitCodes.Ok;
        });

    /// <summary>One line per kind of change with its count, or "no changes".</summary>
    public static async Task WriteSummaryAsync(TextWriter output, LoadReport report)
    {
        if (report.IsEmpty)
        {
            await output.WriteLineAsync(report.DryRun ? "No changes: the store already holds these facts." : "No changes.").ConfigureAwait(false);
            return;
        }
        var counts = Enum.GetValues<ChangeKind>().Select(k => (k, report.Count(k))).Where(x => x.Item2 > 0).Select(x => $"{x.Item2} {Describe(x.k)}");
        await output.WriteLineAsync((report.DryRun ? "Would make: " : "Made: ") + string.Join(", ", counts) + ".").ConfigureAwait(false);
    }

    private static string Sign(ChangeKind kind) => kind is ChangeKind.NodeAdded or ChangeKind.RelationshipAdded ? "+" : "~";

    private static string Describe(ChangeKind kind) => kind switch
    {
        ChangeKind.NodeAdded => "nodes added",
        ChangeKind.NodeMerged => "nodes merged",
        ChangeKind.NameAdded => "names added",
        ChangeKind.PropertyChanged => "properties changed",
        ChangeKind.RelationshipAdded => "relationships added",
        ChangeKind.SourceAdded => "sources added",
        _ => kind.ToString(),
    };
}
