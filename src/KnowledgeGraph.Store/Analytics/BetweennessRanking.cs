using System.Text;
using System.Text.Json;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// Question 4 by betweenness, the part every back-end shares: the back-end fetches the scoped collaboration graph with
/// one statement (JSON below), and this class checks its size, computes <see cref="BetweennessCentrality"/> in memory,
/// ranks and pages the nodes and writes the <see cref="CentralityQuery"/> result.
/// </summary>
/// <remarks>
/// The statement's JSON: <c>{"nodeCount": n, "edgeCount": m, "nodes": [{"node": {"id", "kind", "name", "countryCode"} |
/// null, "partners": k, "projects": k}] | null, "edges": [[i, j], ...] | null}</c>. <c>nodes[i]</c> is graph node
/// <c>i</c>: every city (organisation) taking part in a project in scope (members only when a network is given), with
/// <c>node</c> null when it is in the graph but not ranked (outside the country asked for); <c>edges</c> join two
/// nodes sharing a project in scope, by index. <c>nodes</c> and <c>edges</c> are null when the graph exceeds
/// <see cref="CentralityQuery.MaxGraphNodes"/> or <see cref="CentralityQuery.MaxGraphEdges"/>.
/// <para>Ranked by betweenness (rounded to <see cref="Decimals"/> decimals) descending, then partners, then projects
/// (descending), then id; each item gains <c>"betweenness"</c>.</para>
/// </remarks>
public static class BetweennessRanking
{
    /// <summary>Decimals betweenness values are rounded to (so that equal values tie exactly).</summary>
    public const int Decimals = 6;

    /// <summary>The ranked page for <paramref name="query"/> from the statement's JSON <paramref name="graphJson"/>.</summary>
    /// <exception cref="QueryValidationException">The graph in scope is larger than the query's limits.</exception>
    public static string Rank(string graphJson, CentralityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphJson);
        ArgumentNullException.ThrowIfNull(query);
        using var document = JsonDocument.Parse(graphJson);
        var root = document.RootElement;
        var nodes = root.GetProperty("nodes");
        var edges = root.GetProperty("edges");
        if (nodes.ValueKind == JsonValueKind.Null || edges.ValueKind == JsonValueKind.Null)
        {
            throw new QueryValidationException(
                $"Betweenness needs the whole collaboration graph in scope, which has {root.GetProperty("nodeCount").GetInt32()} nodes and "
                + $"{root.GetProperty("edgeCount").GetInt32()} edges (at most {query.MaxGraphNodes} nodes and {query.MaxGraphEdges} edges): "
                + "narrow the scope with theme, programme, network or years.");
        }
        var items = nodes.EnumerateArray().ToArray();
        var graph = CollaborationGraph.FromEdges(items.Length, edges.EnumerateArray().Select(e => (e[0].GetInt32(), e[1].GetInt32())));
        var betweenness = BetweennessCentrality.Compute(graph, cancellationToken);
        var ranked = Enumerable.Range(0, items.Length)
            .Where(i => items[i].GetProperty("node").ValueKind != JsonValueKind.Null)
            .Select(i => (Item: items[i], Value: Math.Round(betweenness[i], Decimals)))
            .OrderByDescending(r => r.Value)
            .ThenByDescending(r => r.Item.GetProperty("partners").GetInt32())
            .ThenByDescending(r => r.Item.GetProperty("projects").GetInt32())
            .ThenBy(r => r.Item.GetProperty("node").GetProperty("id").GetString(), StringComparer.Ordinal)
            .ToList();
        return Write(ranked, query);
    }

    private static string Write(List<(JsonElement Item, double Value)> ranked, CentralityQuery query)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteNumber("totalCount", ranked.Count);
            writer.WriteStartArray("items");
            foreach (var (item, value) in ranked.Skip(query.Offset).Take(query.First))
            {
                writer.WriteStartObject();
                writer.WritePropertyName("node");
                item.GetProperty("node").WriteTo(writer);
                writer.WriteNumber("partners", item.GetProperty("partners").GetInt32());
                writer.WriteNumber("projects", item.GetProperty("projects").GetInt32());
                writer.WriteNumber("betweenness", value);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
