using KnowledgeGraph.Import;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Import.Tests;

/// <summary>Where the fixtures and the shared data are, and a temporary folder per test.</summary>
public static class TestData
{
    /// <summary>The fixture data folder (small files written for the tests in the published formats).</summary>
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures", "data");

    /// <summary>The real data folder <c>../shared/data</c> beside the repository, or null when absent.</summary>
    public static string? SharedData
    {
        get
        {
            var data = Path.GetFullPath(Path.Combine(KnowledgeGraph.Tests.Shared.TestPaths.RepoRoot, "..", "shared", "data"));
            return Directory.Exists(data) ? data : null;
        }
    }

    /// <summary>Imports into the store at <paramref name="storePath"/> and returns the plan and the load report.</summary>
    public static async Task<(ImportPlan Plan, LoadReport Report)> ImportAsync(string storePath, string source, string path, ImportOptions? options = null)
    {
        var plan = ImportPlan.Prepare(source, path, options);
        await using var store = SqliteGraphStore.Open(storePath);
        var report = await store.LoadAsync(plan.Batches);
        return (plan, report);
    }

    /// <summary>Runs a scalar query on a store file.</summary>
    public static object? Scalar(string storePath, string sql)
    {
        using var connection = new SqliteConnection(SqliteGraphStore.ConnectionString(storePath));
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    /// <summary>Runs a query and returns the first column of every row as text.</summary>
    public static List<string> Column(string storePath, string sql)
    {
        using var connection = new SqliteConnection(SqliteGraphStore.ConnectionString(storePath));
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }
        return values;
    }
}

/// <summary>A temporary folder, with a copy of the fixtures, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder; with <paramref name="copyFixtures"/> the fixture data is copied into <c>data/</c>.</summary>
    public TempFolder(bool copyFixtures = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-import-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        if (copyFixtures)
        {
            foreach (var file in Directory.GetFiles(TestData.Fixtures, "*", SearchOption.AllDirectories))
            {
                var target = System.IO.Path.Combine(Data, System.IO.Path.GetRelativePath(TestData.Fixtures, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>The copied data folder.</summary>
    public string Data => System.IO.Path.Combine(Path, "data");

    /// <summary>A store file in the folder.</summary>
    public string Store => System.IO.Path.Combine(Path, "graph.db");

    /// <inheritdoc/>
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A fact that needs the real data in <c>../shared/data</c>; it is skipped, saying so, when the folder is absent.</summary>
public sealed class DataFactAttribute : FactAttribute
{
    /// <summary>Skips when the shared data folder is missing.</summary>
    public DataFactAttribute()
    {
        if (TestData.SharedData is null)
        {
            Skip = "needs ../shared/data (the real open datasets beside the repository); skipped because the folder is absent";
        }
    }
}
