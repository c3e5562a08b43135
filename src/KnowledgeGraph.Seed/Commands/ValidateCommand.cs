using System.CommandLine;

namespace KnowledgeGraph.Seed.Commands;

/// <summary><c>validate PATH...</c>: checks study files against the model and their documents; writes nothing.</summary>
public static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context) => StudyCommand.Create(context, "validate",
        "Check study files (YAML syntax, kinds, relationships, references, sources, quotes); writes nothing.",
        async (_, set, _) =>
        {
            var batches = set.Batches;
            await context.Output.WriteLineAsync(
                $"{set.Files.Count} file(s) valid: {batches.Sum(b => b.Nodes.Count)} nodes, {batches.Sum(b => b.Relationships.Count)} relationships.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
}
