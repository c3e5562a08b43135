using System.CommandLine;
using KnowledgeGraph.Seed.Export;

namespace KnowledgeGraph.Seed.Commands;

/// <summary><c>export --format json|graphml|gexf|csv</c>: the whole graph for other tools (GraphML and GEXF open in Gephi).</summary>
public static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "json, graphml, gexf or csv.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "graphml", "gexf", "csv");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "File to write (a folder for csv). Default: standard output (json, graphml, gexf).",
        };
        var command = new Command("export", "Export the whole graph with its sources.") { format, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(format)!;
            var target = parse.GetValue(output);
            if (chosen == "csv" && string.IsNullOrWhiteSpace(target))
            {
                await context.Error.WriteLineAsync("error: csv export writes three files: give a folder with --output").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            await using var store = await context.OpenStoreAsync(parse, cancellationToken).ConfigureAwait(false);
            var graph = await GraphExport.ReadAsync(store, cancellationToken).ConfigureAwait(false);
            if (chosen == "csv")
            {
                await CsvExporter.WriteAsync(graph, target!, cancellationToken).ConfigureAwait(false);
                await context.Output.WriteLineAsync($"Wrote nodes.csv, relationships.csv and sources.csv to {target}.").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            var memory = new MemoryStream();
            switch (chosen)
            {
                case "graphml":
                    XmlGraphExporter.WriteGraphMl(graph, context.Model, memory);
                    break;
                case "gexf":
                    XmlGraphExporter.WriteGexf(graph, context.Model, memory);
                    break;
                default:
                    await JsonExporter.WriteAsync(graph, memory, cancellationToken).ConfigureAwait(false);
                    break;
            }
            if (string.IsNullOrWhiteSpace(target))
            {
                memory.Position = 0;
                using var reader = new StreamReader(memory);
                await context.Output.WriteAsync(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
                await context.Output.WriteLineAsync().ConfigureAwait(false);
            }
            else
            {
                await File.WriteAllBytesAsync(target, memory.ToArray(), cancellationToken).ConfigureAwait(false);
                await context.Error.WriteLineAsync($"Wrote {graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships to {target}.").ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
