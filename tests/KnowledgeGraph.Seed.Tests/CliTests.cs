using System.Text.Json;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Seed.Tests.TestSupport;
using KnowledgeGraph.Studies;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Seed.Tests;

public sealed class CliTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Model_json_schema_prints_the_generated_schema_that_docs_hold()
    {
        var result = await Cli.RunAsync("model", "--json-schema");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(StudySchema.Generate(CityNetworksModel.Instance), result.Output);
        Assert.Equal(File.ReadAllText(TestPaths.InRepo("docs", "study.schema.json")).ReplaceLineEndings("\n"), result.Output);
    }

    [Fact]
    public async Task Model_markdown_prints_the_model_tables()
    {
        var result = await Cli.RunAsync("model", "--markdown");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(ModelDocs.Markdown(CityNetworksModel.Instance), result.Output);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var result = await Cli.RunAsync("seed-everything");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("Run 'kg-seed --help' for usage.", result.Error);
    }

    [Fact]
    public async Task Load_needs_a_path()
    {
        var result = await Cli.RunAsync("load", "--store", _temp.File("graph.db"));
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.False(File.Exists(_temp.File("graph.db")));
    }

    [Fact]
    public async Task Validate_accepts_the_seed_and_writes_no_store()
    {
        var store = _temp.File("graph.db");
        var result = await Cli.RunOkAsync(store, "validate", TestPaths.GraphSeed);
        Assert.Matches(@"^\d+ file\(s\) valid: \d+ nodes, \d+ relationships\.$", result.OutputLines.Single());
        Assert.False(File.Exists(store));
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_is_a_store_error()
    {
        var notADatabase = _temp.Write("garbage.db", "this is not a SQLite database, just text that is long enough to have a header..........");
        var result = await Cli.RunOnStoreAsync(notADatabase, "stats");
        Assert.Equal(ExitCodes.StoreError, result.ExitCode);
        Assert.StartsWith($"error: store '{notADatabase}'", result.Error);
    }
}

/// <summary>Tests that set process environment variables: they run alone, after the others.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;

[Collection(nameof(EnvironmentCollection))]
public sealed class StorePathConfigurationTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string? _saved = Environment.GetEnvironmentVariable("Store__Path");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Store__Path", _saved);
        _temp.Dispose();
    }

    private static async Task<string?> StorePathOfStatsAsync(params string[] args)
    {
        var result = await Cli.RunAsync(["stats", "--json", .. args]);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement.GetProperty("store").GetString();
    }

    [Fact]
    public async Task The_store_path_comes_from_the_environment_variable_Store__Path()
    {
        var fromEnvironment = _temp.File("from-env.db");
        Environment.SetEnvironmentVariable("Store__Path", fromEnvironment);

        Assert.Equal(fromEnvironment, await StorePathOfStatsAsync());
        Assert.True(File.Exists(fromEnvironment));
    }

    [Fact]
    public async Task The_store_option_overrides_the_environment()
    {
        Environment.SetEnvironmentVariable("Store__Path", _temp.File("from-env.db"));
        var explicitPath = _temp.File("explicit.db");

        Assert.Equal(explicitPath, await StorePathOfStatsAsync("--store", explicitPath));
        Assert.False(File.Exists(_temp.File("from-env.db")));
    }
}
