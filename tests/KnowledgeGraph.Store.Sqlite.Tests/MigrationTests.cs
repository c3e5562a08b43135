using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store.Sqlite.Migrations;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using KnowledgeGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

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
    public void A_known_version_missing_below_the_highest_recorded_is_still_applied()
    {
        // Branches number migrations in parallel (0004 was written while another branch wrote 0003), so a store may
        // record a version above one it lacks. Here the empty store forgets 0002 (harmless to run again on no rows).
        Assert.Contains(Migrator.Known, m => m.Version == 2);
        using (var cmd = Store.Connection.CreateCommand())
        {
            cmd.CommandText = "DELETE FROM schema_migrations WHERE version = 2";
            cmd.ExecuteNonQuery();
        }
        Assert.Equal(Migrator.Known[^1].Version, Migrator.CurrentVersion(Store.Connection));

        Assert.Equal(1, Migrator.Migrate(Store.Connection));

        Assert.Equal(Migrator.Known.Select(m => m.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Column("SELECT version FROM schema_migrations ORDER BY version"));
        Assert.Equal(0, Migrator.Migrate(Store.Connection));
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
    public async Task Migration_0002_converts_the_fingerprints_of_a_store_written_by_0001()
    {
        GraphBatch[] batches =
        [
            StudyText.Batch("study:a", """
                  - id: city:turin
                    kind: City
                    name: Torino
                    aliases: [{name: Turin, lang: en}]
                    quote: "Torino"
                    properties: {countryCode: IT, population: 870000}
                  - {id: country:it, kind: Country, name: Italy, quote: Italy, properties: {isoCode: IT}}
                """, "  - {type: IN_COUNTRY, from: city:turin, to: country:it, quote: Torino}"),
        ];
        await Store.LoadAsync(batches);
        var expected = Snapshot();
        var schema = Column("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");

        // The same rows in a store at schema version 1, with the fingerprints 0001 wrote: 32 hex digits.
        var old = Temp.File("old.db");
        using (var connection = new SqliteConnection(SqliteGraphStore.ConnectionString(old)))
        {
            connection.Open();
            Execute(connection, Migrator.Known[0].Sql);
            Execute(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;");
            Execute(connection, $"""
                ATTACH '{StorePath}' AS cur;
                INSERT INTO schema_migrations SELECT * FROM cur.schema_migrations WHERE version = 1;
                INSERT INTO nodes SELECT * FROM cur.nodes;
                INSERT INTO node_names SELECT * FROM cur.node_names;
                INSERT INTO node_keys SELECT * FROM cur.node_keys;
                INSERT INTO edges SELECT * FROM cur.edges;
                """);
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT seq, node, edge, property, value, qualifier, study, certainty, quote, dataset, row, note FROM cur.sources";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                var owner = reader.IsDBNull(1) ? "e" + reader.GetInt64(2) : "n" + reader.GetInt64(1);
                var fields = new[] { owner, Text(3), Text(4), Text(5), reader.GetInt64(6).ToString(System.Globalization.CultureInfo.InvariantCulture), Text(7), Text(8), Text(9), Text(10), Text(11) };
                using var insert = connection.CreateCommand();
                insert.CommandText = """
                    INSERT INTO sources (seq, node, edge, property, value, qualifier, study, certainty, quote, dataset, row, note, fingerprint)
                    SELECT seq, node, edge, property, value, qualifier, study, certainty, quote, dataset, row, note, $fingerprint FROM cur.sources WHERE seq = $seq
                    """;
                insert.Parameters.AddWithValue("$fingerprint", Fingerprint0001(fields));
                insert.Parameters.AddWithValue("$seq", reader.GetInt64(0));
                insert.ExecuteNonQuery();
            }
        }
        Assert.Equal("TEXT", TypeOfFingerprint(old));

        await using var migrated = SqliteGraphStore.Open(old);

        Assert.Equal(Migrator.Known[^1].Version, Migrator.CurrentVersion(migrated.Connection));
        Assert.Equal(Content(expected), Content(StoreSnapshot.Take(migrated.Connection)));
        using (var cmd = migrated.Connection.CreateCommand())
        {
            cmd.CommandText = "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name";
            using var reader = cmd.ExecuteReader();
            var migratedSchema = new List<string>();
            while (reader.Read())
            {
                migratedSchema.Add(reader.GetString(0));
            }
            Assert.Equal(schema, migratedSchema);
        }
        // The converted fingerprints are the ones the writer computes: loading the same facts again adds nothing.
        var again = await migrated.LoadAsync(batches);
        Assert.True(again.IsEmpty, string.Join("\n", again.Changes));
    }

    [Fact]
    public async Task Migration_0003_makes_fingerprints_unique_per_owner_on_a_store_written_by_0002()
    {
        GraphBatch[] batches =
        [
            StudyText.Batch("study:a", """
                  - {id: city:turin, kind: City, name: Torino, aliases: [{name: Turin, lang: en}], quote: "Torino", properties: {countryCode: IT, population: 870000}}
                  - {id: country:it, kind: Country, name: Italy, quote: Italy, properties: {isoCode: IT}}
                """, "  - {type: IN_COUNTRY, from: city:turin, to: country:it, quote: Torino}"),
        ];
        GraphBatch[] more =
        [
            StudyText.Batch("study:b", """
                  - {id: city:turin, kind: City, name: Turin, quote: "Turin", properties: {countryCode: IT, population: 875000}}
                  - {id: city:milan, kind: City, name: Milano, quote: Milano, properties: {countryCode: IT}}
                  - {id: country:it, kind: Country, name: Italy, quote: Italy, properties: {isoCode: IT}}
                """, """
                  - {type: IN_COUNTRY, from: city:turin, to: country:it, quote: Turin}
                  - {type: COOPERATES_WITH, from: city:turin, to: city:milan, quote: twinned}
                """),
        ];
        await Store.LoadAsync(batches);
        var expected = Snapshot();
        var schema = Column("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");

        // The same rows in a store at schema version 2 (a global unique index on the fingerprints).
        var old = Temp.File("old.db");
        using (var connection = new SqliteConnection(SqliteGraphStore.ConnectionString(old)))
        {
            connection.Open();
            Execute(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;");
            foreach (var (version, _, sql) in Migrator.Known.Where(m => m.Version <= 2))
            {
                Execute(connection, sql);
            }
            Execute(connection, $"""
                ATTACH '{StorePath}' AS cur;
                INSERT INTO schema_migrations SELECT * FROM cur.schema_migrations WHERE version <= 2;
                INSERT INTO nodes SELECT * FROM cur.nodes;
                INSERT INTO node_names SELECT * FROM cur.node_names;
                INSERT INTO node_keys SELECT * FROM cur.node_keys;
                INSERT INTO edges SELECT * FROM cur.edges;
                INSERT INTO sources SELECT * FROM cur.sources;
                DELETE FROM name_search;
                INSERT INTO name_search (name, node) SELECT name, node FROM node_names;
                """);
        }
        Assert.Contains(SchemaOf(old), line => line.Contains("sources_by_fingerprint", StringComparison.Ordinal));

        await using var migrated = SqliteGraphStore.Open(old);

        Assert.Equal(Migrator.Known[^1].Version, Migrator.CurrentVersion(migrated.Connection));
        Assert.Equal(Content(expected), Content(StoreSnapshot.Take(migrated.Connection)));
        Assert.Equal(schema, SchemaOf(migrated.Connection));
        Assert.DoesNotContain(schema, line => line.Contains("sources_by_fingerprint", StringComparison.Ordinal));

        // Loading the same facts again adds nothing; new facts load as into a store created with this schema.
        var again = await migrated.LoadAsync(batches);
        Assert.True(again.IsEmpty, string.Join("\n", again.Changes));
        var onMigrated = await migrated.LoadAsync(more);
        var onCurrent = await Store.LoadAsync(more);
        Assert.Equal(onCurrent.Changes, onMigrated.Changes);
        Assert.Equal(Content(Snapshot()), Content(StoreSnapshot.Take(migrated.Connection)));

        // A source stored twice for the same owner is refused, for nodes and edges alike.
        foreach (var owner in new[] { "node", "edge" })
        {
            using var cmd = migrated.Connection.CreateCommand();
            cmd.CommandText = $"INSERT INTO sources ({owner}, study, certainty, fingerprint) SELECT {owner}, study, certainty, fingerprint FROM sources WHERE {owner} IS NOT NULL LIMIT 1";
            var ex = Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery());
            Assert.Contains("UNIQUE", ex.Message);
        }
    }

    private static List<string> SchemaOf(string path)
    {
        using var connection = new SqliteConnection(SqliteGraphStore.ConnectionString(path));
        connection.Open();
        return SchemaOf(connection);
    }

    private static List<string> SchemaOf(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name";
        using var reader = cmd.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }
        return lines;
    }

    /// <summary>The fingerprint as migration 0001 stored it: the first 16 bytes of the SHA-256 of the fields, as hex.</summary>
    private static string Fingerprint0001(IEnumerable<string?> fields)
    {
        var text = string.Join('\u001f', fields.Select(f => f ?? "\u0000"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16]);
    }

    private static string TypeOfFingerprint(string path)
    {
        using var connection = new SqliteConnection(SqliteGraphStore.ConnectionString(path));
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT DISTINCT upper(typeof(fingerprint)) FROM sources";
        return (string)cmd.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Everything but the migrations' timestamps.</summary>
    private static string Content(StoreSnapshot snapshot) => string.Join('\n', snapshot.Lines.Where(l => !l.StartsWith("migration|", StringComparison.Ordinal)));

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
