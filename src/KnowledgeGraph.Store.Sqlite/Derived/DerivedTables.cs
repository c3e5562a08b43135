using Microsoft.Data.Sqlite;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Derived;

/// <summary>
/// Keeps the derived tables of migration 0004 (<c>project_cities</c>, <c>partner_countries</c>,
/// <c>project_city_countries</c>, and per theme <c>theme_city_pairs</c> and <c>theme_city_degree</c>) equal to what the edges imply: <see cref="Refresh"/> recomputes the projects the
/// triggers marked in <c>derived_dirty</c>, <see cref="Rebuild"/> recomputes every project (after a bulk load, which
/// runs without the triggers). Both run inside the caller's transaction, so a load that fails leaves the tables as
/// they were, consistent with the edges it rolls back.
/// </summary>
/// <remarks>
/// The rows of one project depend only on its PARTNER_IN edges, the LOCATED_IN edges of its partners, the IN_COUNTRY
/// edges of its partners and of their places, and the partners' kinds; the triggers mark a project whenever one of
/// these changes. The definitions here are the only ones (the migration marks every project instead of filling the
/// tables itself), and the tests compare the tables with a from-scratch computation written independently.
/// </remarks>
internal static class DerivedTables
{
    /// <summary>The triggers that mark dirty projects (migration 0004); a bulk load drops them and calls <see cref="Rebuild"/>.</summary>
    public const string TriggerPrefix = "derived_";

    // The relationship types and kinds the rows depend on, as SQL literals read from the model (migration 0004's
    // triggers spell the same names; a rename in the model needs a migration for them too).
    private static readonly string PartnerIn = Literal(M.PartnerIn.Name);
    private static readonly string LocatedIn = Literal(M.LocatedIn.Name);
    private static readonly string InCountry = Literal(M.InCountry.Name);
    private static readonly string Addresses = Literal(M.Addresses.Name);
    private static readonly string City = Literal(M.City.Name);
    private static readonly string Project = Literal(M.Project.Name);

    // {0}: the projects to compute, a query with one column named project.
    private static readonly string Compute = $$"""
        INSERT INTO project_cities (project, city, direct, role)
        SELECT project, city, max(direct),
               CASE WHEN max(role = 'lead') = 1 THEN 'lead' WHEN max(role = 'partner') = 1 THEN 'partner' END
        FROM (
            SELECT e.dst AS project, e.src AS city, 1 AS direct, e.props ->> '$.role' AS role
            FROM ({0}) d CROSS JOIN edges e ON e.dst = d.project AND e.type = {{PartnerIn}}
            CROSS JOIN nodes c ON c.seq = e.src AND c.kind = {{City}}
            UNION ALL
            SELECT e.dst, l.dst, 0, e.props ->> '$.role'
            FROM ({0}) d CROSS JOIN edges e ON e.dst = d.project AND e.type = {{PartnerIn}}
            CROSS JOIN edges l ON l.src = e.src AND l.type = {{LocatedIn}})
        GROUP BY project, city;

        INSERT OR IGNORE INTO partner_countries (project, country, partner, is_city)
        SELECT e.dst, c.dst, e.src, n.kind = {{City}}
        FROM ({0}) d CROSS JOIN edges e ON e.dst = d.project AND e.type = {{PartnerIn}}
        CROSS JOIN nodes n ON n.seq = e.src
        CROSS JOIN edges c ON c.src = e.src AND c.type = {{InCountry}}
        UNION ALL
        SELECT e.dst, c.dst, e.src, n.kind = {{City}}
        FROM ({0}) d CROSS JOIN edges e ON e.dst = d.project AND e.type = {{PartnerIn}}
        CROSS JOIN nodes n ON n.seq = e.src
        CROSS JOIN edges l ON l.src = e.src AND l.type = {{LocatedIn}}
        CROSS JOIN edges c ON c.src = l.dst AND c.type = {{InCountry}};

        INSERT INTO project_city_countries (project, country, city)
        SELECT pc.project, c.dst, pc.city
        FROM ({0}) d CROSS JOIN project_cities pc ON pc.project = d.project
        CROSS JOIN edges c ON c.src = pc.city AND c.type = {{InCountry}};
        """;

    // {0}: the themes to compute, a query with one column named theme. A theme's projects are its ADDRESSES sources of
    // kind Project (as AnalyticsSql.ScopedProjects reads a theme); two cities are partners when they share one, so a
    // city's partners are its pairs, and a city taking part alone has 0.
    private static readonly string ComputeThemes = $$"""
        INSERT INTO theme_city_pairs (theme, ca, cb, n)
        SELECT t.theme, a.city, b.city, count(*)
        FROM ({0}) t CROSS JOIN edges ad ON ad.dst = t.theme AND ad.type = {{Addresses}}
        CROSS JOIN nodes p ON p.seq = ad.src AND p.kind = {{Project}}
        CROSS JOIN project_cities a ON a.project = ad.src
        CROSS JOIN project_cities b ON b.project = ad.src AND b.city > a.city
        GROUP BY t.theme, a.city, b.city;

        INSERT INTO theme_city_degree (theme, city, partners, projects)
        SELECT x.theme, x.city, coalesce(d.partners, 0), x.projects
        FROM (SELECT t.theme, a.city, count(*) AS projects
              FROM ({0}) t CROSS JOIN edges ad ON ad.dst = t.theme AND ad.type = {{Addresses}}
              CROSS JOIN nodes p ON p.seq = ad.src AND p.kind = {{Project}}
              CROSS JOIN project_cities a ON a.project = ad.src
              GROUP BY t.theme, a.city) x
        LEFT JOIN (SELECT theme, city, count(*) AS partners FROM (
                       SELECT tp.theme, tp.ca AS city FROM ({0}) t CROSS JOIN theme_city_pairs tp ON tp.theme = t.theme
                       UNION ALL
                       SELECT tp.theme, tp.cb FROM ({0}) t CROSS JOIN theme_city_pairs tp ON tp.theme = t.theme)
                   GROUP BY theme, city) d ON d.theme = x.theme AND d.city = x.city;
        """;

    private static string ComputeFor(string projects) => Compute.Replace("{0}", projects, StringComparison.Ordinal);

    private static string ComputeThemesFor(string themes) => ComputeThemes.Replace("{0}", themes, StringComparison.Ordinal);

    /// <summary>Recomputes the projects marked in <c>derived_dirty</c> and empties it; returns how many were marked.</summary>
    public static int Refresh(SqliteConnection connection, SqliteTransaction? transaction)
    {
        var dirty = Scalar(connection, transaction, "SELECT count(*) FROM derived_dirty");
        if (dirty == 0 && Scalar(connection, transaction, "SELECT count(*) FROM derived_dirty_themes") == 0)
        {
            return 0;
        }
        const string Marked = "SELECT project FROM derived_dirty";
        const string Themes = "SELECT theme FROM derived_dirty_themes";
        // A project's rows first, then the themes it addresses (and the themes marked by their ADDRESSES edges).
        Execute(connection, transaction, $"""
            DELETE FROM project_cities WHERE project IN ({Marked});
            DELETE FROM partner_countries WHERE project IN ({Marked});
            DELETE FROM project_city_countries WHERE project IN ({Marked});
            {ComputeFor(Marked)}
            INSERT OR IGNORE INTO derived_dirty_themes (theme)
            SELECT a.dst FROM derived_dirty d CROSS JOIN edges a ON a.src = d.project AND a.type = {Addresses};
            DELETE FROM theme_city_pairs WHERE theme IN ({Themes});
            DELETE FROM theme_city_degree WHERE theme IN ({Themes});
            {ComputeThemesFor(Themes)}
            DELETE FROM derived_dirty;
            DELETE FROM derived_dirty_themes;
            """);
        return dirty;
    }

    /// <summary>Empties the derived tables and computes every project's rows (after a bulk load).</summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction? transaction)
    {
        Execute(connection, transaction, $"""
            DELETE FROM project_cities;
            DELETE FROM partner_countries;
            DELETE FROM project_city_countries;
            {ComputeFor($"SELECT seq AS project FROM nodes WHERE kind = {Project}")}
            DELETE FROM theme_city_pairs;
            DELETE FROM theme_city_degree;
            {ComputeThemesFor($"SELECT DISTINCT dst AS theme FROM edges WHERE type = {Addresses}")}
            DELETE FROM derived_dirty;
            DELETE FROM derived_dirty_themes;
            """);
    }

    /// <summary>Brings the tables up to date after opening (a migration marks every project), in a transaction of its own.</summary>
    public static void RefreshPending(SqliteConnection connection)
    {
        if (Scalar(connection, null, "SELECT EXISTS (SELECT 1 FROM derived_dirty) OR EXISTS (SELECT 1 FROM derived_dirty_themes)") == 0)
        {
            return;
        }
        using var tx = connection.BeginTransaction();
        Refresh(connection, tx);
        tx.Commit();
    }

    private static string Literal(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static int Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
