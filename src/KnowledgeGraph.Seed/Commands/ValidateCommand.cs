using System.CommandLine;

namespace KnowledgeGraph.Seed.Commands;

/// <summary><c>validate PATH...</c>: checks study files against the model and their documents; writes nothing.</summary>
public static class ValidateCommand
{
    /// <summary>The study files or folders argument, shared by load, validate and diff.</summary>
    public static Argument<string[]> PathsArgument() => new("paths")
    {
        Description = "Study files (YAML) or folders of them.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var paths = PathsArgument();
        var command = new Command("validate", "Check study files (YAML syntax, kinds, relationships, references, sources, quotes); writes nothing.")
        {
            paths,
            CliContext.DocumentsOption,
        };
        command.SetAction(async (parse, _) =>
        {
            var set = await context.ReadStudiesAsync(parse, parse.GetValue(paths)!).ConfigureAwait(false);
            if (!set.IsValid)
            {
                return ExitCodes.InvalidInput;
            }
            var batches = set.Batches;
            await context.Output.WriteLineAsync(
                $"{set.Files.Count} file(s) valid: {batches.Sum(b => b.Nodes.Count)} nodes, {batches.Sum(b => b.Relationships.Count)} relationships.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
