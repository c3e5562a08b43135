using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Drafting;

/// <summary>A node the store already holds, with every name it is known by.</summary>
/// <param name="Id">Its id in the store.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Names">Its name and aliases.</param>
/// <param name="CountryCode">Its country (cities, regions), when known.</param>
/// <param name="Population">Its population (cities), when known.</param>
public sealed record KnownNode(string Id, NodeKind Kind, string Name, IReadOnlyList<string> Names, string? CountryCode, long Population);

/// <summary>A relationship the store already holds.</summary>
public sealed record KnownRelationship(string Type, string FromId, string ToId);

/// <summary>
/// What the graph already knows, as a drafter needs it: every node under every folded name (<see cref="TextKey"/>, the
/// fold search uses), and the relationships between nodes.
/// </summary>
public sealed class KnownGraph
{
    private readonly Dictionary<string, List<(string[] Words, KnownNode Node)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownNode> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownRelationship>> _relationshipsFrom = new(StringComparer.Ordinal);

    /// <summary>Builds the index over <paramref name="nodes"/> and <paramref name="relationships"/>.</summary>
    public KnownGraph(IEnumerable<KnownNode> nodes, IEnumerable<KnownRelationship> relationships)
    {
        foreach (var node in nodes)
        {
            _byId[node.Id] = node;
            foreach (var words in node.Names.Select(LanguagePatterns.Words).Where(w => w.Length > 0).DistinctBy(w => string.Join(' ', w)))
            {
                if (!_byFirstWord.TryGetValue(words[0], out var list))
                {
                    _byFirstWord[words[0]] = list = [];
                }
                list.Add((words, node));
            }
        }
        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
        foreach (var relationship in relationships)
        {
            if (!_relationshipsFrom.TryGetValue(relationship.FromId, out var list))
            {
                _relationshipsFrom[relationship.FromId] = list = [];
            }
            list.Add(relationship);
        }
    }

    /// <summary>How many nodes are known.</summary>
    public int NodeCount => _byId.Count;

    /// <summary>The node with this id, if known.</summary>
    public KnownNode? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The names that start with the folded word <paramref name="firstWord"/>, longest first.</summary>
    public IReadOnlyList<(string[] Words, KnownNode Node)> NamesStartingWith(string firstWord) =>
        _byFirstWord.TryGetValue(firstWord, out var list) ? list : [];

    /// <summary>The known relationships starting at <paramref name="id"/>.</summary>
    public IReadOnlyList<KnownRelationship> RelationshipsFrom(string id) => _relationshipsFrom.TryGetValue(id, out var list) ? list : [];

    /// <summary>Reads every node and relationship of a store; <paramref name="rules"/> name the properties kept.</summary>
    public static async Task<KnownGraph> ReadAsync(IGraphStore store, GraphModel model, DraftRules rules, CancellationToken cancellationToken = default)
    {
        var nodes = new List<KnownNode>();
        await foreach (var node in store.ReadNodesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!model.TryGetKind(node.Kind, out var kind))
            {
                continue;
            }
            var names = new List<string> { node.Name };
            names.AddRange(node.Aliases.Select(a => a.Name));
            nodes.Add(new KnownNode(node.Id, kind, node.Name, names, Text(node.Properties, rules.CountryProperty), Number(node.Properties, rules.PopulationProperty)));
        }
        var relationships = new List<KnownRelationship>();
        await foreach (var relationship in store.ReadRelationshipsAsync(cancellationToken).ConfigureAwait(false))
        {
            relationships.Add(new KnownRelationship(relationship.Type, relationship.FromId, relationship.ToId));
        }
        return new KnownGraph(nodes, relationships);
    }

    private static string? Text(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.TryGetValue(name, out var value) && value is not null ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static long Number(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.TryGetValue(name, out var value) && value is IConvertible convertible ? convertible.ToInt64(System.Globalization.CultureInfo.InvariantCulture) : 0;
}
