using System.Text.Json.Nodes;

namespace KnowledgeGraph.Store.Neo4j.Writing;

/// <summary>
/// A property value's Neo4j form: the JSON text itself is kept as every back-end keeps it (<see cref="PropertyValueJson"/>,
/// in <c>_props</c> and the claims of <c>_sources</c>); each current value is also written as a native property for queries
/// and indexes.
/// </summary>
internal static class PropertyJson
{
    /// <summary>A stored JSON value as a native Neo4j property (numbers with a fraction as floats).</summary>
    public static object? Native(JsonNode? node) => PropertyValueJson.Decode(node) switch
    {
        decimal m => (double)m,
        var other => other,
    };
}
