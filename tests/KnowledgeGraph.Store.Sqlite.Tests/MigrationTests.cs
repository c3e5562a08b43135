using KnowledgeGraph.Store.Sqlite.Migrations;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Sqlite.Tests;

public class MigrationTests : StoreTestBase
{
    [Fact]
    public void A_new_store_gets_the_whole_schema_and_records_its_version()
    {
        Assert.NotEmpty(Migrator.Known);
        Assert.Equal(Migrator.Known.Select(m => m.Version).Order(), Migrator.Known.Select(m => m.Version));
        Assert.Equal(1, Migrator.Known[0].Version);
        Assert.Equal("initial", Migrator.Known[0].Name);

        Assert.Equal(Migrator.Known[^1].Version, Migrator.CurrentVersion(Store.Connection));
        Assert.Equal(Migrator.Known.Select(m => $"{m.Version} {m.Name}"),
            Column("SELECT version || ' ' || name FROM schema_migrations ORDER BY version"));
        var tables = Column("SELECT name FROM sqlite_schema WHERE type IN ('table', 'trigger')");
        Assert.Superset(new HashSet<string> { "nodes", "node_names", "node_keys", "edges", "sources", "name_search", "schema_migrations", "node_names_indexed" },
            tables.ToHashSet());
    }

    [Fact]
    public async Task Reopening_an_existing_store_applies_nothing()
    {
        var before = Snapshot();
        Assert.Equal(0, Migrator.Migrate(Store.Connection));
        await Store.DisposeAsync();

        await using var reopened = SqliteGraphStore.Open(StorePath);
        Assert.Equal(0, Migrator.Migrate(reopened.Connection));
        Assert.Equal(before.Text, StoreSnapshot.Take(reopened.Connection).Text);
        Assert.Equal(Migrator.Known.Count, before.Count("migration"));
    }

    [Fact]
    public async Task A_store_from_a_newer_program_is_refused()
    {
        using (var cmd = Store.Connection.CreateCommand())
        {
            cmd.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 'x')";
            cmd.ExecuteNonQuery();
        }
        await Store.DisposeAsync();

        var ex = Assert.Throws<InvalidOperationException>(() => SqliteGraphStore.Open(StorePath));
        Assert.Contains("schema version 9999", ex.Message);
    }

    [Fact]
    public void The_store_runs_in_wal_mode_with_foreign_keys()
    {
        Assert.Equal("wal", Column("PRAGMA journal_mode").Single());
        Assert.Equal("1", Column("PRAGMA foreign_keys").Single());
        Assert.Equal(Path.GetFullPath(StorePath), Store.Path);
    }

    [Fact]
    public async Task Open_creates_missing_folders()
    {
        var nested = Temp.File(Path.Combine("a", "b", "store.db"));
        await using (var store = SqliteGraphStore.Open(nested))
        {
            Assert.Equal(Migrator.Known[^1].Version, Migrator.CurrentVersion(store.Connection));
        }
        Assert.True(File.Exists(nested));
    }
}
