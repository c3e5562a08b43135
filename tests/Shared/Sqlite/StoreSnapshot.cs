using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Shared;

/// <summary>
/// The whole content of a store as sorted text lines (nodes, names, keys, edges, sources, the search index and
/// the applied migrations), by id rather than row number, so that "the store is unchanged" is one string comparison.
/// </summary>
public sealed record StoreSnapshot(IReadOnlyList<string> Lines)
{
    /// <summary>The snapshot of a store file that does not exist.</summary>
    public static readonly StoreSnapshot Missing = new(["(no store file)"]);

    private static readonly (string Label, string Sql)[] Queries =
    [
        ("node", "SELECT id, kind, name, description, props FROM nodes"),
        ("name", "SELECT n.id, nn.name, nn.lang, nn.folded FROM node_names nn JOIN nodes n ON n.seq = nn.node"),
        ("key", "SELECT k.key, n.id FROM node_keys k JOIN nodes n ON n.seq = k.node"),
        ("edge", "SELECT e.type, a.id, b.id, e.props FROM edges e JOIN nodes a ON a.seq = e.src JOIN nodes b ON b.seq = e.dst"),
        ("source", """
            SELECT coalesce(n.id, e.type || ' ' || ea.id || ' -> ' || eb.id), s.property, s.value, s.qualifier, st.id,
                   s.certainty, s.quote, s.dataset, s.row, s.note, s.fingerprint
            FROM sources s
            JOIN nodes st ON st.seq = s.study
            LEFT JOIN nodes n ON n.seq = s.node
            LEFT JOIN edges e ON e.seq = s.edge
            LEFT JOIN nodes ea ON ea.seq = e.src
            LEFT JOIN nodes eb ON eb.seq = e.dst
            """),
        ("search", "SELECT ns.name, n.id FROM name_search ns LEFT JOIN nodes n ON n.seq = ns.node"),
        ("migration", "SELECT version, name, applied_at FROM schema_migrations"),
    ];

    /// <summary>The lines joined, one per line, for readable failure messages.</summary>
    public string Text => string.Join('\n', Lines);

    /// <summary>Number of lines of one table (<c>node</c>, <c>edge</c>, <c>source</c>, ...).</summary>
    public int Count(string label) => Lines.Count(l => l.StartsWith(label + "|", StringComparison.Ordinal));

    /// <summary>Snapshots the store behind an open connection.</summary>
    public static StoreSnapshot Take(SqliteConnection connection)
    {
        var lines = new List<string>();
        foreach (var (label, sql) in Queries)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var sb = new StringBuilder(label);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    sb.Append('|').Append(reader.IsDBNull(i) ? "<null>" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                }
                lines.Add(sb.ToString());
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return new StoreSnapshot(lines);
    }

    /// <summary>Snapshots the store file at <paramref name="path"/> (without creating it).</summary>
    public static StoreSnapshot Take(string path)
    {
        if (!File.Exists(path))
        {
            return Missing;
        }
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return Take(connection);
    }
}
