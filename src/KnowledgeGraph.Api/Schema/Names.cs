using System.Text;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Api.Schema;

/// <summary>The GraphQL names the schema derives from the model's names.</summary>
public static class Names
{
    /// <summary><c>memberOf</c> → <c>MemberOf</c>.</summary>
    public static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary><c>City</c> → <c>city</c>.</summary>
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary><c>MEMBER_OF</c> → <c>MemberOf</c>.</summary>
    public static string Type(RelationshipType relationship) =>
        string.Concat(relationship.Name.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part[..1] + part[1..].ToLowerInvariant()));

    /// <summary>The plural of a kind's name for list fields: City → cities, Country → countries, Study → studies.</summary>
    public static string Plural(NodeKind kind)
    {
        var name = Camel(kind.Name);
        if (name.EndsWith('y') && name.Length > 1 && !"aeiou".Contains(name[^2], StringComparison.Ordinal))
        {
            return name[..^1] + "ies";
        }
        return name.EndsWith('s') || name.EndsWith('x') || name.EndsWith("ch", StringComparison.Ordinal) ? name + "es" : name + "s";
    }

    /// <summary>An enum value name for a model word: <c>chamber of commerce</c> → <c>CHAMBER_OF_COMMERCE</c>.</summary>
    public static string EnumValue(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var ch in word.Trim())
        {
            sb.Append(char.IsAsciiLetterOrDigit(ch) ? char.ToUpperInvariant(ch) : '_');
        }
        var name = sb.ToString();
        return name.Length == 0 || char.IsAsciiDigit(name[0]) ? "_" + name : name;
    }

    /// <summary>
    /// The enum type of a property: its own name when it already names its owner (<c>organisationType</c> →
    /// <c>OrganisationType</c>), else the owner's name first (<c>PARTNER_IN.role</c> → <c>PartnerInRole</c>).
    /// </summary>
    public static string EnumType(string owner, PropertyDefinition property) =>
        property.Name.StartsWith(Camel(owner), StringComparison.Ordinal) ? Pascal(property.Name) : owner + Pascal(property.Name);

    /// <summary>The API field of a relationship on the side a node stands on.</summary>
    public static string Field(RelationshipType relationship, Direction direction) =>
        direction == Direction.Outgoing ? relationship.OutgoingField : relationship.IncomingField;
}
