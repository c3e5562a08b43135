using System.Text.Json;
using KnowledgeGraph.Api.Planning;
using KnowledgeGraph.GraphQL.Values;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Api.Curation;

/// <summary>Reads the parts of mutation inputs: sources, aliases and property claims.</summary>
public static class CuratorInput
{
    /// <summary>The source of a <c>SourceInput</c>: stated with a quote, or inferred with a note.</summary>
    public static Source Source(IReadOnlyDictionary<string, object?> input)
    {
        var inferred = input.GetValueOrDefault("inferred") is true;
        return new Source((string)input["study"]!, inferred ? Certainty.Inferred : Certainty.Stated)
        {
            Quote = input.GetValueOrDefault("quote") as string,
            Note = input.GetValueOrDefault("note") as string,
            Dataset = input.GetValueOrDefault("dataset") as string,
            Row = input.GetValueOrDefault("row") as string,
        };
    }

    /// <summary>The aliases of an <c>[AliasInput!]</c>.</summary>
    public static IReadOnlyList<Alias> Aliases(object? input) =>
        InputValues.List(input).Select(InputValues.Object).OfType<IReadOnlyDictionary<string, object?>>()
            .Select(a => new Alias((string)a["name"]!, a.GetValueOrDefault("lang") as string)).ToList();

    /// <summary>
    /// The claims of a <c>properties</c> JSON object: each key a property, each value the value or
    /// <c>{"value": ..., "qualifier": "more than"}</c>. The batch validator checks names and types.
    /// </summary>
    public static IReadOnlyList<PropertyClaim> Claims(object? properties, Source source)
    {
        if (properties is null)
        {
            return [];
        }
        if (InputValues.Object(properties) is not { } map)
        {
            throw InputValues.BadInput("properties must be a JSON object: {\"property\": value, ...}.");
        }
        var claims = new List<PropertyClaim>();
        foreach (var (name, raw) in map)
        {
            var value = raw is JsonElement json ? PlainValues.FromJson(json) : raw;
            string? qualifier = null;
            if (InputValues.Object(value) is { } qualified)
            {
                qualifier = qualified.GetValueOrDefault("qualifier") as string;
                value = qualified.GetValueOrDefault("value");
            }
            if (value is null)
            {
                throw InputValues.BadInput($"property '{name}' has no value.");
            }
            claims.Add(new PropertyClaim(name, WholeNumbers(value), source) { Qualifier = qualifier });
        }
        return claims;
    }

    /// <summary>JSON numbers arrive as decimal or double; whole ones become long so Integer properties accept them.</summary>
    private static object WholeNumbers(object value) => value switch
    {
        decimal d when d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue => (long)d,
        double d when d == Math.Truncate(d) && Math.Abs(d) < 9e15 => (long)d,
        _ => value,
    };
}
