using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Fixtures;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Analytics;
using static KnowledgeGraph.Api.Tests.Fixtures.InterregFixture;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Research question 3 over HTTP on <see cref="InterregFixture"/>: <c>connections</c> gives every shortest path (as
/// many as <see cref="FixtureOracle.ShortestPaths"/> counts by breadth-first search over the fixture's relationships,
/// each made of fixture relationships), respects the hop limit, and the relationship-type and kind filters.
/// </summary>
[Collection(InterregServerCollection.Name)]
public sealed class ConnectionsTests(InterregServer server)
{
    /// <summary>Pairs of nodes joined in several ways (through projects, organisations, the network, the event, a twinning).</summary>
    public static TheoryData<string, string> Ends => new()
    {
        { "city:besancon", "city:torino" },
        { "city:zaragoza", "city:bologna" },
        { "city:malaga", Forum },
        { "org:italian-agency", "city:koln" },
        { "city:lyon", "city:leipzig" },
        { "org:univ-lyon", "org:leipzig-agency" },
        { "city:torino", "city:besancon" },
    };

    [Theory]
    [MemberData(nameof(Ends))]
    public async Task Connections_gives_all_shortest_paths_and_respects_the_hop_limit(string from, string to)
    {
        var excluded = new[] { "Country", "Theme", "Study" };
        var (length, count) = FixtureOracle.ShortestPaths(from, to, 6, null, excluded);
        Assert.NotNull(length);
        var result = await server.FieldAsync("connections", $"connections(from: \"{from}\", to: \"{to}\", maxHops: 6, first: 100) {Connection}");
        Assert.Equal(length, result.GetProperty("length").GetInt32());
        AssertPaths(result, from, to, Math.Min(count, 100), null, excluded);

        var shorter = await server.FieldAsync("connections", $"connections(from: \"{from}\", to: \"{to}\", maxHops: {length - 1}) {Connection}");
        Assert.Equal(JsonValueKind.Null, shorter.GetProperty("length").ValueKind);
        Assert.Equal(0, shorter.GetProperty("paths").GetArrayLength());
    }

    /// <summary>Path filters: relationship types (null: all) and excluded kinds (null: the default Country, Theme, Study).</summary>
    public static TheoryData<string, string, string[]?, string[]?> Filters => new()
    {
        { "city:besancon", "city:torino", ["PARTNER_IN", "LOCATED_IN"], null },
        { "city:leipzig", "city:lyon", ["MEMBER_OF"], null },
        { "city:besancon", "city:bologna", ["PARTNER_IN", "LOCATED_IN"], null },
        { "city:besancon", "city:lyon", null, [] },
        { "city:besancon", "city:lyon", ["IN_COUNTRY"], [] },
        { "city:zaragoza", "city:koln", null, ["Project"] },
        { "city:malaga", "city:leipzig", null, ["Network", "Country", "Theme", "Study"] },
        { "org:italian-agency", "city:torino", null, [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Connections_follow_only_the_relationship_types_asked_and_avoid_excluded_kinds(string from, string to, string[]? types, string[]? excluded)
    {
        var args = new List<string> { $"from: \"{from}\"", $"to: \"{to}\"", "maxHops: 6", "first: 100" };
        if (types is not null) { args.Add($"relationshipTypes: [{string.Join(", ", types)}]"); }
        if (excluded is not null) { args.Add($"excludeKinds: [{string.Join(", ", excluded)}]"); }
        var kinds = excluded ?? ["Country", "Theme", "Study"];
        var (length, count) = FixtureOracle.ShortestPaths(from, to, 6, types, kinds);
        Assert.NotNull(length);
        var result = await server.FieldAsync("connections", $"connections({string.Join(", ", args)}) {Connection}");
        Assert.Equal(length, result.GetProperty("length").GetInt32());
        AssertPaths(result, from, to, Math.Min(count, 100), types, kinds);
        Assert.NotEqual((length, count), FixtureOracle.ShortestPaths(from, to, 6, null, ["Country", "Theme", "Study"])); // the filter matters here
    }

    [Fact]
    public async Task Connections_filters_are_checked()
    {
        async Task AssertBad(string args, string argument, string message)
        {
            var body = await server.PostAsync($"{{ connections(from: \"city:lyon\", to: \"city:koln\", {args}) {{ length }} }}");
            var error = body.GetProperty("errors")[0];
            Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(argument, error.GetProperty("extensions").GetProperty("argument").GetString());
            Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        await AssertBad("relationshipTypes: []", "relationshipTypes", "at least one type");
        await AssertBad("relationshipTypes: [FUNDED_BY, ADDRESSES]", "relationshipTypes", "touches a City, so from (city:lyon)");
        var unknown = await server.PostAsync("{ connections(from: \"city:lyon\", to: \"city:koln\", excludeKinds: [Town]) { length } }");
        Assert.False(unknown.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        Assert.Contains("Town", unknown.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connections_filter_enums_are_the_models_kinds_and_types()
    {
        var data = await server.DataAsync("""
            { kinds: __type(name: "NodeKind") { enumValues { name } } types: __type(name: "RelationshipType") { enumValues { name } }
              query: __type(name: "Query") { fields { name args { name defaultValue type { ofType { ofType { name } } } } } } }
            """);
        Assert.Equal(CityNetworksModel.Instance.NodeKinds.Select(k => k.Name), data.GetProperty("kinds").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        Assert.Equal(CityNetworksModel.Instance.RelationshipTypes.Select(k => k.Name), data.GetProperty("types").GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        var args = data.GetProperty("query").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "connections").GetProperty("args").EnumerateArray().ToList();
        var excluded = args.Single(a => a.GetProperty("name").GetString() == "excludeKinds");
        Assert.Equal("NodeKind", excluded.GetProperty("type").GetProperty("ofType").GetProperty("ofType").GetProperty("name").GetString());
        Assert.Equal("[" + string.Join(", ", PathQuery.DefaultExcludedKinds.Select(k => k.Name)) + "]", excluded.GetProperty("defaultValue").GetString());
        var types = args.Single(a => a.GetProperty("name").GetString() == "relationshipTypes");
        Assert.Equal("RelationshipType", types.GetProperty("type").GetProperty("ofType").GetProperty("ofType").GetProperty("name").GetString());
    }

    private const string Connection = "{ length truncated paths { nodes { id kind } relationships { type from to } } }";

    /// <summary>Checks there are <paramref name="count"/> distinct paths from one end to the other, each made of fixture relationships.</summary>
    private static void AssertPaths(JsonElement result, string from, string to, long count, IReadOnlyCollection<string>? types, IReadOnlyCollection<string> excluded)
    {
        Assert.False(result.GetProperty("truncated").GetBoolean());
        var length = result.GetProperty("length").GetInt32();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in result.GetProperty("paths").EnumerateArray())
        {
            var nodes = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
            var rels = path.GetProperty("relationships").EnumerateArray().ToList();
            Assert.Equal(length + 1, nodes.Count);
            Assert.Equal(length, rels.Count);
            Assert.Equal(from, nodes[0]);
            Assert.Equal(to, nodes[^1]);
            Assert.Equal(nodes.Count, nodes.Distinct().Count());
            Assert.All(nodes.Skip(1).SkipLast(1), n => Assert.DoesNotContain(KindOf(n), excluded));
            var key = new StringBuilder(nodes[0]);
            for (var i = 0; i < length; i++)
            {
                var edge = new FixtureEdge(rels[i].GetProperty("type").GetString()!, rels[i].GetProperty("from").GetString()!, rels[i].GetProperty("to").GetString()!);
                Assert.Contains(edge, Edges);
                Assert.True(types is null || types.Contains(edge.Type), edge.Type + " is not asked for");
                Assert.True((edge.From == nodes[i] && edge.To == nodes[i + 1]) || (edge.To == nodes[i] && edge.From == nodes[i + 1]), $"{edge} does not join {nodes[i]} and {nodes[i + 1]}");
                key.Append(CultureInfo.InvariantCulture, $" -{edge.Type}- {nodes[i + 1]}");
            }
            Assert.True(seen.Add(key.ToString()), "path given twice: " + key);
        }
        Assert.Equal(count, seen.Count);
    }
}
