namespace KnowledgeGraph.Model.Schema;

/// <summary>The value types a node or relationship property can hold.</summary>
public enum PropertyType
{
    /// <summary>Free text.</summary>
    String,

    /// <summary>A whole number (64-bit).</summary>
    Integer,

    /// <summary>A decimal number, such as a coordinate.</summary>
    Float,

    /// <summary>An amount of money in euros.</summary>
    Money,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A calendar date, possibly partial: <c>2019</c>, <c>2019-10</c> or <c>2019-10-09</c>.</summary>
    Date,

    /// <summary>A web address (absolute http or https URL).</summary>
    Url,

    /// <summary>One of a closed list of words (see <see cref="PropertyDefinition.AllowedValues"/>).</summary>
    Enum,
}
