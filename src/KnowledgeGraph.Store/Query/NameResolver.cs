using System.Text.Json;
using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Query;

/// <summary>
/// Turns what a caller wrote for a node (an id, or a name or alias in any language, case, accents and punctuation
/// ignored) into the node's id, over the read port only (<see cref="IGraphQueries"/>), so every back-end resolves the
/// same way. Near misses are found by spelling distance on the folded names and aliases.
/// </summary>
/// <param name="queries">The read port of the store.</param>
public sealed class NameResolver(IGraphQueries queries)
{
    /// <summary>The most suggestions an error or a search offers.</summary>
    public const int MaxSuggestions = 5;

    private static readonly Projection Names = Projection.Of(
        new ValueField("id", FieldRef.Id), new ValueField("kind", FieldRef.Kind), new ValueField("name", FieldRef.Name), new AliasesField("aliases"));

    /// <summary>
    /// Resolves every argument with one statement (none when <paramref name="arguments"/> is empty): the node of the
    /// argument's kind whose id (or an id it was merged from), name or alias is the value.
    /// </summary>
    /// <returns>The id each argument resolved to, by argument name.</returns>
    /// <exception cref="QueryValidationException">
    /// An argument matches no node (the message names it and offers the closest names, which costs one more statement)
    /// or several (the message lists them); <see cref="QueryValidationException.Argument"/> is its name.
    /// </exception>
    public async Task<IReadOnlyDictionary<string, string>> ResolveAsync(IReadOnlyList<NodeArgument> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        if (arguments.Count == 0)
        {
            return resolved;
        }
        var where = new OrFilter([.. arguments.Select(a => Matching(a))]);
        var found = ReadNodes(await queries.QueryAsync(new NodeQuery { Where = where, Projection = Names }, cancellationToken).ConfigureAwait(false));
        foreach (var argument in arguments)
        {
            resolved[argument.Name] = await PickAsync(argument, found, cancellationToken).ConfigureAwait(false);
        }
        return resolved;
    }

    /// <summary>
    /// The near misses of <paramref name="text"/> among the nodes of <paramref name="kinds"/> (any kind when null or
    /// empty): none when some name or alias equals it (folded), else the nodes whose name or alias, folded, is nearest
    /// in spelling to it: names containing it as whole words first (distance 0), then by distance (at most
    /// <see cref="SpellingDistance.Tolerance"/>), name and id. One statement, reading every name of the kinds: meant
    /// for the moment nothing matched.
    /// </summary>
    public async Task<IReadOnlyList<NameSuggestion>> SuggestAsync(string text, IReadOnlyList<NodeKind>? kinds, int first = MaxSuggestions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = TextKey.Normalize(text);
        if (key.Length == 0 || first < 1)
        {
            return [];
        }
        var query = new NodeQuery
        {
            Kind = kinds is { Count: 1 } ? kinds[0] : null,
            Where = kinds is { Count: > 1 } ? new CompareFilter(FieldRef.Kind, CompareOp.In, kinds.Select(k => k.Name).ToList()) : null,
            Projection = Names,
        };
        var nodes = ReadNodes(await queries.QueryAsync(query, cancellationToken).ConfigureAwait(false));
        return nodes.Any(n => n.AllNames.Any(name => TextKey.Normalize(name) == key)) ? [] : Nearest(key, nodes, first);
    }

    /// <summary>The nearest of <paramref name="nodes"/> to the folded <paramref name="key"/> (see <see cref="SuggestAsync"/>).</summary>
    public static IReadOnlyList<NameSuggestion> Nearest(string key, IEnumerable<NodeNames> nodes, int first)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(nodes);
        var limit = SpellingDistance.Tolerance(key);
        var padded = " " + key + " ";
        var best = new List<NameSuggestion>();
        foreach (var node in nodes)
        {
            NameSuggestion? closest = null;
            foreach (var name in node.AllNames)
            {
                var folded = TextKey.Normalize(name);
                var distance = (" " + folded + " ").Contains(padded, StringComparison.Ordinal) ? 0 : SpellingDistance.Between(key, folded, limit);
                if (distance <= limit && (closest is null || distance < closest.Distance))
                {
                    closest = new NameSuggestion(node.Id, node.Kind, node.Name, name, distance);
                }
            }
            if (closest is not null)
            {
                best.Add(closest);
            }
        }
        return [.. best.OrderBy(s => s.Distance).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).Take(first)];
    }

    private static Filter Matching(NodeArgument argument)
    {
        Filter match = new OrFilter([new IdInFilter([argument.Value]), new NameMatchesFilter(argument.Value)]);
        return argument.Kind is null ? match : new AndFilter([new CompareFilter(FieldRef.Kind, CompareOp.Eq, argument.Kind.Name), match]);
    }

    private async Task<string> PickAsync(NodeArgument argument, IReadOnlyList<NodeNames> found, CancellationToken cancellationToken)
    {
        var key = TextKey.Normalize(argument.Value);
        var ofKind = found.Where(n => argument.Kind is null || n.Kind == argument.Kind.Name).ToList();
        // The value is the node's own id, or a name or alias of it; what is left matched an id it was merged from.
        var byId = ofKind.Where(n => n.Id == argument.Value).ToList();
        var byName = ofKind.Where(n => key.Length > 0 && n.AllNames.Any(name => TextKey.Normalize(name) == key)).ToList();
        var byKey = ofKind.Except(byName).ToList();
        var candidates = byId.Count > 0 ? byId : byKey.Count > 0 && argument.Value.Contains(':', StringComparison.Ordinal) ? byKey : byName;
        if (candidates.Count == 1)
        {
            return candidates[0].Id;
        }
        var what = argument.Kind?.Name ?? "node";
        if (candidates.Count > 1)
        {
            var listed = string.Join(", ", candidates.Take(MaxSuggestions * 2).Select(n => $"\"{n.Name}\" ({n.Id})"));
            throw new QueryValidationException($"{argument.Name}: \"{argument.Value}\" names {candidates.Count} {what}s: {listed}; pass one of their ids.")
            {
                Argument = argument.Name,
                Suggestions = [.. candidates.Select(n => n.Id)],
            };
        }
        var near = await SuggestAsync(argument.Value, argument.Kind is null ? null : [argument.Kind], MaxSuggestions, cancellationToken).ConfigureAwait(false);
        var closest = near.Count == 0 ? "no name is close to it" : "the closest: " + string.Join(", ", near);
        throw new QueryValidationException($"{argument.Name}: no {what} has the id, name or alias \"{argument.Value}\"; {closest}.")
        {
            Argument = argument.Name,
            Suggestions = [.. near.Select(s => s.Id)],
        };
    }

    private static List<NodeNames> ReadNodes(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var nodes = new List<NodeNames>();
        foreach (var n in doc.RootElement.EnumerateArray())
        {
            var aliases = n.GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToList();
            nodes.Add(new NodeNames(n.GetProperty("id").GetString()!, n.GetProperty("kind").GetString()!, n.GetProperty("name").GetString() ?? "", aliases));
        }
        return nodes;
    }
}

/// <summary>An argument that names a node: by id, name or alias.</summary>
/// <param name="Name">The argument's name, for errors (<c>theme</c>).</param>
/// <param name="Kind">The kind the node must be of; null for any kind.</param>
/// <param name="Value">What the caller wrote.</param>
public sealed record NodeArgument(string Name, NodeKind? Kind, string Value);

/// <summary>A node with its names, as <see cref="NameResolver"/> reads them.</summary>
/// <param name="Id">The id.</param>
/// <param name="Kind">The kind's name.</param>
/// <param name="Name">The display name.</param>
/// <param name="Aliases">The other names.</param>
public sealed record NodeNames(string Id, string Kind, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>The display name, then the aliases.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
