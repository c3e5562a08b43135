using System.CommandLine;
using KnowledgeGraph.Studies;

namespace KnowledgeGraph.Seed.Commands;

/// <summary><c>model</c>: prints what the model generates for documentation: the study-file JSON Schema or the Markdown tables.</summary>
public static class ModelCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var schema = new Option<bool>("--json-schema") { Description = "Print the JSON Schema of study files (docs/study.schema.json)." };
        var markdown = new Option<bool>("--markdown") { Description = "Print the model's tables of kinds, relationships and properties." };
        var command = new Command("model", "Print the graph model as a study-file JSON Schema or as Markdown tables.") { schema, markdown };
        command.SetAction(async (parse, _) =>
        {
            var text = parse.GetValue(schema) ? StudySchema.Generate(context.Model) : ModelDocs.Markdown(context.Model);
            await context.Output.WriteAsync(text).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
