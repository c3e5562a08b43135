using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Neo4j.Query;
using KnowledgeGraph.Store.Neo4j.Tests.Query;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Neo4j.Tests.Lint;

/// <summary>The statements of the query compiler are valid Cypher 5 by Neo4j's own linter (the 3.1 server runs them live).</summary>
public sealed class QueryLintTests
{
    [LintFact]
    public async Task Every_representative_plan_and_a_search_compile_to_valid_Cypher_5()
    {
        var compiler = new CypherQueryCompiler(CityNetworksModel.Instance);
        var compiled = SeedPlans.All().Values.Select(compiler.Compile)
            .Append(compiler.Compile(new SearchQuery("Sónar barc", SeedPlans.IdName) { Kinds = [CityNetworksModel.Event], First = 5 }))
            .Append(compiler.Compile(new SearchQuery("eurocities", Projection.Of(SeedPlans.Id, new SourcesField("sources")))))
            .ToList();
        var findings = await CypherLinter.LintAsync(compiled.Select(c => (c.Text, c.Parameters.Keys.ToArray())).ToList());
        Assert.Null(CypherLinter.Describe(findings));
    }

    [LintFact]
    public async Task Searches_through_the_Neo4j_5_full_text_index_are_valid_Cypher_5()
    {
        var compiler = new CypherQueryCompiler(CityNetworksModel.Instance) { FullTextIndex = SearchIndex.Name };
        var compiled = new[]
        {
            compiler.Compile(new SearchQuery("Sónar barc", SeedPlans.IdName) { Kinds = [CityNetworksModel.Event], First = 5 }),
            compiler.Compile(new SearchQuery("eurocities", Projection.Of(SeedPlans.Id, new SourcesField("sources")))),
        };
        Assert.All(compiled, c => Assert.Contains("CALL db.index.fulltext.queryNodes(", c.Text, StringComparison.Ordinal));
        Assert.Equal("+sonar* +barc*", compiled[0].Parameters.Values.OfType<string>().Single(v => v.StartsWith('+')));
        var findings = await CypherLinter.LintAsync(compiled.Select(c => (c.Text, c.Parameters.Keys.ToArray())).ToList());
        Assert.Null(CypherLinter.Describe(findings));
    }
}
