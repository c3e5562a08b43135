using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A directive definition (spec 3.13), built-in (<see cref="BuiltInDirectives"/>) or custom.</summary>
public sealed class DirectiveDefinition
{
    private readonly OrderedDictionary<string, InputValueDefinition> _arguments = new(StringComparer.Ordinal);

    /// <summary>Creates a directive definition.</summary>
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, string? description = null, bool isRepeatable = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        Locations = [.. locations];
        Description = description;
        IsRepeatable = isRepeatable;
    }

    /// <summary>Name (without <c>@</c>).</summary>
    public string Name { get; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Where the directive may be used.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>True when the directive may appear several times at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>Arguments by name.</summary>
    public IReadOnlyDictionary<string, InputValueDefinition> Arguments => _arguments;

    /// <summary>The SDL node, if built from SDL.</summary>
    public DirectiveDefinitionNode? AstNode { get; set; }

    /// <summary>True for the specified directives (@skip, @include, @deprecated, @specifiedBy, @oneOf).</summary>
    public bool IsBuiltIn => BuiltInDirectives.IsBuiltIn(Name);

    /// <summary>Adds an argument (fluent).</summary>
    public DirectiveDefinition AddArgument(InputValueDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (!_arguments.TryAdd(argument.Name, argument))
        {
            throw new ArgumentException($"Argument \"@{Name}({argument.Name}:)\" is already defined.", nameof(argument));
        }

        return this;
    }

    /// <summary>True when <paramref name="location"/> is allowed.</summary>
    public bool HasLocation(DirectiveLocation location)
    {
        foreach (var l in Locations)
        {
            if (l == location)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}
