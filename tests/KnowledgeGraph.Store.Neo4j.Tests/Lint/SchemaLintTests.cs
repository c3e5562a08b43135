using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Neo4j.Query;
using KnowledgeGraph.Store.Neo4j.Writing;

namespace KnowledgeGraph.Store.Neo4j.Tests.Lint;

/// <summary>
/// The schema statements per server version: those for Neo4j 5 are valid Cypher 5 by Neo4j's own linter (the live
/// server here is 3.1, which runs and so checks its own, older syntax in StoreTests).
/// </summary>
public sealed class SchemaLintTests
{
    [LintFact]
    public async Task The_Neo4j_5_schema_is_valid_Cypher_5()
    {
        var statements = Cypher.Schema(CityNetworksModel.Instance, 5).Concat(SearchIndex.Schema(CityNetworksModel.Instance, 5)).ToList();
        Assert.Contains(statements, s => s.StartsWith($"CREATE FULLTEXT INDEX {SearchIndex.Name} ", StringComparison.Ordinal) && s.Contains("[n._folded]", StringComparison.Ordinal));
        Assert.Empty(SearchIndex.Schema(CityNetworksModel.Instance, 4));
        Assert.Contains(statements, s => s.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal));
        Assert.Equal(CityNetworksModel.Instance.NodeKinds.Count, statements.Count(s => s.Contains("REQUIRE n.id IS UNIQUE", StringComparison.Ordinal)));
        var findings = await CypherLinter.LintAsync(statements.Select(s => (s, Array.Empty<string>())).ToList());
        Assert.Null(CypherLinter.Describe(findings));
    }

    [LintFact]
    public async Task The_write_statements_of_every_kind_and_relationship_shape_are_valid_Cypher_5()
    {
        var model = CityNetworksModel.Instance;
        var statements = model.NodeKinds.SelectMany(k => new[] { Cypher.CreateNodes(k), Cypher.UpdateNodes(k), Cypher.Rename(k) })
            .Concat(model.RelationshipTypes.SelectMany(t => t.Endpoints.SelectMany(e => e.From.SelectMany(f => e.To.SelectMany(to => new[] { Cypher.WriteRelationships(t.Name, f, to, false), Cypher.WriteRelationships(t.Name, f, to, true) })))))
            .Select(s => (s, new[] { "rows" })).ToList();
        var findings = await CypherLinter.LintAsync(statements);
        Assert.Null(CypherLinter.Describe(findings));
    }
}
