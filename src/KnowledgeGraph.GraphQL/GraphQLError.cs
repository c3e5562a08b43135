using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL;

/// <summary>
/// A GraphQL error as reported to clients (spec 7.1.2 "Errors"): a message, the source locations
/// of the related AST nodes and, for coercion and execution errors, a path.
/// Used by document validation, schema validation and input coercion alike.
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error related to <paramref name="nodes"/> (locations are taken from them).</summary>
    public GraphQLError(string message, IReadOnlyList<Node>? nodes = null, IReadOnlyList<object>? path = null)
    {
        Message = message;
        Nodes = nodes ?? [];
        Path = path;
        var locations = new List<SourceLocation>(Nodes.Count);
        foreach (var node in Nodes)
        {
            if (node.Location.HasSource)
            {
                locations.Add(node.Location.StartLocation);
            }
        }

        Locations = locations;
    }

    /// <summary>Creates an error with explicit locations (e.g. a syntax error), path and extensions.</summary>
    public GraphQLError(string message, IReadOnlyList<SourceLocation> locations, IReadOnlyList<object>? path, IReadOnlyDictionary<string, object?>? extensions)
    {
        Message = message;
        Nodes = [];
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
    }

    /// <summary>
    /// Extra data reported to clients under <c>extensions</c> (spec 7.1.2), e.g. a stable <c>code</c>;
    /// null when none.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The <c>extensions.code</c> value, or null.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>Human-readable message.</summary>
    public string Message { get; }

    /// <summary>Line/column of each related node that has a location.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>The related AST nodes (may be empty).</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>Path of response keys / list indexes (strings and ints), or null.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = Message;
        if (Locations.Count > 0)
        {
            text += " (" + string.Join(", ", Locations) + ")";
        }

        if (Path is { Count: > 0 })
        {
            text += " at " + string.Join(".", Path);
        }

        return text;
    }
}
