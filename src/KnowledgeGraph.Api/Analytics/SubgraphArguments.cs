using KnowledgeGraph.Api.Planning;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Analytics;

namespace KnowledgeGraph.Api.Analytics;

/// <summary>
/// The arguments of <c>subgraph</c> beyond the common scope (<c>kinds: [NodeKind!]</c>, <c>collapse</c>, <c>first</c>)
/// and their reading into a <see cref="SubgraphQuery"/>; the kinds come from the model's own enum.
/// </summary>
/// <param name="model">The model the enum was generated from.</param>
/// <param name="kinds">The NodeKind enum.</param>
public sealed class SubgraphArguments(GraphModel model, EnumType kinds)
{
    /// <summary>Adds the arguments to the field.</summary>
    public FieldDefinition AddTo(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .AddArgument("kinds", new ListType(new NonNullType(kinds)), "Only nodes of these kinds (omit for all); without Project, partners sharing projects are linked by SHARED_PROJECTS edges.")
            .AddArgument("collapse", BuiltInScalars.Boolean, "Draw each organisation as its city.", false)
            .AddArgument("first", BuiltInScalars.Int, $"At most this many projects, those with the most partners first (1 to {SubgraphQuery.MaxProjects}).", 300);
    }

    /// <summary>The request the arguments ask for, on top of <paramref name="query"/> (its scope already read).</summary>
    public SubgraphQuery Read(SubgraphQuery query, IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(arguments);
        return query with
        {
            First = InputValues.Int(arguments, "first") ?? 300,
            Collapse = arguments.GetValueOrDefault("collapse") is true,
            Kinds = arguments.GetValueOrDefault("kinds") is { } list
                ? [.. InputValues.List(list).OfType<string>().Distinct().Select(model.Kind)]
                : null,
        };
    }
}
