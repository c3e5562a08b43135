namespace KnowledgeGraph.Model.Schema;

/// <summary>One allowed shape of a relationship: any of <see cref="From"/> to any of <see cref="To"/>.</summary>
public sealed record EndpointPair(IReadOnlyList<NodeKind> From, IReadOnlyList<NodeKind> To);

/// <summary>A directed relationship type with the node kinds it may join and its typed properties.</summary>
/// <param name="Name">UPPER_SNAKE name, such as <c>MEMBER_OF</c>.</param>
/// <param name="Description">What the relationship states.</param>
/// <param name="Endpoints">The allowed (from, to) kind combinations.</param>
/// <param name="Properties">Typed properties of the relationship.</param>
public sealed record RelationshipType(
    string Name,
    string Description,
    IReadOnlyList<EndpointPair> Endpoints,
    IReadOnlyList<PropertyDefinition> Properties)
{
    /// <summary>
    /// True when the relationship has no direction (COOPERATES_WITH): A–B and B–A are one relationship,
    /// stored with the smaller id first.
    /// </summary>
    public bool IsSymmetric { get; init; }

    /// <summary>The field name on the source node in the API (such as <c>memberOf</c>).</summary>
    public required string OutgoingField { get; init; }

    /// <summary>The field name on the target node in the API (such as <c>members</c>).</summary>
    public required string IncomingField { get; init; }

    /// <summary>Every kind that may stand at the start.</summary>
    public IReadOnlyList<NodeKind> FromKinds => Endpoints.SelectMany(e => e.From).Distinct().ToArray();

    /// <summary>Every kind that may stand at the end.</summary>
    public IReadOnlyList<NodeKind> ToKinds => Endpoints.SelectMany(e => e.To).Distinct().ToArray();

    /// <summary>Whether a relationship from <paramref name="from"/> to <paramref name="to"/> is allowed.</summary>
    public bool Allows(NodeKind from, NodeKind to)
    {
        // Indexed: a foreach over the interface would allocate an enumerator for every relationship checked.
        var endpoints = Endpoints;
        for (var i = 0; i < endpoints.Count; i++)
        {
            var pair = endpoints[i];
            if (pair.From.Contains(from) && pair.To.Contains(to))
            {
                return true;
            }
            if (IsSymmetric && pair.From.Contains(to) && pair.To.Contains(from))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Finds a property by name, or null.</summary>
    public PropertyDefinition? FindProperty(string name) => PropertyDefinition.Find(Properties, name);

    /// <summary>A readable list of the allowed shapes, for error messages: <c>City|Organisation -> Project</c>.</summary>
    public string DescribeEndpoints() =>
        string.Join("; ", Endpoints.Select(e =>
            $"{string.Join("|", e.From.Select(k => k.Name))} -> {string.Join("|", e.To.Select(k => k.Name))}"));

    /// <inheritdoc/>
    public override string ToString() => Name;
}
