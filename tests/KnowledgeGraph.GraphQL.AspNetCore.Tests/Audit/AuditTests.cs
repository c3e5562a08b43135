using Xunit.Abstractions;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests.Audit;

/// <summary>
/// The GraphQL-over-HTTP conformance audit of the npm package graphql-http against our endpoint (the test
/// schema: the audits only use <c>__typename</c> and <c>__type</c>, and <c>mutation { __typename }</c> over GET).
/// Every MUST and SHOULD audit has to pass; MAY results are written to the test output.
/// </summary>
public sealed class AuditTests(ITestOutputHelper output)
{
    [GraphQLHttpAuditFact]
    public async Task Every_MUST_and_SHOULD_audit_passes()
    {
        await using var host = await TestHost.StartAsync();
        var results = await GraphQLHttpAudit.RunAsync(host.GraphQLUri);
        Assert.NotEmpty(results);
        output.WriteLine($"graphql-http {GraphQLHttpAudit.InstalledVersion()} against {host.GraphQLUri}");
        foreach (var level in new[] { "MUST", "SHOULD", "MAY" })
        {
            var ofLevel = results.Where(r => r.Level == level).ToList();
            output.WriteLine($"{level}: {ofLevel.Count(r => r.Status == "ok")}/{ofLevel.Count} ok");
        }

        foreach (var result in results.Where(r => r.Level == "MAY"))
        {
            output.WriteLine("  " + result);
        }

        var failing = results.Where(r => r.Level != "MAY" && r.Status != "ok").ToList();
        Assert.True(failing.Count == 0, "Failing audits:\n" + string.Join("\n", failing));
    }
}
