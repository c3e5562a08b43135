using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Model.Identity;

/// <summary>
/// Stable node ids: <c>prefix:local</c>, such as <c>project:innocrafts</c>, <c>country:es</c> or
/// <c>city:geonames:3128760</c>. The prefix names the kind; the local part is lower-case letters, digits,
/// '-', '.', '_' and ':' between segments.
/// </summary>
public static partial class NodeId
{
    [GeneratedRegex("^[a-z]+:[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?(?::[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Whether <paramref name="id"/> is well formed (it says nothing of its kind).</summary>
    public static bool IsWellFormed(string id) => id.Length <= 200 && Pattern().IsMatch(id);

    /// <summary>The prefix of a well-formed id (<c>city</c>).</summary>
    public static string PrefixOf(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? id : id[..colon];
    }

    /// <summary>Checks an id against the model: well formed, and its prefix names <paramref name="kind"/> when given. Returns an error or null.</summary>
    public static string? Check(GraphModel model, string id, NodeKind? kind = null)
    {
        if (!IsWellFormed(id))
        {
            return $"'{id}' is not a valid node id: expected 'prefix:name' in lower-case letters, digits and '-', such as 'city:barcelona'";
        }
        var prefix = PrefixOf(id);
        if (!model.TryGetKindByPrefix(prefix, out var byPrefix))
        {
            var known = string.Join(", ", model.NodeKinds.Select(k => k.IdPrefix));
            return $"id '{id}' has the unknown prefix '{prefix}' (known: {known})";
        }
        if (kind is not null && !ReferenceEquals(byPrefix, kind))
        {
            return $"id '{id}' has prefix '{prefix}', which belongs to {byPrefix.Name}, not {kind.Name} (use '{kind.IdPrefix}:')";
        }
        return null;
    }

    /// <summary>The canonical id of a node known in an outside register, such as <c>city:geonames:3128760</c>.</summary>
    public static string External(NodeKind kind, PropertyDefinition key, string value)
    {
        var pattern = key.ExternalIdPattern ?? throw new ArgumentException($"{key.Name} is not an external key.", nameof(key));
        return $"{kind.IdPrefix}:{pattern.Replace("{0}", Slug(value), StringComparison.Ordinal)}";
    }

    /// <summary>An id for a node of <paramref name="kind"/> from its name: <c>project:vet-for-urban-centres</c>.</summary>
    public static string FromName(NodeKind kind, string name) => $"{kind.IdPrefix}:{Slug(name)}";

    /// <summary>A slug: the name folded (no accents, lower case) with runs of other characters turned into '-'.</summary>
    public static string Slug(string text)
    {
        var folded = TextKey.Normalize(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            sb.Append(ch is >= 'a' and <= 'z' or >= '0' and <= '9' ? ch : '-');
        }
        var slug = sb.ToString().Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }
        return slug.Length == 0 ? "x" : slug;
    }
}
