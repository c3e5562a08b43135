using System.CommandLine;
using KnowledgeGraph.Store.Copying;

namespace KnowledgeGraph.Seed.Commands;

/// <summary><c>copy --from LOCATION --to LOCATION</c>: copies a whole graph from one store to another, of any back-ends.</summary>
public static class CopyCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "The store to copy: a file (SQLite) or a store server's URI (neo4j://host:7687).", Required = true };
        var to = new Option<string>("--to") { Description = "The store to copy into (empty, or holding facts the copy merges with), as --from.", Required = true };
        var command = new Command("copy", "Copy a whole graph (nodes, names, values, relationships and every source) from one store to another, in one load.") { from, to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = CliContext.StoreProviders.Choose(context.Configuration, context.Model, parse.GetValue(from));
            var target = CliContext.StoreProviders.Choose(context.Configuration, context.Model, parse.GetValue(to));
            await using var reader = await source.OpenAsync(cancellationToken).ConfigureAwait(false);
            var batch = await GraphCopy.ReadAsync(reader, context.Model, $"copy of {reader.Location}", cancellationToken).ConfigureAwait(false);
            await using var writer = await target.OpenAsync(cancellationToken).ConfigureAwait(false);
            var report = await writer.LoadAsync([batch], cancellationToken: cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(
                $"Copied {batch.Nodes.Count} nodes and {batch.Relationships.Count} relationships from {reader.Provider} {reader.Location} to {writer.Provider} {writer.Location}: "
                + $"{report.Count(Store.ChangeKind.NodeAdded)} nodes and {report.Count(Store.ChangeKind.RelationshipAdded)} relationships added.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
