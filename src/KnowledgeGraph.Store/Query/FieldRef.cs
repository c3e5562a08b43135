using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Store.Query;

/// <summary>The fields every node has, whatever its kind.</summary>
public enum CommonField
{
    /// <summary>The node's id (<c>city:geonames:3128760</c>).</summary>
    Id,

    /// <summary>The node's kind name (<c>City</c>).</summary>
    Kind,

    /// <summary>The display name.</summary>
    Name,

    /// <summary>The short description, if any.</summary>
    Description,
}

/// <summary>
/// A scalar a plan reads, filters or sorts on: a common node field or a typed property of a node kind or of a
/// relationship type (on an edge filter or an edge projection).
/// </summary>
public abstract record FieldRef
{
    /// <summary>The node's id.</summary>
    public static FieldRef Id { get; } = new CommonFieldRef(CommonField.Id);

    /// <summary>The node's kind name.</summary>
    public static FieldRef Kind { get; } = new CommonFieldRef(CommonField.Kind);

    /// <summary>The node's display name.</summary>
    public static FieldRef Name { get; } = new CommonFieldRef(CommonField.Name);

    /// <summary>The node's description.</summary>
    public static FieldRef Description { get; } = new CommonFieldRef(CommonField.Description);

    /// <summary>A typed property, as the model declares it.</summary>
    public static FieldRef Of(PropertyDefinition property) => new PropertyRef(property);

    /// <summary>The value type of the field (common fields are text).</summary>
    public abstract PropertyType Type { get; }
}

/// <summary>A common node field.</summary>
public sealed record CommonFieldRef(CommonField Field) : FieldRef
{
    /// <inheritdoc/>
    public override PropertyType Type => PropertyType.String;

    /// <inheritdoc/>
    public override string ToString() => Field.ToString().ToLowerInvariant();
}

/// <summary>A typed property of a node kind or a relationship type.</summary>
public sealed record PropertyRef(PropertyDefinition Property) : FieldRef
{
    /// <inheritdoc/>
    public override PropertyType Type => Property.Type;

    /// <inheritdoc/>
    public override string ToString() => Property.Name;
}
