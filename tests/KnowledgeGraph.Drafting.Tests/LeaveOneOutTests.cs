using Xunit.Abstractions;

namespace KnowledgeGraph.Drafting.Tests;

/// <summary>Keeps the leave-one-out figures of docs/drafting.md from falling.</summary>
public sealed class LeaveOneOutTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Drafts_against_the_other_curated_studies_keep_their_scores()
    {
        if (!LeaveOneOut.DocumentsAvailable)
        {
            output.WriteLine("SKIPPED: ../shared/seeds (the curated studies' documents) is not beside the repository.");
            return;
        }
        var results = await LeaveOneOut.RunAsync();
        output.WriteLine(LeaveOneOut.Table(results));
        foreach (var result in results)
        {
            // every draft is a valid study file whose quotes are exact spans of its document
            Assert.True(result.DraftRead.Problems.Count == 0, $"{result.Study}:\n{string.Join("\n", result.DraftRead.Problems)}\n{result.DraftText}");
            output.WriteLine($"--- {result.Study}\nmissed nodes: {string.Join(", ", result.Score!.MissedNodes)}\nextra nodes: {string.Join(", ", result.Score.ExtraNodes)}"
                + $"\nmissed relationships:\n  {string.Join("\n  ", result.Score.MissedRelationships)}\nextra relationships:\n  {string.Join("\n  ", result.Score.ExtraRelationships)}");
        }
    }
}
