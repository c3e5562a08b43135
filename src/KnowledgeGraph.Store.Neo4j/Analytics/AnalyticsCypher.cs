using System.Text;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Query;
using M = KnowledgeGraph.Model.Schema.CityNetworksModel;

namespace KnowledgeGraph.Store.Neo4j.Analytics;

/// <summary>
/// One research-question statement being written: its parameters, the look-up of the nodes its ids name, and the parts
/// the questions share (the projects in scope, the cities taking part in them, membership and country tests), in the
/// dialect that runs on Neo4j 3.1 and is valid Cypher 5. Relationship types and labels come from the model, quoted.
/// </summary>
/// <remarks>
/// Neo4j keeps nothing derived for the questions: what SQLite reads from its derived tables (migration 0004) is
/// computed from the relationships by pattern comprehensions in each statement.
/// </remarks>
internal sealed class AnalyticsCypher
{
    private readonly CypherText _c = new();
    private readonly List<(string Variable, string Key, NodeKind? Kind)> _nodes = [];

    /// <summary>The parameters written so far.</summary>
    public IReadOnlyDictionary<string, object?> Parameters => _c.Parameters;

    /// <summary>A parameter holding <paramref name="value"/>.</summary>
    public string P(object? value) => _c.Param(value);

    /// <summary>The page of a list, <c>$offset..$end</c> (parameters, so every page shares one statement text).</summary>
    public string Slice(PagedAnalyticsScope scope) => $"{P((long)scope.Offset)}..{P((long)scope.Offset + scope.First)}";

    /// <summary>A relationship type, quoted.</summary>
    public static string T(RelationshipType type) => CypherText.Quote(type.Name);

    /// <summary>A label, quoted.</summary>
    public static string L(NodeKind kind) => CypherText.Quote(kind.Name);

    /// <summary>
    /// Asks for the node <paramref name="key"/> names (its id or any id a source used, as SQLite's <c>node_keys</c>) to be
    /// bound to <paramref name="variable"/> by <see cref="Lookups"/>; <paramref name="kind"/> is its label (null: the kind
    /// whose id prefix the key carries, if any).
    /// </summary>
    public void Node(string variable, string key, NodeKind? kind)
    {
        kind ??= M.Instance.NodeKinds.FirstOrDefault(k => key.StartsWith(k.IdPrefix + ":", StringComparison.Ordinal));
        _nodes.Add((variable, key, kind));
    }

    /// <summary>
    /// Asks for the scope's nodes: <c>t</c> (theme), <c>g</c> (programme), <c>net</c> (network), <c>k</c> (country), each
    /// when the scope names it and the question uses it; returns the variables, comma-separated, to carry.
    /// </summary>
    public string Scope(AnalyticsScope scope, bool programme = true, bool network = true, bool country = true)
    {
        var variables = new List<string>();
        void Add(string variable, string? key, NodeKind kind, bool used)
        {
            if (used && key is not null)
            {
                Node(variable, key, kind);
                variables.Add(variable);
            }
        }
        Add("t", scope.ThemeId, M.Theme, true);
        Add("g", scope.ProgrammeId, M.Programme, programme);
        Add("net", scope.NetworkId, M.Network, network);
        Add("k", scope.CountryId, M.Country, country);
        return string.Join(", ", variables);
    }

    /// <summary>
    /// The head of the statement binding every node asked for with <see cref="Node"/> ("" when none): the node of the
    /// kind's label whose <c>id</c> is the key or whose <c>_keys</c> hold it; <c>collect(x)[0]</c> keeps a missing node as
    /// null without losing the row.
    /// </summary>
    /// <remarks>
    /// The label bounds the look-up to the kind's nodes (a label scan: the <c>OR</c> with the key list rules out the
    /// unique index). A seek by id first with the scan only as a fallback (an <c>UNWIND</c> of an empty list when the seek
    /// found the node) was tried: Neo4j 3.1 then answers every later pattern comprehension of the statement with null.
    /// </remarks>
    public string Lookups()
    {
        if (_nodes.Count == 0)
        {
            return "";
        }
        var text = new StringBuilder();
        var bound = new List<string>();
        foreach (var (n, i) in _nodes.Select((n, i) => (n, i)))
        {
            var key = P(n.Key);
            var label = n.Kind is null ? "" : ":" + L(n.Kind);
            text.Append($"OPTIONAL MATCH (x{i}{label}) WHERE x{i}.id = {key} OR {key} IN x{i}._keys\n");
            text.Append("WITH ").Append(string.Concat(bound.Select(b => b + ", "))).Append($"collect(x{i})[0] AS {n.Variable}\n");
            bound.Add(n.Variable);
        }
        return text.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// The rows <c>p</c> of the projects in scope: those ADDRESSING the theme <c>t</c>, FUNDED_BY the programme
    /// <paramref name="programme"/> or any programme PART_OF it, within the years; <paramref name="carry"/> are the
    /// variables kept. The smallest known set drives: the theme's projects, else the programme tree's, else every project.
    /// </summary>
    public string ScopedProjects(AnalyticsScope scope, string carry, string? programme, string? candidates = null)
    {
        var keep = carry.Length == 0 ? "" : carry + ", ";
        var conditions = new List<string>();
        string match;
        if (candidates is not null)
        {
            match = candidates;
            if (scope.ThemeId is not null)
            {
                conditions.Add($"size(coalesce([(p)-[:{T(M.Addresses)}]->(t) | 1], [])) > 0");
            }
        }
        else if (scope.ThemeId is not null)
        {
            match = $"MATCH (t)<-[:{T(M.Addresses)}]-(p:{L(M.Project)})";
        }
        else if (programme is not null)
        {
            match = $"MATCH ({programme})<-[:{T(M.PartOf)}*0..]-()<-[:{T(M.FundedBy)}]-(p:{L(M.Project)})\nWITH DISTINCT {keep}p";
            programme = null;
        }
        else
        {
            match = $"MATCH (p:{L(M.Project)})";
        }
        if (programme is not null)
        {
            conditions.Add($"size(coalesce([(p)-[:{T(M.FundedBy)}]->()-[:{T(M.PartOf)}*0..]->({programme}) | 1], [])) > 0");
        }
        var text = new StringBuilder(match);
        if (conditions.Count > 0)
        {
            text.Append("\nWITH ").Append(keep).Append("p WHERE ").Append(string.Join(" AND ", conditions));
        }
        // The years are written inline, never bound: on Neo4j 3.1 a row that carries a null variable answers every
        // later pattern comprehension with null.
        const string start = "toInteger(substring(p.startDate, 0, 4))", end = "toInteger(substring(p.endDate, 0, 4))";
        var bounds = new List<string>();
        if (scope.FromYear is { } from)
        {
            bounds.Add($"coalesce({end}, {start}) >= {P((long)from)}");
        }
        if (scope.ToYear is { } to)
        {
            bounds.Add($"coalesce({start}, {end}) <= {P((long)to)}");
        }
        if (bounds.Count > 0)
        {
            text.Append($"\nWITH {keep}p WHERE ").Append(string.Join(" AND ", bounds));
        }
        return text.ToString();
    }

    /// <summary>
    /// The cities taking part in project <paramref name="p"/> as a list (repeats possible): the cities PARTNER_IN it and
    /// the cities its partners are LOCATED_IN (SQLite's <c>project_cities</c>).
    /// </summary>
    public static string Cities(string p) =>
        $"coalesce([(c:{L(M.City)})-[:{T(M.PartnerIn)}]->({p}) | c], []) + coalesce([(c)<-[:{T(M.LocatedIn)}]-()-[:{T(M.PartnerIn)}]->({p}) | c], [])";

    /// <summary>A condition: the node <paramref name="node"/> is MEMBER_OF the network <c>net</c>.</summary>
    public static string IsMember(string node) =>
        $"size(coalesce([({node})-[:{T(M.MemberOf)}]->(net) | 1], [])) > 0";

    /// <summary>A condition: the organisation is MEMBER_OF the network <c>net</c> or LOCATED_IN a city that is.</summary>
    public static string OrganisationIsMember(string org) =>
        $"({IsMember(org)} OR size(coalesce([({org})-[:{T(M.LocatedIn)}]->()-[:{T(M.MemberOf)}]->(net) | 1], [])) > 0)";

    /// <summary>A condition: the node is IN_COUNTRY the country <c>k</c>.</summary>
    public static string InCountry(string node) =>
        $"size(coalesce([({node})-[:{T(M.InCountry)}]->(k) | 1], [])) > 0";

    /// <summary>A condition: the organisation is IN_COUNTRY <c>k</c> or LOCATED_IN a city that is.</summary>
    public static string OrganisationInCountry(string org) =>
        $"({InCountry(org)} OR size(coalesce([({org})-[:{T(M.LocatedIn)}]->()-[:{T(M.InCountry)}]->(k) | 1], [])) > 0)";

    /// <summary>The statement: <paramref name="head"/> (<see cref="Lookups"/>, written first so its parameters come first), then <paramref name="body"/>.</summary>
    public CompiledCypher Build(string head, string body) =>
        new(head.Length > 0 ? head + "\n" + body : body, _c.Parameters, null);
}
