using System.Text.Json;
using KnowledgeGraph.Seed;
using KnowledgeGraph.Seed.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Neo4j.Tests.Live;

/// <summary>The CLI's verbs against Neo4j (<c>--store</c> the server's address), and copying between back-ends.</summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class CliTests(LiveNeo4j server) : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    public Task InitializeAsync() => server.ClearAsync();

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    private string Neo => server.Options.Uri!;

    private static string WithoutStore(string statsJson)
    {
        using var doc = JsonDocument.Parse(statsJson);
        return JsonSerializer.Serialize(doc.RootElement.EnumerateObject().Where(p => p.Name != "store").ToDictionary(p => p.Name, p => p.Value));
    }

    [Neo4jFact]
    public async Task Load_diff_stats_export_and_a_round_trip_sqlite_neo4j_sqlite_give_the_original_export()
    {
        var original = _temp.File("original.db");
        await Cli.RunOkAsync(original, "load", TestPaths.GraphSeed);
        await Cli.RunOkAsync(Neo, "validate", TestPaths.GraphSeed);

        var copied = await Cli.RunAsync("copy", "--from", original, "--to", Neo);
        Assert.True(copied.ExitCode == ExitCodes.Ok, copied.ToString());
        var diff = await Cli.RunOkAsync(Neo, "diff", TestPaths.GraphSeed);
        Assert.Contains("No changes", diff.Output + diff.Error);
        Assert.Equal(WithoutStore((await Cli.RunOkAsync(original, "stats", "--json")).Output), WithoutStore((await Cli.RunOkAsync(Neo, "stats", "--json")).Output));

        var back = _temp.File("back.db");
        Assert.Equal(ExitCodes.Ok, (await Cli.RunAsync("copy", "--from", Neo, "--to", back)).ExitCode);
        var exports = new List<string>();
        foreach (var store in new[] { original, Neo, back })
        {
            var file = _temp.File($"export-{exports.Count}.json");
            await Cli.RunOkAsync(store, "export", "-o", file);
            exports.Add(await File.ReadAllTextAsync(file));
        }
        Assert.Equal(exports[0], exports[1]);
        Assert.Equal(exports[0], exports[2]);

        // Loading the studies into Neo4j directly changes nothing either.
        var load = await Cli.RunOkAsync(Neo, "load", TestPaths.GraphSeed);
        Assert.Contains("No changes", load.Output + load.Error);
    }

    [Neo4jFact]
    public async Task An_unreachable_server_is_a_store_error_with_exit_code_3()
    {
        var result = await Cli.RunAsync("stats", "--store", "http://127.0.0.1:9");
        Assert.Equal(ExitCodes.StoreError, result.ExitCode);
        Assert.Contains("127.0.0.1:9", result.Error);
        Assert.Contains("could not be reached", result.Error);
    }
}
