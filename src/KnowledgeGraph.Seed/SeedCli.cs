using System.CommandLine;
using KnowledgeGraph.Seed.Commands;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Seed;

/// <summary>Builds the command line and runs it, turning any failure into a clear message and an exit code.</summary>
public static class SeedCli
{
    /// <summary>Runs the CLI with <paramref name="args"/>; output goes to <paramref name="output"/> and <paramref name="error"/> (the console by default).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var context = new CliContext(output ?? Console.Out, error ?? Console.Error);
        var root = new RootCommand("kg-seed: load study files and datasets into the city-networks knowledge graph, check them, and export the graph.")
        {
            CliContext.StoreOption,
        };
        root.Subcommands.Add(LoadCommand.Create(context));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ModelCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(CopyCommand.Create(context));
        root.Subcommands.Add(DraftCommand.Create(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await context.Error.WriteLineAsync($"error: {parseError.Message}").ConfigureAwait(false);
            }
            await context.Error.WriteLineAsync("Run 'kg-seed --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        try
        {
            // Without the default handler, failures reach the catch blocks below (and their exit codes) instead of
            // System.CommandLine printing a stack trace and returning 1, the exit code of invalid input.
            var configuration = new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (InvalidBatchException ex)
        {
            await context.WriteProblemsAsync(ex.Problems).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("cancelled; nothing was written.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (StoreException ex)
        {
            // Whatever the back-end: it could not be configured, opened, read or written.
            await context.Error.WriteLineAsync($"error: {ex.Describe()}").ConfigureAwait(false);
            return ExitCodes.StoreError;
        }
        catch (InvalidOperationException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.StoreError;
        }
        catch (IOException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.StoreError;
        }
        catch (UnauthorizedAccessException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.StoreError;
        }
    }
}
