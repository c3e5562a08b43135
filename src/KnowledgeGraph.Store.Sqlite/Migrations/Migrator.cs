using System.Reflection;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite.Migrations;

/// <summary>
/// Versioned schema migrations: the embedded scripts <c>NNNN_name.sql</c>, applied in order, each in its own
/// transaction, recorded in <c>schema_migrations</c>.
/// </summary>
public static class Migrator
{
    /// <summary>The migrations this build knows, in order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Known { get; } = LoadScripts();

    /// <summary>Applies every migration the store lacks; returns how many were applied.</summary>
    public static int Migrate(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;");
        var current = CurrentVersion(connection);
        var latest = Known.Count == 0 ? 0 : Known[^1].Version;
        if (current > latest)
        {
            throw new InvalidOperationException($"The store is at schema version {current}, newer than this program knows ({latest}). Use a newer version of the program.");
        }
        // Every known version the store has not recorded, not only those above its highest: numbers may have gaps
        // (branches number their migrations in parallel), and a store that took 0004 before 0003 existed still gets 0003.
        var recorded = Recorded(connection);
        var applied = 0;
        foreach (var (version, name, sql) in Known)
        {
            if (recorded.Contains(version))
            {
                continue;
            }
            using var tx = connection.BeginTransaction();
            Execute(connection, sql, tx);
            using var record = connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$n", name);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
            tx.Commit();
            applied++;
        }
        return applied;
    }

    /// <summary>The highest applied version, 0 for a new store.</summary>
    public static int CurrentVersion(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static HashSet<int> Recorded(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT version FROM schema_migrations";
        using var reader = cmd.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }
        return versions;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static List<(int, string, string)> LoadScripts()
    {
        var assembly = typeof(Migrator).Assembly;
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            // Resource names end with "Migrations.0001_initial.sql".
            var file = resource[(resource.LastIndexOf("Migrations.", StringComparison.Ordinal) + "Migrations.".Length)..];
            var version = int.Parse(file[..4], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add((version, file[5..^4], reader.ReadToEnd()));
        }
        return scripts;
    }
}
