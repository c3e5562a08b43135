namespace KnowledgeGraph.Model.Schema;

/// <summary>A typed property of a node kind or relationship type.</summary>
/// <param name="Name">camelCase name, as it appears in study files, the store and the API.</param>
/// <param name="Type">The value type.</param>
/// <param name="Description">What the property means, shown in docs and the GraphQL schema.</param>
public sealed record PropertyDefinition(string Name, PropertyType Type, string Description)
{
    /// <summary>For <see cref="PropertyType.Enum"/>: the allowed words (lower case, as written in files).</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>
    /// When set, the property identifies the node in an outside register (a GeoNames id, an ISO code): nodes that
    /// share its value are one node, whose canonical id is the kind's prefix, ':' and this pattern with the value's
    /// slug for <c>{0}</c>: <c>geonames:{0}</c> gives <c>city:geonames:3128760</c>; <c>{0}</c> gives <c>country:es</c>.
    /// </summary>
    public string? ExternalIdPattern { get; init; }

    /// <summary>True when the property identifies the node in an outside register.</summary>
    public bool IsExternalKey => ExternalIdPattern is not null;

    /// <summary>
    /// When true, nodes of the kind that share a name or alias but hold different values of this property are different
    /// nodes (Valencia in Spain and Valencia in Venezuela): a node asserted under another id merges by name only into a
    /// node that agrees on it, or does not know it.
    /// </summary>
    public bool DistinguishesNamesakes { get; init; }

    /// <summary>
    /// True when a disagreement on this property keeps two namesakes apart: an external key, or a property marked
    /// <see cref="DistinguishesNamesakes"/>.
    /// </summary>
    public bool Distinguishes => IsExternalKey || DistinguishesNamesakes;

    /// <summary>Convenience constructor for an enum property.</summary>
    public static PropertyDefinition OneOf(string name, string description, params string[] allowed) =>
        new(name, PropertyType.Enum, description) { AllowedValues = allowed };

    /// <summary>The property of <paramref name="properties"/> named <paramref name="name"/> (case-sensitive), or null.</summary>
    /// <remarks>
    /// Indexed, without LINQ or a closure: the validator looks a property up for every claim it checks, and a
    /// foreach over the interface would allocate an enumerator each time.
    /// </remarks>
    public static PropertyDefinition? Find(IReadOnlyList<PropertyDefinition> properties, string name)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].Name == name)
            {
                return properties[i];
            }
        }
        return null;
    }
}
