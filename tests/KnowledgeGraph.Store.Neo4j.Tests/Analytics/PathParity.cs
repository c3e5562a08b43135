using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Analytics;
using KnowledgeGraph.Store.Neo4j.Query;
using KnowledgeGraph.Store.Neo4j.Tests.Query;

namespace KnowledgeGraph.Store.Neo4j.Tests.Analytics;

/// <summary>Runs an analytics query (a path query, a subgraph) on both back-ends of a <see cref="SeedGraphs"/> and compares their JSON (SQLite is the reference).</summary>
internal static class PathParity
{
    /// <summary>Asserts Neo4j answers <paramref name="query"/> with one statement and SQLite's JSON; returns that JSON.</summary>
    public static Task<string> AssertSameAsync(SeedGraphs g, PathQuery query) =>
        AssertSameAsync(g, a => a.PathsAsync(query),
            $"{query.FromId} -> {query.ToId}, hops {query.MaxHops}, paths {query.MaxPaths}, " +
            $"types [{string.Join(", ", query.RelationshipTypes?.Select(t => t.Name) ?? [])}], " +
            $"excluded [{string.Join(", ", query.ExcludedKinds.Select(k => k.Name))}]");

    /// <summary>
    /// Asserts Neo4j answers an analytics call with one statement and SQLite's JSON (compared canonically); returns
    /// that JSON. <paramref name="because"/> names the request in the failure.
    /// </summary>
    public static async Task<string> AssertSameAsync(SeedGraphs g, Func<IGraphAnalytics, Task<string>> call, string because)
    {
        var expected = await call(g.Sqlite.Analytics);
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
            actual = await call(new Neo4jAnalytics(g.Client));
        }
        finally
        {
            g.Client.StatementObserver = logged;
        }
        Assert.Equal(1, count);
        Assert.True(SeedGraphs.Canonical(expected) == SeedGraphs.Canonical(actual),
            $"{because}\nSQLite: {expected}\nNeo4j:  {actual}");
        return expected;
    }
}
