namespace KnowledgeGraph.Store.Neo4j.Tests.Lint;

/// <summary>The linter harness itself: it must be able to fail, or a clean report means nothing.</summary>
public sealed class LintHarnessTests
{
    [LintFact]
    public async Task Unknown_functions_old_syntax_and_undeclared_parameters_are_errors_and_the_common_dialect_is_clean()
    {
        var findings = await CypherLinter.LintAsync([
            ("MATCH (n) RETURN nosuchfunction(n)", []),
            ("CREATE CONSTRAINT ON (n:City) ASSERT n.id IS UNIQUE", []),
            ("MATCH (n) RETURN size((n)-->()) AS degree", []),
            ("UNWIND $rows AS row MERGE (n:City {id: row.id}) RETURN count(n)", []),
            ("UNWIND $rows AS row MERGE (n:City {id: row.id}) SET n += row.props RETURN count(n)", ["rows"]),
            ("MATCH (n:City) RETURN n {.id, .name, degree: size([(n)--(m) | m])} AS city", []),
        ]);
        Assert.NotEmpty(findings[0].Errors);
        Assert.NotEmpty(findings[1].Errors);
        Assert.NotEmpty(findings[2].Errors);
        Assert.NotEmpty(findings[3].Errors);
        Assert.Empty(findings[4].Errors);
        Assert.Empty(findings[5].Errors);
    }
}
