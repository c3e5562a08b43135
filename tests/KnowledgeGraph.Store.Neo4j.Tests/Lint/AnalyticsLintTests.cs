using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Analytics;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Tests.Lint;

/// <summary>The statements of the research questions are valid Cypher 5 by Neo4j's own linter (the 3.1 server runs them live).</summary>
public sealed class AnalyticsLintTests
{
    [LintFact]
    public async Task Path_statements_are_valid_Cypher_5()
    {
        var compiled = new[]
        {
            new PathQuery("city:a", "city:b"),
            new PathQuery("city:a", "city:b") { ExcludedKinds = [], MaxHops = 1, MaxPaths = 1 },
            new PathQuery("city:a", "city:b") { RelationshipTypes = [M.MemberOf, M.CooperatesWith], MaxHops = 6, MaxPaths = 100 },
        }.Select(Neo4jAnalytics.Compile).ToList();
        var findings = await CypherLinter.LintAsync(compiled.Select(c => (c.Text, c.Parameters.Keys.ToArray())).ToList());
        Assert.Null(CypherLinter.Describe(findings));
    }

    [LintFact]
    public async Task Subgraph_statements_are_valid_Cypher_5()
    {
        var compiled = new[]
        {
            new SubgraphQuery(),
            new SubgraphQuery { ThemeId = "theme:a", ProgrammeId = "programme:b", FromYear = 2010, ToYear = 2020, First = 10 },
            new SubgraphQuery { CountryId = "country:c", NetworkId = "network:n", Collapse = true, Kinds = [M.City] },
        }.Select(Neo4jAnalytics.Compile).ToList();
        var findings = await CypherLinter.LintAsync(compiled.Select(c => (c.Text, c.Parameters.Keys.ToArray())).ToList());
        Assert.Null(CypherLinter.Describe(findings));
    }

    [LintFact]
    public async Task Research_question_statements_are_valid_Cypher_5()
    {
        var compiled = KnowledgeGraph.Store.Neo4j.Tests.Analytics.AnalyticsSnapshotTests.Requests.Values.Select(compile => compile()).ToList();
        var findings = await CypherLinter.LintAsync(compiled.Select(c => (c.Text, c.Parameters.Keys.ToArray())).ToList());
        Assert.Null(CypherLinter.Describe(findings));
    }
}
