using System.Text.Json;

namespace KnowledgeGraph.Dashboard.Tests;

/// <summary>
/// The network view's graph as the API defines it, computed here from plain GraphQL answers (not from the
/// dashboard's code): the projects in scope (the most-partnered first, at most the limit), their partners, the
/// partners' cities, programmes and themes, and the networks with a member among the partners and their cities;
/// relationships PARTNER_IN, LOCATED_IN, FUNDED_BY, ADDRESSES and MEMBER_OF between them.
/// </summary>
public static class ExpectedGraph
{
    private const string Query = """
        query($where: ProjectWhere, $first: Int) {
          projects(where: $where, first: $first, orderBy: [{ partnersCount: DESC }, { name: ASC }]) {
            nodes {
              id
              partners { nodes { id ... on City { latitude } ... on Organisation { locatedIn { nodes { id latitude } } } } }
              fundedBy { nodes { id } }
              themes { nodes { id } }
            }
          }
          networks { nodes { id members { nodes { id } } } }
        }
        """;

    /// <summary>The counts of nodes and relationships, and of the cities with coordinates (the map's).</summary>
    public static async Task<(int Nodes, int Relationships, int MappedCities)> CountAsync(DashboardServer server, string? theme = null, int limit = 300)
    {
        object? where = theme is null ? null : new { themes = new { some = new { id = new { eq = theme } } } };
        var data = await server.DataAsync(Query, new { where, first = limit });
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in data.GetProperty("projects").GetProperty("nodes").EnumerateArray())
        {
            var id = project.GetProperty("id").GetString()!;
            nodes.Add(id);
            foreach (var partner in Nodes(project, "partners"))
            {
                var partnerId = partner.GetProperty("id").GetString()!;
                nodes.Add(partnerId);
                placed.Add(partnerId);
                relationships.Add($"PARTNER_IN|{partnerId}|{id}");
                if (partner.TryGetProperty("latitude", out var latitude) && latitude.ValueKind == JsonValueKind.Number)
                {
                    mapped.Add(partnerId);
                }

                if (partner.TryGetProperty("locatedIn", out var located))
                {
                    foreach (var city in located.GetProperty("nodes").EnumerateArray().Take(1))
                    {
                        var cityId = city.GetProperty("id").GetString()!;
                        nodes.Add(cityId);
                        placed.Add(cityId);
                        if (city.GetProperty("latitude").ValueKind == JsonValueKind.Number)
                        {
                            mapped.Add(cityId);
                        }

                        relationships.Add($"LOCATED_IN|{partnerId}|{cityId}");
                    }
                }
            }

            foreach (var programme in Nodes(project, "fundedBy"))
            {
                nodes.Add(programme.GetProperty("id").GetString()!);
                relationships.Add($"FUNDED_BY|{id}|{programme.GetProperty("id").GetString()}");
            }

            foreach (var t in Nodes(project, "themes"))
            {
                nodes.Add(t.GetProperty("id").GetString()!);
                relationships.Add($"ADDRESSES|{id}|{t.GetProperty("id").GetString()}");
            }
        }

        foreach (var network in data.GetProperty("networks").GetProperty("nodes").EnumerateArray())
        {
            var id = network.GetProperty("id").GetString()!;
            foreach (var member in Nodes(network, "members"))
            {
                var memberId = member.GetProperty("id").GetString()!;
                if (placed.Contains(memberId))
                {
                    nodes.Add(id);
                    relationships.Add($"MEMBER_OF|{memberId}|{id}");
                }
            }
        }

        return (nodes.Count, relationships.Count, mapped.Count);
    }

    /// <summary>A theme that some but not all projects address (the one with most projects).</summary>
    public static async Task<string> ThemeWithSomeProjectsAsync(DashboardServer server)
    {
        var data = await server.DataAsync("{ themes { nodes { id projects: addressedBy(where: { kind: { eq: Project } }) { totalCount } } } projects { totalCount } }");
        var total = data.GetProperty("projects").GetProperty("totalCount").GetInt32();
        return data.GetProperty("themes").GetProperty("nodes").EnumerateArray()
            .Select(t => (Id: t.GetProperty("id").GetString()!, Count: t.GetProperty("projects").GetProperty("totalCount").GetInt32()))
            .Where(t => t.Count > 0 && t.Count < total).OrderByDescending(t => t.Count).ThenBy(t => t.Id, StringComparer.Ordinal).First().Id;
    }

    private static JsonElement.ArrayEnumerator Nodes(JsonElement owner, string field) =>
        owner.GetProperty(field).GetProperty("nodes").EnumerateArray();
}
