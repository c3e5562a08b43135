using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// What the measured requests ask about, chosen from the store by rank (so the same for every run of a store, and
/// typical rather than extreme): the 4th most addressed theme, the 20th city by organisations located in it, the 3rd
/// country by cities, the largest programme strand, a city two steps from the subject city (same region or network,
/// not directly related) and a search prefix taken from the subject city's name.
/// </summary>
/// <param name="ThemeId">A theme of middling size.</param>
/// <param name="CityId">A large city, not the largest.</param>
/// <param name="CountryId">A large country.</param>
/// <param name="ProgrammeId">The programme strand funding the most projects.</param>
/// <param name="PathToId">The other end of the path question.</param>
/// <param name="SearchText">A name prefix.</param>
public sealed record Subjects(string ThemeId, string CityId, string CountryId, string ProgrammeId, string PathToId, string SearchText)
{
    /// <summary>Chooses the subjects from the store on <paramref name="connection"/>.</summary>
    public static Subjects Choose(SqliteConnection connection)
    {
        var theme = Scalar(connection, """
            SELECT t.id FROM edges e JOIN nodes t ON t.seq = e.dst JOIN nodes p ON p.seq = e.src AND p.kind = 'Project'
            WHERE e.type = 'ADDRESSES' GROUP BY t.seq ORDER BY count(*) DESC, t.id LIMIT 1 OFFSET 3
            """);
        var city = Scalar(connection, """
            SELECT c.id FROM edges l JOIN nodes c ON c.seq = l.dst WHERE l.type = 'LOCATED_IN'
            GROUP BY l.dst ORDER BY count(*) DESC, c.id LIMIT 1 OFFSET 19
            """);
        var country = Scalar(connection, """
            SELECT k.id FROM edges i JOIN nodes k ON k.seq = i.dst JOIN nodes c ON c.seq = i.src AND c.kind = 'City'
            WHERE i.type = 'IN_COUNTRY' GROUP BY i.dst ORDER BY count(*) DESC, k.id LIMIT 1 OFFSET 2
            """);
        var programme = Scalar(connection, """
            SELECT g.id FROM edges f JOIN nodes g ON g.seq = f.dst WHERE f.type = 'FUNDED_BY'
            GROUP BY f.dst ORDER BY count(*) DESC, g.id LIMIT 1
            """);
        // A city sharing a region with the subject city, with no relationship between the two: two steps apart.
        var to = Scalar(connection, """
            SELECT o.id FROM nodes c JOIN edges r ON r.src = c.seq AND r.type = 'IN_REGION'
            JOIN edges r2 ON r2.dst = r.dst AND r2.type = 'IN_REGION' AND r2.src <> c.seq JOIN nodes o ON o.seq = r2.src
            WHERE c.id = $city
              AND NOT EXISTS (SELECT 1 FROM edges d WHERE (d.src = c.seq AND d.dst = o.seq) OR (d.src = o.seq AND d.dst = c.seq))
            ORDER BY o.id LIMIT 1
            """, ("$city", city));
        var name = Scalar(connection, "SELECT name FROM nodes WHERE id = $city", ("$city", city));
        return new Subjects(theme, city, country, programme, to, name[..Math.Min(5, name.Length)].ToLowerInvariant());
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"theme {ThemeId}, city {CityId}, country {CountryId}, programme {ProgrammeId}, path {CityId} - {PathToId}, search \"{SearchText}\"");

    private static string Scalar(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }
        return cmd.ExecuteScalar() as string ?? throw new InvalidOperationException($"The generated store has no subject for: {sql}");
    }
}
