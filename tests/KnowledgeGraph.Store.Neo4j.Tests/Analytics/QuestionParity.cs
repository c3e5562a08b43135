using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Analytics;
using KnowledgeGraph.Store.Neo4j.Tests.Query;

namespace KnowledgeGraph.Store.Neo4j.Tests.Analytics;

/// <summary>
/// Runs a research question on both back-ends of a <see cref="SeedGraphs"/> and compares their JSON (SQLite is the
/// reference): Neo4j answers with one statement (counted through the client's observer, which stays chained to the
/// run's Cypher log so the statement is linted at the end of the run).
/// </summary>
internal static class QuestionParity
{
    /// <summary>Asserts Neo4j answers with one statement and SQLite's JSON, text for text; returns that JSON.</summary>
    public static async Task<string> AssertSameAsync(SeedGraphs g, object query)
    {
        var sqlite = g.Sqlite.Analytics;
        var neo4j = new Neo4jAnalytics(g.Client);
        Func<IGraphAnalytics, Task<string>> ask = query switch
        {
            CollaborationQuery q => a => a.CollaboratingCitiesAsync(q),
            CityProfileQuery q => a => a.CityProfileAsync(q),
            CentralityQuery q => a => a.CentralityAsync(q),
            ProgrammeProjectsQuery q => a => a.ProgrammeProjectsAsync(q),
            CountryPartnersQuery q => a => a.CountryPartnersAsync(q),
            _ => throw new ArgumentException($"not a research question served here: {query.GetType().Name}"),
        };
        var expected = await ask(sqlite);
        var count = 0;
        var logged = g.Client.StatementObserver;
        g.Client.StatementObserver = s =>
        {
            count++;
            logged?.Invoke(s);
        };
        string actual;
        try
        {
            actual = await ask(neo4j);
        }
        finally
        {
            g.Client.StatementObserver = logged;
        }
        Assert.Equal(1, count);
        Assert.True(expected == actual, $"{query}\nSQLite: {expected}\nNeo4j:  {actual}");
        return expected;
    }

    /// <summary>
    /// The scopes every question is asked under: none, each filter alone, and combinations, with ids that resolve
    /// through keys, ids that resolve to nothing, and pages past the first.
    /// </summary>
    public static IEnumerable<T> Scopes<T>(T blank, string[] themes, string[] programmes, string[] networks, string[] countries)
        where T : PagedAnalyticsScope
    {
        yield return blank;
        foreach (var t in themes)
        {
            yield return blank with { ThemeId = t };
        }
        foreach (var p in programmes)
        {
            yield return blank with { ProgrammeId = p };
        }
        foreach (var n in networks)
        {
            yield return blank with { NetworkId = n };
        }
        foreach (var c in countries)
        {
            yield return blank with { CountryId = c };
        }
        yield return blank with { FromYear = 2016 };
        yield return blank with { ToYear = 2016 };
        yield return blank with { FromYear = 2012, ToYear = 2019 };
        yield return blank with { ThemeId = themes[0], ProgrammeId = programmes[0] };
        yield return blank with { ThemeId = themes[0], NetworkId = networks[0], CountryId = countries[0] };
        yield return blank with { ProgrammeId = programmes[0], FromYear = 2015, CountryId = countries[0] };
        yield return blank with { ThemeId = themes[0], ProgrammeId = programmes[0], NetworkId = networks[0], CountryId = countries[0], FromYear = 2010, ToYear = 2030 };
        yield return blank with { First = 1 };
        yield return blank with { First = 2, Offset = 1 };
        yield return blank with { First = 3, Offset = 100 };
    }
}
