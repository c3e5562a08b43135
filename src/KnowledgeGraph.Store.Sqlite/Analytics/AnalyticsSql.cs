using System.Text;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Sqlite.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Analytics;

/// <summary>
/// One analytics statement being written: its parameters (every value, relationship type and kind included) and the
/// common table expressions the questions share (the projects in scope, who takes part in them, membership and
/// country tests). Joins from a small derived set into <c>edges</c> are written <c>CROSS JOIN</c>, which fixes SQLite's
/// join order (the set first, then its edges through an index), so a scope of a few projects reads only their edges.
/// </summary>
internal sealed class AnalyticsSql
{
    private readonly SqlText _text = new();
    private readonly StringBuilder _ctes = new();

    /// <summary>A parameter holding <paramref name="value"/>.</summary>
    public string P(object? value) => _text.Param(value);

    /// <summary>A parameter holding a relationship type's name.</summary>
    public string T(RelationshipType type) => _text.Param(type.Name);

    /// <summary>A parameter holding a node kind's name.</summary>
    public string K(NodeKind kind) => _text.Param(kind.Name);

    /// <summary>A parameter holding a JSON array of names, for <c>IN (SELECT value FROM json_each(...))</c>.</summary>
    public string List(IEnumerable<string> names) => _text.ListParam(names);

    /// <summary>The node a key (any id a source used) resolves to, as a scalar subquery (null when none).</summary>
    public string Node(string key) => $"(SELECT node FROM node_keys WHERE key = {P(key)})";

    /// <summary>Adds a common table expression (<c>name(columns) AS (...)</c>, written by the caller).</summary>
    public void Cte(string definition)
    {
        _ctes.Append(_ctes.Length == 0 ? "WITH RECURSIVE\n" : ",\n").Append(definition);
    }

    /// <summary>The statement: the common table expressions, then <paramref name="select"/>.</summary>
    public CompiledQuery Build(string select) => new(_ctes + "\n" + select, _text.Parameters);

    /// <summary>
    /// Adds <c>scoped_projects(seq, sy, ey)</c> (the projects of the theme, programme tree and year range, with their
    /// start and end years when <paramref name="years"/> or a year filter asks for them, else null) and, with <paramref name="participation"/>, <c>city_projects(city, project, direct, role)</c>
    /// (the cities taking part in them, from the derived table <c>project_cities</c>: directly or through an
    /// organisation located there; <c>direct</c> and <c>role</c> as in that table).
    /// </summary>
    /// <remarks>
    /// The projects are read from the smallest set known to hold them: <paramref name="candidates"/> (the name of a
    /// table or CTE with a <c>seq</c> column, such as a city's projects) when given, else the theme's ADDRESSES edges,
    /// else the programme tree's FUNDED_BY edges (both through <c>edges_by_dst</c>), else every project; the other
    /// scope conditions filter that set. Without this, a theme or a city made the statement read every project.
    /// </remarks>
    public void ScopedProjects(AnalyticsScope scope, string? programmeId = null, bool participation = true, string? candidates = null, bool years = false)
    {
        // The years are read from each project's JSON only when a year filter or the caller (years) needs them.
        years |= scope.FromYear is not null || scope.ToYear is not null;
        programmeId ??= scope.ProgrammeId;
        var where = new List<string>();
        string? driver = candidates is null ? null : $"SELECT seq FROM {candidates}";
        if (scope.ThemeId is { } theme)
        {
            if (driver is null)
            {
                driver = $"SELECT a.src AS seq FROM edges a WHERE a.dst = {Node(theme)} AND a.type = {T(M.Addresses)}";
            }
            else
            {
                where.Add($"EXISTS (SELECT 1 FROM edges a WHERE a.src = p.seq AND a.type = {T(M.Addresses)} AND a.dst = {Node(theme)})");
            }
        }
        if (programmeId is not null)
        {
            Cte($"""
                programme_tree(seq) AS (
                    SELECT {Node(programmeId)}
                    UNION
                    SELECT e.src FROM programme_tree t CROSS JOIN edges e ON e.dst = t.seq AND e.type = {T(M.PartOf)})
                """);
            if (driver is null)
            {
                driver = $"SELECT DISTINCT f.src AS seq FROM programme_tree t CROSS JOIN edges f ON f.dst = t.seq AND f.type = {T(M.FundedBy)}";
            }
            else
            {
                where.Add($"EXISTS (SELECT 1 FROM edges f JOIN programme_tree t ON t.seq = f.dst WHERE f.src = p.seq AND f.type = {T(M.FundedBy)})");
            }
        }
        if (scope.FromYear is { } from)
        {
            where.Add($"coalesce(p.ey, p.sy) >= {P(from)}");
        }
        if (scope.ToYear is { } to)
        {
            where.Add($"coalesce(p.sy, p.ey) <= {P(to)}");
        }
        Cte($"""
            scoped_projects(seq, sy, ey) AS MATERIALIZED (
                SELECT p.seq, p.sy, p.ey FROM (
                    SELECT n.seq, {(years ? "CAST(substr(n.props ->> '$.startDate', 1, 4) AS INTEGER)" : "NULL")} AS sy,
                           {(years ? "CAST(substr(n.props ->> '$.endDate', 1, 4) AS INTEGER)" : "NULL")} AS ey
                    FROM {(driver is null ? "nodes n" : $"({driver}) x CROSS JOIN nodes n ON n.seq = x.seq")} WHERE n.kind = {K(M.Project)}) p
                WHERE {(where.Count == 0 ? "1" : string.Join("\n      AND ", where))})
            """);
        if (!participation)
        {
            return;
        }
        // The cities taking part, read from the derived table (migration 0004): one row per project and city.
        Cte($"""
            city_projects(city, project, direct, role) AS MATERIALIZED (
                SELECT pc.city, pc.project, pc.direct, pc.role FROM scoped_projects sp CROSS JOIN project_cities pc ON pc.project = sp.seq)
            """);
    }

    /// <summary>A condition: the city <paramref name="city"/> (an SQL expression) is MEMBER_OF the network.</summary>
    public string CityIsMember(string city, string networkId) =>
        $"EXISTS (SELECT 1 FROM edges m WHERE m.src = {city} AND m.type = {T(M.MemberOf)} AND m.dst = {Node(networkId)})";

    /// <summary>A condition: the organisation is MEMBER_OF the network or LOCATED_IN a city that is.</summary>
    public string OrganisationIsMember(string org, string networkId) =>
        $"""
        (EXISTS (SELECT 1 FROM edges m WHERE m.src = {org} AND m.type = {T(M.MemberOf)} AND m.dst = {Node(networkId)})
         OR EXISTS (SELECT 1 FROM edges l CROSS JOIN edges m ON m.src = l.dst AND m.type = {T(M.MemberOf)} AND m.dst = {Node(networkId)}
                    WHERE l.src = {org} AND l.type = {T(M.LocatedIn)}))
        """;

    /// <summary>A condition: the city (or any node with IN_COUNTRY) is in the country.</summary>
    public string CityInCountry(string city, string countryId) =>
        $"EXISTS (SELECT 1 FROM edges c WHERE c.src = {city} AND c.type = {T(M.InCountry)} AND c.dst = {Node(countryId)})";

    /// <summary>A condition: the organisation is in the country through its city or its own IN_COUNTRY.</summary>
    public string OrganisationInCountry(string org, string countryId) =>
        $"""
        ({CityInCountry(org, countryId)}
         OR EXISTS (SELECT 1 FROM edges l CROSS JOIN edges c ON c.src = l.dst AND c.type = {T(M.InCountry)} AND c.dst = {Node(countryId)}
                    WHERE l.src = {org} AND l.type = {T(M.LocatedIn)}))
        """;

    /// <summary>A JSON object for a city: id, name, countryCode (the node alias <paramref name="n"/>).</summary>
    public static string CityObject(string n) => $"json_object('id', {n}.id, 'name', {n}.name, 'countryCode', {n}.props ->> '$.countryCode')";

    /// <summary>A JSON object for a country: id, name, isoCode.</summary>
    public static string CountryObject(string n) => $"json_object('id', {n}.id, 'name', {n}.name, 'isoCode', {n}.props ->> '$.isoCode')";
}
