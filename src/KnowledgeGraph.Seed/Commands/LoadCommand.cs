using System.CommandLine;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store;
using Spectre.Console;

namespace KnowledgeGraph.Seed.Commands;

/// <summary><c>load PATH...</c>: loads study files into the store in one transaction, or nothing when any file has an error.</summary>
public static class LoadCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context) => StudyCommand.Create(context, "load",
        "Load study files or folders into the store. All files load in one transaction; any error leaves the store unchanged.",
        async (parse, set, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(parse, cancellationToken).ConfigureAwait(false);
            var report = await LoadWithProgressAsync(store, set.Batches, dryRun: false, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Loaded {set.Files.Count} file(s) into {store.Location}.").ConfigureAwait(false);
            await DiffCommand.WriteSummaryAsync(context.Output, report).ConfigureAwait(false);
            return ExitCodes.Ok;
        });

    /// <summary>
    /// Loads with a progress bar when the console is interactive; <paramref name="validatedAgainst"/>: the model the
    /// batches were already checked against (see <see cref="LoadOptions.ValidatedAgainst"/>), null to have them checked.
    /// </summary>
    public static async Task<LoadReport> LoadWithProgressAsync(IGraphStore store, IReadOnlyList<GraphBatch> batches, bool dryRun, CancellationToken cancellationToken,
        GraphModel? validatedAgainst = null)
    {
        var options = new LoadOptions { DryRun = dryRun, ValidatedAgainst = validatedAgainst };
        var total = batches.Sum(b => b.Nodes.Count + b.Relationships.Count);
        if (!AnsiConsole.Profile.Capabilities.Interactive || total < 2000)
        {
            return await store.LoadAsync(batches, options, cancellationToken).ConfigureAwait(false);
        }
        LoadReport? report = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("facts", maxValue: total);
                var before = 0;
                var progress = new Progress<LoadProgress>(p =>
                {
                    task.Description = Path.GetFileName(p.Batch);
                    task.Increment(p.Done - before);
                    before = p.Done == p.Total ? 0 : p.Done;
                });
                report = await store.LoadAsync(batches, options with { Progress = progress }, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return report!;
    }
}
