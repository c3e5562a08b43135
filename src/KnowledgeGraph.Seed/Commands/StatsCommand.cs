using System.CommandLine;
using System.Text.Json;

namespace KnowledgeGraph.Seed.Commands;

/// <summary><c>stats [--json]</c>: counts per node kind and relationship type.</summary>
public static class StatsCommand
{
    /// <summary>At most this many names per kind are listed in the JSON (sorted), so a large store stays readable.</summary>
    public const int NamesPerKind = 200;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON (nodes, relationships and sources, with counts per kind and type)." };
        var command = new Command("stats", "Count the stored nodes per kind and relationships per type.") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(parse, cancellationToken).ConfigureAwait(false);
            var stats = await store.GetStatsAsync(NamesPerKind, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                var document = new
                {
                    store = store.Location,
                    nodes = stats.Nodes,
                    relationships = stats.Relationships,
                    sources = stats.Sources,
                    nodesByKind = stats.NodesByKind,
                    relationshipsByType = stats.RelationshipsByType,
                    kinds = stats.NodesByKind.ToDictionary(k => k.Key, k => new
                    {
                        count = k.Value,
                        names = stats.NamesByKind.GetValueOrDefault(k.Key, []),
                        namesTruncated = k.Value > NamesPerKind,
                    }),
                };
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(document, Indented)).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            await context.Output.WriteLineAsync($"Store: {store.Location}").ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Nodes: {stats.Nodes}").ConfigureAwait(false);
            foreach (var (kind, count) in stats.NodesByKind)
            {
                await context.Output.WriteLineAsync($"  {kind,-16} {count,8}").ConfigureAwait(false);
            }
            await context.Output.WriteLineAsync($"Relationships: {stats.Relationships}").ConfigureAwait(false);
            foreach (var (type, count) in stats.RelationshipsByType)
            {
                await context.Output.WriteLineAsync($"  {type,-16} {count,8}").ConfigureAwait(false);
            }
            await context.Output.WriteLineAsync($"Sources: {stats.Sources}").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
