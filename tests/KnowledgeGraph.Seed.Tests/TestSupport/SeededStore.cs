using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Seed.Tests.TestSupport;

/// <summary>
/// A store into which the CLI loaded graph-seed/ once (a real SQLite file in a temp folder); tests that change a
/// store work on their own copy.
/// </summary>
public sealed class SeededStore : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    /// <summary>The loaded template store.</summary>
    public string Path => _temp.File("seeded.db");

    /// <summary>The CLI's answer to <c>load graph-seed</c>.</summary>
    public CliResult Load { get; private set; } = null!;

    /// <summary>The template's content right after the load.</summary>
    public StoreSnapshot Snapshot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Load = await Cli.RunOnStoreAsync(Path, "load", TestPaths.GraphSeed);
        Snapshot = StoreSnapshot.Take(Path);
    }

    /// <summary>Copies the seeded store into <paramref name="folder"/> and returns the copy's path.</summary>
    public string CopyTo(TempFolder folder)
    {
        var copy = folder.File("graph.db");
        File.Copy(Path, copy);
        return copy;
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
