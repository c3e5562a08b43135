namespace KnowledgeGraph.Model.Schema;

/// <summary>A kind of node in the graph (City, Project, ...).</summary>
/// <param name="Name">PascalCase name, used in study files and as the GraphQL type name.</param>
/// <param name="IdPrefix">The prefix of every id of this kind, such as <c>city</c> in <c>city:barcelona</c>.</param>
/// <param name="Description">What a node of this kind stands for.</param>
/// <param name="Properties">The kind's own typed properties (besides id, name, aliases and description, which every node has).</param>
public sealed record NodeKind(string Name, string IdPrefix, string Description, IReadOnlyList<PropertyDefinition> Properties)
{
    /// <summary>
    /// Whether a node asserted under another id merges into an existing node of this kind with the same name or
    /// alias. True for places, organisations, networks and the like; false for kinds whose names repeat across
    /// distinct nodes (events held every year, studies with generic titles).
    /// </summary>
    public bool MergesByName { get; init; } = true;

    /// <summary>Finds a property of this kind by name (case-sensitive), or null.</summary>
    public PropertyDefinition? FindProperty(string name) => PropertyDefinition.Find(Properties, name);

    /// <summary>The property that identifies nodes of this kind in an outside register, if any.</summary>
    public PropertyDefinition? ExternalKey => Properties.FirstOrDefault(p => p.IsExternalKey);

    /// <summary>
    /// The properties on which namesakes of this kind must agree to be one node (see
    /// <see cref="PropertyDefinition.Distinguishes"/>), in declaration order.
    /// </summary>
    public IEnumerable<PropertyDefinition> DistinguishingProperties => Properties.Where(p => p.Distinguishes);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
