using KnowledgeGraph.Store.Analytics;
using static KnowledgeGraph.Store.Sqlite.Tests.Analytics.Analyze;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Sqlite.Tests.Analytics;

/// <summary>Question 3 over <see cref="SyntheticGraph"/>: shortest paths, worked out by hand.</summary>
public class PathTests(AnalyticsStore fixture) : IClassFixture<AnalyticsStore>
{
    /// <summary>Each path as "id -TYPE- id -TYPE- id".</summary>
    private async Task<(int? Length, string Paths)> PathsAsync(PathQuery query)
    {
        var result = await fixture.RunAsync(a => a.PathsAsync(query));
        var paths = result.GetProperty("paths").EnumerateArray().Select(p =>
        {
            var nodes = p.GetProperty("nodes").Strings("id");
            var rels = p.GetProperty("relationships").Strings("type");
            return nodes[0] + string.Concat(rels.Select((r, i) => $" -{r}- {nodes[i + 1]}"));
        }).ToList();
        var length = result.GetProperty("length");
        return (length.ValueKind == System.Text.Json.JsonValueKind.Null ? null : length.GetInt32(), L([.. paths]));
    }

    [Fact]
    public async Task Shortest_path_through_a_network_and_an_event()
    {
        var result = await fixture.RunAsync(a => a.PathsAsync(new PathQuery("city:a", "city:e")));
        Assert.Equal(Json("""
            {'from': {'id': 'city:geonames:101', 'kind': 'City', 'name': 'Alpha'}, 'to': {'id': 'city:geonames:105', 'kind': 'City', 'name': 'Epsilon'},
             'length': 4, 'truncated': false, 'paths': [{
               'nodes': [{'id': 'city:geonames:101', 'kind': 'City', 'name': 'Alpha'}, {'id': 'network:n', 'kind': 'Network', 'name': 'Net'},
                         {'id': 'city:geonames:103', 'kind': 'City', 'name': 'Gamma'}, {'id': 'event:forum', 'kind': 'Event', 'name': 'Forum'},
                         {'id': 'city:geonames:105', 'kind': 'City', 'name': 'Epsilon'}],
               'relationships': [
                 {'type': 'MEMBER_OF', 'from': 'city:geonames:101', 'to': 'network:n', 'properties': {'status': 'full member', 'since': '2010'}},
                 {'type': 'MEMBER_OF', 'from': 'city:geonames:103', 'to': 'network:n', 'properties': {}},
                 {'type': 'PARTICIPATED_IN', 'from': 'city:geonames:103', 'to': 'event:forum', 'properties': {'role': 'participant'}},
                 {'type': 'HELD_IN', 'from': 'event:forum', 'to': 'city:geonames:105', 'properties': {}}]}]}
            """), result.Text());
    }

    [Fact]
    public async Task Hop_limit_and_relationship_types_bound_the_search()
    {
        Assert.Equal((null, L()), await PathsAsync(new PathQuery("city:a", "city:e") { MaxHops = 3 }));
        var projectsOnly = new PathQuery("city:a", "city:e") { RelationshipTypes = [M.PartnerIn, M.LocatedIn, M.FundedBy], MaxHops = 5 };
        Assert.Equal((5, L(
            "city:geonames:101 -LOCATED_IN- org:a1 -PARTNER_IN- project:p3 -FUNDED_BY- programme:other -FUNDED_BY- project:p4 -PARTNER_IN- city:geonames:105",
            "city:geonames:101 -LOCATED_IN- org:a2 -PARTNER_IN- project:p2 -PARTNER_IN- org:d1 -PARTNER_IN- project:p4 -PARTNER_IN- city:geonames:105",
            "city:geonames:101 -LOCATED_IN- org:a2 -PARTNER_IN- project:p3 -FUNDED_BY- programme:other -FUNDED_BY- project:p4 -PARTNER_IN- city:geonames:105")), await PathsAsync(projectsOnly));
        var two = await fixture.RunAsync(a => a.PathsAsync(projectsOnly with { MaxPaths = 2 }));
        Assert.Equal(2, two.GetProperty("paths").GetArrayLength());
        Assert.Equal((null, L()), await PathsAsync(projectsOnly with { MaxHops = 4 }));
    }

    [Fact]
    public async Task Excluded_kinds_are_not_passed_through_unless_asked()
    {
        Assert.Equal((2, L("city:geonames:105 -HELD_IN- event:forum -PARTICIPATED_IN- city:geonames:103")), await PathsAsync(new PathQuery("city:e", "city:c")));
        Assert.Equal((2, L(
            "city:geonames:105 -HELD_IN- event:forum -PARTICIPATED_IN- city:geonames:103",
            "city:geonames:105 -IN_COUNTRY- country:fr -IN_COUNTRY- city:geonames:103")), await PathsAsync(new PathQuery("city:e", "city:c") { ExcludedKinds = [] }));
        // An excluded kind may still be an end.
        Assert.Equal((1, L("city:geonames:105 -IN_COUNTRY- country:fr")), await PathsAsync(new PathQuery("city:e", "country:fr")));
    }

    [Fact]
    public async Task The_one_and_two_hop_phase_keeps_the_hop_limit_and_the_relationship_types()
    {
        var twoApart = new PathQuery("city:e", "city:c");
        Assert.Equal((null, L()), await PathsAsync(twoApart with { MaxHops = 1 }));
        Assert.Equal((1, L("city:geonames:105 -IN_COUNTRY- country:fr")), await PathsAsync(new PathQuery("city:e", "country:fr") { MaxHops = 1 }));
        Assert.Equal((null, L()), await PathsAsync(twoApart with { MaxHops = 2, RelationshipTypes = [M.HeldIn] }));
        Assert.Equal((2, L("city:geonames:105 -HELD_IN- event:forum -PARTICIPATED_IN- city:geonames:103")),
            await PathsAsync(twoApart with { MaxHops = 2, RelationshipTypes = [M.HeldIn, M.ParticipatedIn] }));
        var viaCountry = await fixture.RunAsync(a => a.PathsAsync(twoApart with { ExcludedKinds = [], MaxPaths = 1 }));
        Assert.Equal(1, viaCountry.GetProperty("paths").GetArrayLength());
        Assert.False(viaCountry.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task Same_node_unknown_ids_and_bad_bounds()
    {
        Assert.Equal((0, L("city:geonames:101")), await PathsAsync(new PathQuery("city:a", "city:geonames:101")));
        var unknown = await fixture.RunAsync(a => a.PathsAsync(new PathQuery("city:a", "city:nowhere")));
        Assert.Equal(Json("{'from': {'id': 'city:geonames:101', 'kind': 'City', 'name': 'Alpha'}, 'to': null, 'length': null, 'truncated': false, 'paths': []}"), unknown.Text());
        await Assert.ThrowsAsync<KnowledgeGraph.Store.Query.QueryValidationException>(() => fixture.Store.Analytics.PathsAsync(new PathQuery("city:a", "city:e") { MaxHops = 7 }));
        await Assert.ThrowsAsync<KnowledgeGraph.Store.Query.QueryValidationException>(() => fixture.Store.Analytics.PathsAsync(new PathQuery("city:a", "city:e") { MaxPaths = 0 }));
    }
}
