using KnowledgeGraph.Api.Planning;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Analytics;
using static KnowledgeGraph.Api.Schema.CommonTypes;

namespace KnowledgeGraph.Api.Analytics;

/// <summary>
/// The arguments of <c>connections</c> and their reading into a <see cref="PathQuery"/>: the ends, the bounds, and the
/// filters over the model's own enums (<c>relationshipTypes: [RelationshipType!]</c>, <c>excludeKinds: [NodeKind!]</c>),
/// so a kind or relationship type added to the model is accepted without edits here.
/// </summary>
/// <param name="model">The model the enums were generated from.</param>
/// <param name="kinds">The NodeKind enum.</param>
/// <param name="relationshipTypes">The RelationshipType enum.</param>
public sealed class PathArguments(GraphModel model, EnumType kinds, EnumType relationshipTypes)
{
    /// <summary>Adds the arguments to the field.</summary>
    public FieldDefinition AddTo(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .AddArgument("from", NonNull(BuiltInScalars.ID), "One end (any id).")
            .AddArgument("to", NonNull(BuiltInScalars.ID), "The other end (any id).")
            .AddArgument("maxHops", BuiltInScalars.Int, $"At most this many relationships (1 to {PathQuery.MaxHopsLimit}).", 4)
            .AddArgument("first", BuiltInScalars.Int, $"At most this many paths (1 to {PathQuery.MaxPathsLimit}).", 5)
            .AddArgument("relationshipTypes", new ListType(new NonNullType(relationshipTypes)),
                "Follow only relationships of these types (omit for every type; at least one of them must touch each end's kind).")
            .AddArgument("excludeKinds", new ListType(new NonNullType(kinds)),
                "Never pass through nodes of these kinds (the ends may still be of them); [] passes through every kind.",
                PathQuery.DefaultExcludedKinds.Select(k => k.Name).ToArray());
    }

    /// <summary>The request the arguments ask for.</summary>
    /// <exception cref="GraphQL.Execution.GraphQLException">BAD_USER_INPUT (with the argument's name) when the filters cannot give a path.</exception>
    public PathQuery Read(IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var query = new PathQuery((string)arguments["from"]!, (string)arguments["to"]!)
        {
            MaxHops = InputValues.Int(arguments, "maxHops") ?? 4,
            MaxPaths = InputValues.Int(arguments, "first") ?? 5,
        };
        if (arguments.TryGetValue("excludeKinds", out var excluded) && excluded is not null)
        {
            query = query with { ExcludedKinds = [.. InputValues.List(excluded).OfType<string>().Distinct().Select(model.Kind)] };
        }
        if (arguments.TryGetValue("relationshipTypes", out var types) && types is not null)
        {
            var chosen = InputValues.List(types).OfType<string>().Distinct().Select(model.Relationship).ToList();
            CheckTypes(chosen, ("from", query.FromId), ("to", query.ToId));
            query = query with { RelationshipTypes = chosen };
        }
        return query;
    }

    /// <summary>The list must not be empty, and some type must touch each end's kind (known by its id's prefix).</summary>
    private void CheckTypes(List<RelationshipType> chosen, params (string Argument, string Id)[] ends)
    {
        if (chosen.Count == 0)
        {
            throw Bad("relationshipTypes must name at least one type (omit it to follow every type).", "relationshipTypes");
        }
        foreach (var (argument, id) in ends)
        {
            var prefix = id.Split(':', 2)[0];
            if (model.NodeKinds.FirstOrDefault(k => k.IdPrefix == prefix) is { } kind
                && !chosen.Any(t => t.FromKinds.Contains(kind) || t.ToKinds.Contains(kind)))
            {
                throw Bad($"No relationship of the types {string.Join(", ", chosen.Select(t => t.Name))} touches a {kind.Name}, so {argument} ({id}) cannot be reached.", "relationshipTypes");
            }
        }
    }

    private static GraphQL.Execution.GraphQLException Bad(string message, string argument) =>
        InputValues.BadInput(message, new Dictionary<string, object?> { ["argument"] = argument });
}
