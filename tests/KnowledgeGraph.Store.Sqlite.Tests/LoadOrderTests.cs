using System.Text.Json;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Loading;
using KnowledgeGraph.Studies;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Sqlite.Tests;

/// <summary>
/// One preferred value whatever the load order: when sources disagree, a property shows the claim
/// <see cref="ClaimPreference"/> prefers, and every claim stays under <c>claims</c>.
/// </summary>
public sealed class LoadOrderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_seed_studies_loaded_in_two_orders_give_the_same_values_and_claims()
    {
        var set = StudySet.Read([TestPaths.GraphSeed], CityNetworksModel.Instance, null);
        Assert.True(set.IsValid, string.Join("\n", set.Problems));
        var batches = set.Batches;
        var forward = await LoadOneByOneAsync("forward.db", batches);
        var backward = await LoadOneByOneAsync("backward.db", batches.Reverse());
        Assert.Equal(forward, backward);
        // The seed states EUROCITIES' members as 135 and as "over 140" (and "over a hundred"): the exact count is shown.
        Assert.Contains("network:eurocities memberCount=135", forward);
    }

    [Theory]
    [InlineData("stated", "exact", "inferred", "exact", true)]       // stated before inferred
    [InlineData("stated", "exact", "stated", "more than", true)]     // exact before qualified
    [InlineData("inferred", "exact", "stated", "more than", false)]  // certainty first
    public async Task The_preferred_claim_wins_in_either_order(string certaintyA, string qualifierA, string certaintyB, string qualifierB, bool aWins)
    {
        GraphBatch Batch(string study, long value, string certainty, string qualifier)
        {
            var source = new Source(study, certainty == "stated" ? Certainty.Stated : Certainty.Inferred) { Quote = certainty == "stated" ? "members" : null, Note = "n" };
            return new GraphBatch(study,
            [
                new NodeAssertion("Study", study, study) { Sources = [source] },
                new NodeAssertion("Network", "network:n", "N")
                {
                    Sources = [source],
                    Claims = [new PropertyClaim("memberCount", value, source) { Qualifier = qualifier == "exact" ? null : qualifier }],
                },
            ], []);
        }
        var a = Batch("study:a", 100L, certaintyA, qualifierA);
        var b = Batch("study:b", 200L, certaintyB, qualifierB);
        foreach (var (name, order) in new[] { ("ab.db", new[] { a, b }), ("ba.db", new[] { b, a }) })
        {
            var values = await LoadOneByOneAsync(name, order);
            Assert.Contains($"network:n memberCount={(aWins ? 100 : 200)}", values);
        }
    }

    [Fact]
    public async Task Of_two_equal_claims_the_later_study_id_wins_and_a_study_replaces_its_own_value()
    {
        GraphBatch Batch(string study, long value) => new(study,
        [
            new NodeAssertion("Study", study, study) { Sources = [new Source(study, Certainty.Stated) { Dataset = "d.csv", Row = "1" }] },
            new NodeAssertion("City", "city:c", "C")
            {
                Sources = [new Source(study, Certainty.Stated) { Dataset = "d.csv", Row = "1" }],
                Claims = [new PropertyClaim("population", value, new Source(study, Certainty.Stated) { Dataset = "d.csv", Row = "1" })],
            },
        ], []);
        Assert.Contains("city:c population=2", await LoadOneByOneAsync("x.db", [Batch("study:2019", 2L), Batch("study:2018", 1L)]));
        Assert.Contains("city:c population=2", await LoadOneByOneAsync("y.db", [Batch("study:2018", 1L), Batch("study:2019", 2L)]));
        // A newer export of the same source replaces its own value.
        Assert.Contains("city:c population=3", await LoadOneByOneAsync("z.db", [Batch("study:2019", 2L), Batch("study:2019", 3L)]));
    }

    /// <summary>Loads each batch on its own (as studies arriving one at a time) and lists every value and claim, sorted.</summary>
    private async Task<List<string>> LoadOneByOneAsync(string file, IEnumerable<GraphBatch> batches)
    {
        await using var store = SqliteGraphStore.Open(_temp.File(file));
        foreach (var batch in batches)
        {
            await store.LoadAsync([batch]);
        }
        var lines = new List<string>();
        await foreach (var node in store.ReadNodesAsync())
        {
            lines.AddRange(node.Properties.Select(p => $"{node.Id} {p.Key}={JsonSerializer.Serialize(p.Value)}"));
            lines.AddRange(node.Claims.Select(c => $"{node.Id} claim {c.Property}={JsonSerializer.Serialize(c.Value)} {c.Qualifier} {c.Source.StudyId}"));
        }
        await foreach (var rel in store.ReadRelationshipsAsync())
        {
            lines.AddRange(rel.Properties.Select(p => $"{rel.Type} {rel.FromId} {rel.ToId} {p.Key}={JsonSerializer.Serialize(p.Value)}"));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
