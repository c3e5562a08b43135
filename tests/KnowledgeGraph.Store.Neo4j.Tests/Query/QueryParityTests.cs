using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Neo4j.Tests.Live;
using KnowledgeGraph.Store.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Tests.Query;

/// <summary>
/// Plans over the seed graph answered by Neo4j (one Cypher statement each) with the very JSON SQLite answers, order,
/// cursors and number text included. SQLite is the reference.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class QueryParityTests(LiveNeo4j server) : IAsyncLifetime
{
    private static SeedGraphs? s_graphs;

    public static TheoryData<string> Names => new(SeedPlans.All().Keys);

    public async Task InitializeAsync()
    {
        if (LiveNeo4j.SkipReason is not null)
        {
            return;
        }
        if (s_graphs is null)
        {
            var graphs = new SeedGraphs(server);
            await graphs.LoadAsync();
            s_graphs = graphs;
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task AssertSameAsync(NodeQuery plan)
    {
        var g = s_graphs!;
        var expected = await g.Sqlite.QueryAsync(plan);
        var count = 0;
        // Counted, and still handed on to the run's log so the end-of-run Cypher 5 lint sees every statement.
        var logged = g.Client.StatementObserver;
        g.Client.StatementObserver = s =>
        {
            count++;
            logged?.Invoke(s);
        };
        string actual;
        try
        {
            actual = await g.Neo4j.QueryAsync(plan);
        }
        finally
        {
            g.Client.StatementObserver = logged;
        }
        Assert.Equal(1, count);
        Assert.Equal(SeedGraphs.Canonical(expected), SeedGraphs.Canonical(actual));
    }

    [Neo4jTheory]
    [MemberData(nameof(Names))]
    public Task Plan_answers_as_sqlite(string name) => AssertSameAsync(SeedPlans.All()[name]);

    [Neo4jFact]
    public async Task Pages_follow_each_other_with_sqlites_cursors()
    {
        var g = s_graphs!;
        foreach (var order in new SortKey[][]
        {
            [new FieldSort(FieldRef.Name)],
            [new FieldSort(FieldRef.Of(SeedPlans.P(M.City, "population"))) { Descending = true }],
            [new RelatedCountSort(M.PartnerIn, Direction.Outgoing) { Descending = true }],
            [],
        })
        {
            string? after = null;
            for (var page = 0; page < 6; page++)
            {
                var plan = new NodeQuery { Kind = M.City, OrderBy = order, First = 4, After = after, Shape = ResultShape.Connection, Projection = SeedPlans.IdName };
                await AssertSameAsync(plan);
                var json = System.Text.Json.JsonElement.Parse(await g.Sqlite.QueryAsync(plan));
                var end = json.GetProperty("pageInfo").GetProperty("endCursor");
                if (end.ValueKind != System.Text.Json.JsonValueKind.String)
                {
                    break;
                }
                after = end.GetString();
            }
        }
    }

    /// <summary>
    /// The differential: 300 generated plans (seeded, so a failure can be run again) give the same JSON on both back-ends,
    /// or the same validation error.
    /// </summary>
    [Neo4jFact]
    public async Task Generated_plans_answer_as_sqlite()
    {
        var g = s_graphs!;
        var fuzzer = new PlanFuzzer(M.Instance, seed: 20261207);
        var failures = new List<string>();
        var answered = 0;
        for (var i = 0; i < 300; i++)
        {
            var plan = fuzzer.Next();
            string expected;
            try
            {
                expected = await g.Sqlite.QueryAsync(plan);
            }
            catch (QueryValidationException ex)
            {
                var error = await Assert.ThrowsAsync<QueryValidationException>(() => g.Neo4j.QueryAsync(plan));
                Assert.Equal(ex.Message, error.Message);
                continue;
            }
            answered++;
            string actual;
            try
            {
                actual = await g.Neo4j.QueryAsync(plan);
            }
            catch (Exception ex) when (ex is Neo4jException or InvalidOperationException or KeyNotFoundException)
            {
                failures.Add($"plan {i}: {ex.Message}\n{g.Neo4j.Compiler.Compile(plan).Text}");
                continue;
            }
            if (SeedGraphs.Canonical(expected) != SeedGraphs.Canonical(actual))
            {
                failures.Add($"plan {i}: {g.Neo4j.Compiler.Compile(plan).Text}\n  sqlite: {expected[..Math.Min(600, expected.Length)]}\n  neo4j:  {actual[..Math.Min(600, actual.Length)]}");
            }
        }
        Assert.True(answered > 150, $"only {answered} of 300 generated plans were valid");
        Assert.True(failures.Count == 0, $"{failures.Count} of {answered} plans differ:\n" + string.Join("\n", failures.Take(5)));
    }
}
