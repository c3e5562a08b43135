using KnowledgeGraph.Model.Facts;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Studies;

/// <summary>Small helpers over YamlDotNet's representation model that report problems with file, line and column.</summary>
internal sealed class YamlNodes(string file, List<KnowledgeGraph.Model.Validation.Problem> problems)
{
    public Origin At(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string message) => problems.Add(new(At(node), message));

    /// <summary>Reads a mapping's entries, reporting keys that are not in <paramref name="allowed"/>.</summary>
    public Dictionary<string, YamlNode>? Mapping(YamlNode node, string what, params string[] allowed)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node, $"{what} must be a mapping (key: value lines)");
            return null;
        }
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key is null)
            {
                Error(keyNode, $"{what} has a key that is not plain text");
                continue;
            }
            if (Array.IndexOf(allowed, key) < 0)
            {
                Error(keyNode, $"unknown key '{key}' in {what} (allowed: {string.Join(", ", allowed)})");
                continue;
            }
            entries[key] = value;
        }
        return entries;
    }

    /// <summary>A scalar's text, or null (with an error) when the node is not a non-empty scalar.</summary>
    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
        {
            return value;
        }
        Error(node, $"{what} must be non-empty text");
        return null;
    }

    /// <summary>A required key's text.</summary>
    public string? Required(Dictionary<string, YamlNode> entries, YamlNode owner, string key, string what)
    {
        if (!entries.TryGetValue(key, out var node))
        {
            Error(owner, $"{what} has no '{key}'");
            return null;
        }
        return Text(node, $"'{key}' of {what}");
    }

    /// <summary>A sequence's items, or an empty list (with an error) when the node is not a sequence.</summary>
    public IEnumerable<YamlNode> Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode seq)
        {
            return seq.Children;
        }
        if (node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return [];
        }
        Error(node, $"{what} must be a list");
        return [];
    }
}
