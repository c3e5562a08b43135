using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>
/// All of ../shared/data imported once into a temp store (about a minute), for the analytics integration tests.
/// <c>KG_ANALYTICS_STORE</c> may name a store that already holds the import (it is copied, never changed), to iterate
/// faster. Absent data: the tests skip.
/// </summary>
public sealed class ImportedStore : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    /// <summary>The real data folder beside the repository, or null.</summary>
    public static string? SharedData
    {
        get
        {
            var data = Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "data"));
            return Directory.Exists(data) ? data : null;
        }
    }

    public SqliteGraphStore? Store { get; private set; }

    public async Task InitializeAsync()
    {
        var path = _temp.File("imported.db");
        if (Environment.GetEnvironmentVariable("KG_ANALYTICS_STORE") is { Length: > 0 } existing && File.Exists(existing))
        {
            File.Copy(existing, path);
            Store = SqliteGraphStore.Open(path);
            return;
        }
        if (SharedData is not { } data)
        {
            return;
        }
        var plan = ImportPlan.Prepare("all", data);
        Store = SqliteGraphStore.Open(path);
        await Store.LoadAsync(plan.Batches);
    }

    public async Task DisposeAsync()
    {
        if (Store is not null)
        {
            await Store.DisposeAsync();
        }
        _temp.Dispose();
    }
}

/// <summary>A fact over the real imported data; skipped, saying so, when ../shared/data is absent.</summary>
public sealed class ImportedDataFactAttribute : FactAttribute
{
    public ImportedDataFactAttribute()
    {
        if (ImportedStore.SharedData is null && Environment.GetEnvironmentVariable("KG_ANALYTICS_STORE") is not { Length: > 0 })
        {
            Skip = "needs ../shared/data (the real open datasets beside the repository); skipped because the folder is absent";
        }
    }
}
