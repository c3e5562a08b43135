using KnowledgeGraph.Seed.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>
/// <c>Store:Provider</c> (environment <c>Store__Provider</c>) picks the back-end of every verb; a provider or a
/// <c>--store</c> scheme this program lacks is a store error (exit code 3) that lists the ones it has, and writes nothing.
/// </summary>
[Collection(nameof(EnvironmentCollection))]
public sealed class StoreProviderTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string? _savedProvider = Environment.GetEnvironmentVariable("Store__Provider");
    private readonly string? _savedPath = Environment.GetEnvironmentVariable("Store__Path");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Store__Provider", _savedProvider);
        Environment.SetEnvironmentVariable("Store__Path", _savedPath);
        _temp.Dispose();
    }

    [Fact]
    public async Task An_unknown_provider_is_a_store_error_that_lists_the_known_ones()
    {
        var store = _temp.File("graph.db");
        Environment.SetEnvironmentVariable("Store__Path", store);
        Environment.SetEnvironmentVariable("Store__Provider", "Cassandra");

        var result = await Cli.RunAsync("load", TestPaths.GraphSeed);

        Assert.Equal(ExitCodes.StoreError, result.ExitCode);
        Assert.Contains("Store:Provider is 'Cassandra', which is not a store provider of this program; known: ", result.Error);
        Assert.Contains("Sqlite", result.Error);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public async Task The_provider_name_ignores_case_and_Sqlite_is_the_default()
    {
        var store = _temp.File("graph.db");
        Environment.SetEnvironmentVariable("Store__Path", store);
        Environment.SetEnvironmentVariable("Store__Provider", "sqlite");

        var result = await Cli.RunAsync("stats");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains($"Store: {store}", result.Output);
        Assert.True(File.Exists(store));
    }

    [Fact]
    public async Task A_store_uri_whose_scheme_no_provider_serves_is_a_store_error()
    {
        var result = await Cli.RunAsync("stats", "--store", "nosuchdb://127.0.0.1:1/graph");

        Assert.Equal(ExitCodes.StoreError, result.ExitCode);
        Assert.Contains("no store provider of this program serves 'nosuchdb://' locations; known: Sqlite (a file)", result.Error);
    }

    [Fact]
    public async Task A_setting_of_the_provider_that_does_not_bind_is_a_store_error()
    {
        var store = _temp.File("graph.db");
        Environment.SetEnvironmentVariable("Store__Path", store);
        Environment.SetEnvironmentVariable("Store__ReadConnections", "many");
        try
        {
            var result = await Cli.RunAsync("stats");

            Assert.Equal(ExitCodes.StoreError, result.ExitCode);
            Assert.Contains("the Store configuration is wrong", result.Error);
            Assert.False(File.Exists(store));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Store__ReadConnections", null);
        }
    }
}
