using System.CommandLine;
using KnowledgeGraph.Studies;

namespace KnowledgeGraph.Seed.Commands;

/// <summary>
/// The shape shared by <c>validate</c>, <c>diff</c> and <c>load</c>: study files or folders and a documents folder;
/// every problem of every file is printed and the command stops with exit code 1 before touching the store.
/// </summary>
public static class StudyCommand
{
    /// <summary>Creates a command whose <paramref name="onValid"/> runs only when every file is valid.</summary>
    public static Command Create(CliContext context, string name, string description,
        Func<ParseResult, StudySet, CancellationToken, Task<int>> onValid)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Study files (YAML) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command(name, description) { paths, CliContext.DocumentsOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var set = await context.ReadStudiesAsync(parse, parse.GetValue(paths)!).ConfigureAwait(false);
            return set.IsValid ? await onValid(parse, set, cancellationToken).ConfigureAwait(false) : ExitCodes.InvalidInput;
        });
        return command;
    }
}
