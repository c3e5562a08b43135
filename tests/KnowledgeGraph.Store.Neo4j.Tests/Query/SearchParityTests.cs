using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Neo4j.Tests.Live;
using KnowledgeGraph.Store.Query;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Tests.Query;

/// <summary>
/// Search has one ranking on every back-end (<see cref="SearchQuery"/>: an exact folded name, then the shortest matching
/// name, then the id). For texts generated from the names of the seed graph and of a generated graph of awkward names
/// (accents, ß/ø/ł/æ, Greek, Cyrillic, digits, punctuation, aliases that fold alike), SQLite and Neo4j answer with the same
/// JSON, and both with the ids an oracle written here from the definition gives (so they agree on the documented
/// ranking, not merely with each other).
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class SearchParityTests(LiveNeo4j server) : IAsyncLifetime
{
    private const int Seed = 20261208;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Searches on both back-ends; asserts one statement, the same JSON, and the oracle's ids in its order.</summary>
    private static async Task<JsonElement> AssertSameAsync(SeedGraphs g, IReadOnlyList<StoredNode> nodes, SearchQuery query)
    {
        var expected = await g.Sqlite.SearchAsync(query);
        var count = 0;
        var logged = g.Client.StatementObserver;
        g.Client.StatementObserver = s =>
        {
            count++;
            logged?.Invoke(s);
        };
        string actual;
        try
        {
            actual = await g.Neo4j.SearchAsync(query);
        }
        finally
        {
            g.Client.StatementObserver = logged;
        }
        Assert.Equal(1, count);
        var because = $"search \"{query.Text}\" kinds [{string.Join(", ", query.Kinds?.Select(k => k.Name) ?? [])}] first {query.First}";
        Assert.True(SeedGraphs.Canonical(expected) == SeedGraphs.Canonical(actual), $"{because}\nSQLite: {expected}\nNeo4j:  {actual}");
        var json = JsonElement.Parse(expected);
        var ids = json.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        var oracle = Oracle(nodes, query);
        Assert.True(oracle.SequenceEqual(ids), $"{because}\nexpected by the definition: {string.Join(", ", oracle)}\nanswered: {string.Join(", ", ids)}");
        return json;
    }

    /// <summary>The ranking as <see cref="SearchQuery"/> defines it, computed from the stored names.</summary>
    private static List<string> Oracle(IReadOnlyList<StoredNode> nodes, SearchQuery query)
    {
        var words = SearchWords.Folded(query.Text);
        var text = string.Join(" ", words);
        return nodes
            .Where(n => query.Kinds is not { Count: > 0 } kinds || kinds.Any(k => k.Name == n.Kind))
            .Select(n => (n.Id, Folded: n.Aliases.Select(a => a.Name).Append(n.Name).Select(TextKey.Normalize).ToList()))
            .Select(n => (n.Id, n.Folded, Hits: n.Folded.Where(f => words.All(w => f.Split(' ').Any(t => t.StartsWith(w, StringComparison.Ordinal)))).ToList()))
            .Where(n => n.Hits.Count > 0)
            .OrderBy(n => n.Folded.Contains(text) ? 0 : 1)
            .ThenBy(n => n.Hits.Min(h => h.Length))
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .Take(query.First)
            .Select(n => n.Id)
            .ToList();
    }

    private static async Task<List<StoredNode>> NodesAsync(SeedGraphs g)
    {
        var nodes = new List<StoredNode>();
        await foreach (var n in g.Sqlite.ReadNodesAsync())
        {
            nodes.Add(n);
        }
        return nodes;
    }

    /// <summary>Search texts made from the names: whole names as written, word prefixes of one or two words, other cases.</summary>
    private static IEnumerable<SearchQuery> Texts(IReadOnlyList<StoredNode> nodes, Random random, int count)
    {
        var names = nodes.SelectMany(n => n.Aliases.Select(a => a.Name).Append(n.Name)).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var kinds = M.Instance.NodeKinds;
        for (var i = 0; i < count; i++)
        {
            var name = names[random.Next(names.Count)];
            var words = SearchWords.Split(name);
            if (words.Count == 0)
            {
                continue;
            }
            var text = (i % 5) switch
            {
                0 => name,
                1 => name.ToUpperInvariant(),
                2 => Prefix(words[random.Next(words.Count)], random),
                3 => string.Join(" ", words.OrderBy(_ => random.Next()).Take(2).Select(w => Prefix(w, random))),
                _ => TextKey.Normalize(name),
            };
            if (SearchWords.Folded(text).Count == 0)
            {
                continue;
            }
            yield return new SearchQuery(text, Projection.Of(new ValueField("id", FieldRef.Id), new ValueField("name", FieldRef.Name)))
            {
                Kinds = random.Next(4) == 0 ? [kinds[random.Next(kinds.Count)]] : null,
                First = random.Next(3) == 0 ? 1 + random.Next(3) : 20,
            };
        }
    }

    private static string Prefix(string word, Random random) => word[..Math.Min(word.Length, 1 + random.Next(4))];

    [Neo4jFact]
    public async Task Generated_searches_over_the_seed_graph_rank_alike_on_both_back_ends()
    {
        await using var g = new SeedGraphs(server);
        await g.LoadAsync();
        var nodes = await NodesAsync(g);
        var random = new Random(Seed);
        var asked = 0;
        foreach (var query in Texts(nodes, random, 250))
        {
            await AssertSameAsync(g, nodes, query);
            asked++;
        }
        Assert.True(asked > 200, $"only {asked} searches were generated");
        // The documented example: Sónar (exact) before Sónar + D.
        var sonar = await AssertSameAsync(g, nodes, new SearchQuery("sonar", Projection.Of(new ValueField("id", FieldRef.Id))));
        Assert.Equal(["event:sonar", "event:sonar-plus-d"], sonar.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    /// <summary>Names built from pieces that fold in awkward ways, with aliases, and many ties of length.</summary>
    private static IReadOnlyList<GraphBatch> AwkwardGraph(Random random)
    {
        string[] pieces =
        [
            "bar", "Bär", "BAR", "barc", "Straße", "strasse", "Øre", "ore", "Łódź", "lodz", "Æsir", "aes", "Œuvre",
            "Ἀθήνα", "Αθηνα", "Київ", "киев", "São", "sao", "Saint", "St", "l'Hospitalet", "d'Ebre", "Sant", "2", "21",
            "x1", "Mont-Blanc", "mont", "Jürgen", "jurgen", "İzmir", "Ñuñoa", "co", "Co.", "çà",
        ];
        string Name() => string.Join(random.Next(3) switch { 0 => " ", 1 => "-", _ => " / " },
            Enumerable.Range(0, 1 + random.Next(3)).Select(_ => pieces[random.Next(pieces.Length)]));
        string Quoted(string s) => JsonSerializer.Serialize(s);
        var kinds = new[] { M.City, M.Organisation, M.Event, M.Theme, M.Network };
        var nodes = new StringBuilder();
        for (var i = 0; i < 160; i++)
        {
            var kind = kinds[i % kinds.Length];
            var aliases = string.Join(", ", Enumerable.Range(0, random.Next(3)).Select(_ => $"{{name: {Quoted(Name())}}}"));
            nodes.Append(CultureInfo.InvariantCulture, $"  - {{id: {kind.IdPrefix}:awkward-{i}, kind: {kind.Name}, name: {Quoted(Name() + " " + i)}, aliases: [{aliases}], quote: q{i}}}\n");
        }
        return [StudyText.Batch("study:awkward-names", nodes.ToString())];
    }

    [Neo4jFact]
    public async Task Generated_searches_over_awkward_names_rank_alike_on_both_back_ends()
    {
        var random = new Random(Seed + 1);
        await using var g = new SeedGraphs(server);
        await g.LoadAsync(AwkwardGraph(random));
        var nodes = await NodesAsync(g);
        Assert.True(nodes.Count > 150, $"{nodes.Count} nodes");
        var asked = 0;
        foreach (var query in Texts(nodes, random, 300))
        {
            await AssertSameAsync(g, nodes, query);
            asked++;
        }
        foreach (var text in new[] { "strasse", "STRASSE", "straße", "lodz", "Łódź", "aes", "athina", "αθηνα", "київ", "sao", "St", "l hospitalet", "2", "co", "izmir", "nunoa" })
        {
            await AssertSameAsync(g, nodes, new SearchQuery(text, Projection.Of(new ValueField("id", FieldRef.Id))) { First = 50 });
            asked++;
        }
        Assert.True(asked > 250, $"only {asked} searches were generated");
    }
}
