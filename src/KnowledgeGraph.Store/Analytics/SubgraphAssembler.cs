using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// Shapes the facts a back-end's subgraph statement fetched into the answer of <see cref="SubgraphQuery"/>: the
/// collapse of organisations into cities, the kinds kept, the derived edges, the degrees and the order are decided
/// here once, so every back-end answers the same JSON for the same facts.
/// </summary>
/// <remarks>
/// The facts (each back-end's statement returns exactly this): <c>{"totalCount": n, "projects": [{"node": N,
/// "partners": [{"node": N, "role", "networks": [N], "city": N | null, "cityNetworks": [N]}], "programmes": [N],
/// "themes": [N]}]}</c> with the kept projects in rank order and N a node <c>{"id", "kind", "name", "countryCode",
/// "latitude", "longitude", "acronym", "startDate", "endDate"}</c> (absent properties null). The order of the lists
/// inside a project does not matter.
/// </remarks>
public static class SubgraphAssembler
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The answer for <paramref name="query"/> from the facts in <paramref name="factsJson"/>.</summary>
    public static string Assemble(string factsJson, SubgraphQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var facts = JsonElement.Parse(factsJson);
        var graph = new Builder(query);
        var projects = facts.GetProperty("projects");
        foreach (var project in projects.EnumerateArray())
        {
            graph.Project(project);
        }
        return graph.Write(facts.GetProperty("totalCount").GetInt32(), projects.GetArrayLength());
    }

    private sealed class Node(JsonElement facts)
    {
        public JsonElement Facts { get; } = facts;
        public string Id { get; } = facts.GetProperty("id").GetString()!;
        public string Kind { get; } = facts.GetProperty("kind").GetString()!;
        public string? City { get; set; }
        public string? CityCountry { get; set; }
        public int Degree { get; set; }
    }

    private sealed class Edge(string type, string from, string to)
    {
        public string Type { get; } = type;
        public string From { get; } = from;
        public string To { get; } = to;
        public int Weight { get; set; }
        public string? Role { get; set; }
        public SortedSet<string> Via { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Builder(SubgraphQuery query)
    {
        private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string, string), Edge> _edges = [];
        private readonly HashSet<string>? _kinds = query.Kinds?.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<string> _facts = new(StringComparer.Ordinal);

        private bool Kept(string kind) => _kinds is null || _kinds.Contains(kind);

        private Node Put(JsonElement facts)
        {
            var id = facts.GetProperty("id").GetString()!;
            if (!_nodes.TryGetValue(id, out var node))
            {
                node = new Node(facts);
                _nodes.Add(id, node);
            }
            return node;
        }

        /// <summary>Adds a fact as an edge (the same fact twice counts once); <paramref name="via"/> is what it was drawn through.</summary>
        private void Link(string type, string from, string to, string? via = null, string? role = null)
        {
            if (from == to || !_facts.Add($"{type}\t{from}\t{to}\t{via}"))
            {
                return;
            }
            if (!_edges.TryGetValue((type, from, to), out var edge))
            {
                edge = new Edge(type, from, to);
                _edges.Add((type, from, to), edge);
            }
            edge.Weight++;
            if (via is not null)
            {
                edge.Via.Add(via);
            }
            if (role is not null && (edge.Role is null || string.CompareOrdinal(role, edge.Role) < 0))
            {
                edge.Role = role;
            }
        }

        private readonly Dictionary<string, SortedSet<string>> _placesByProject = new(StringComparer.Ordinal);

        public void Project(JsonElement facts)
        {
            var project = Put(facts.GetProperty("node"));
            var places = new SortedSet<string>(StringComparer.Ordinal);
            _placesByProject[project.Id] = places;
            foreach (var partner in facts.GetProperty("partners").EnumerateArray())
            {
                var node = Put(partner.GetProperty("node"));
                var cityFacts = partner.GetProperty("city");
                Node? city = null;
                if (cityFacts.ValueKind == JsonValueKind.Object)
                {
                    city = Put(cityFacts);
                    node.City = city.Id;
                    node.CityCountry = cityFacts.GetProperty("countryCode") is { ValueKind: JsonValueKind.String } code ? code.GetString() : null;
                }
                var role = partner.GetProperty("role") is { ValueKind: JsonValueKind.String } r ? r.GetString() : null;
                // Collapsed, an organisation is drawn as its city: the edge runs from the city, through the organisation.
                var place = query.Collapse && city is not null ? city : node;
                var via = place == node ? null : node.Id;
                places.Add(place.Id);
                Link(M.PartnerIn.Name, place.Id, project.Id, via, role);
                if (city is not null && !query.Collapse)
                {
                    Link(M.LocatedIn.Name, node.Id, city.Id);
                }
                foreach (var network in partner.GetProperty("networks").EnumerateArray())
                {
                    Link(M.MemberOf.Name, place.Id, Put(network).Id, via);
                }
                if (city is not null)
                {
                    foreach (var network in partner.GetProperty("cityNetworks").EnumerateArray())
                    {
                        Link(M.MemberOf.Name, city.Id, Put(network).Id);
                    }
                }
            }
            foreach (var programme in facts.GetProperty("programmes").EnumerateArray())
            {
                Link(M.FundedBy.Name, project.Id, Put(programme).Id);
            }
            foreach (var theme in facts.GetProperty("themes").EnumerateArray())
            {
                Link(M.Addresses.Name, project.Id, Put(theme).Id);
            }
        }

        public string Write(int totalCount, int projects)
        {
            // Collapsed, organisations are not drawn at all (every one of them was drawn as its city or as itself).
            var nodes = _nodes.Values
                .Where(n => Kept(n.Kind) && !(query.Collapse && n.City is not null))
                .ToDictionary(n => n.Id, StringComparer.Ordinal);
            var edges = _edges.Values.Where(e => nodes.ContainsKey(e.From) && nodes.ContainsKey(e.To)).ToList();
            if (!Kept(M.Project.Name))
            {
                edges.AddRange(SharedProjects(nodes));
            }
            foreach (var e in edges)
            {
                nodes[e.From].Degree++;
                nodes[e.To].Degree++;
            }
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, WriterOptions))
            {
                w.WriteStartObject();
                w.WriteNumber("totalCount", totalCount);
                w.WriteNumber("projects", projects);
                w.WriteStartArray("nodes");
                foreach (var n in nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal))
                {
                    WriteNode(w, n);
                }
                w.WriteEndArray();
                w.WriteStartArray("edges");
                foreach (var e in edges.OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
                {
                    w.WriteStartObject();
                    w.WriteString("type", e.Type);
                    w.WriteString("from", e.From);
                    w.WriteString("to", e.To);
                    w.WriteNumber("weight", e.Weight);
                    w.WriteString("role", e.Role);
                    w.WriteStartArray("via");
                    foreach (var v in e.Via)
                    {
                        w.WriteStringValue(v);
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        /// <summary>The partners (as drawn) of each project linked pairwise, ids in order, through the projects they share.</summary>
        private IEnumerable<Edge> SharedProjects(Dictionary<string, Node> nodes)
        {
            var pairs = new Dictionary<(string, string), Edge>();
            foreach (var (project, places) in _placesByProject)
            {
                var list = places.Where(nodes.ContainsKey).ToList();
                for (var i = 0; i < list.Count; i++)
                {
                    for (var j = i + 1; j < list.Count; j++)
                    {
                        if (!pairs.TryGetValue((list[i], list[j]), out var edge))
                        {
                            edge = new Edge(SubgraphQuery.SharedProjects, list[i], list[j]);
                            pairs.Add((list[i], list[j]), edge);
                        }
                        edge.Weight++;
                        edge.Via.Add(project);
                    }
                }
            }
            return pairs.Values;
        }

        private static void WriteNode(Utf8JsonWriter w, Node n)
        {
            var f = n.Facts;
            w.WriteStartObject();
            w.WriteString("id", n.Id);
            w.WriteString("kind", n.Kind);
            WriteString(w, "name", f.GetProperty("name"));
            if (f.GetProperty("countryCode").ValueKind == JsonValueKind.String || n.CityCountry is null)
            {
                WriteString(w, "countryCode", f.GetProperty("countryCode"));
            }
            else
            {
                w.WriteString("countryCode", n.CityCountry);
            }
            foreach (var key in new[] { "latitude", "longitude" })
            {
                // Read as numbers and written back the shortest way, whatever digits the back-end printed.
                if (f.GetProperty(key) is { ValueKind: JsonValueKind.Number } v)
                {
                    w.WriteNumber(key, v.GetDouble());
                }
                else
                {
                    w.WriteNull(key);
                }
            }
            w.WriteString("city", n.City);
            foreach (var key in new[] { "acronym", "startDate", "endDate" })
            {
                WriteString(w, key, f.GetProperty(key));
            }
            w.WriteNumber("degree", n.Degree);
            w.WriteEndObject();
        }

        private static void WriteString(Utf8JsonWriter w, string key, JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                w.WriteString(key, value.GetString());
            }
            else if (value.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                w.WriteString(key, value.GetRawText());
            }
            else
            {
                w.WriteNull(key);
            }
        }
    }
}
