using KnowledgeGraph.Api.Planning;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;
using static KnowledgeGraph.Api.Schema.CommonTypes;

namespace KnowledgeGraph.Api.Schema;

/// <summary>
/// The root query fields, per kind: <c>city(id:)</c>, <c>cityByName(name:)</c>, <c>cities(where:, orderBy:, first:,
/// after:)</c>; and <c>node(id:)</c>, <c>search(text:, kinds:, first:)</c>. Each resolver plans its whole selection
/// and reaches the store once.
/// </summary>
public sealed class QueryFields(SchemaGenerator types, GraphReader reader)
{
    /// <summary>Adds the root fields to <paramref name="query"/>.</summary>
    public ObjectType AddTo(ObjectType query)
    {
        foreach (var kind in types.Model.NodeKinds)
        {
            AddKindFields(query, kind);
        }
        query.Field("node", types.Node, NodeById, f => f.AddArgument("id", NonNull(BuiltInScalars.ID), "The node's id (or an id it was merged from)."),
            "A node of any kind by id; select kind-specific fields with inline fragments (`... on City { population }`).");
        query.Field("search", ListOf(types.Node), Search, f => f
                .AddArgument("text", NonNull(BuiltInScalars.String), "Words; each must start a word of a name or alias (case and accents ignored).")
                .AddArgument("kinds", new ListType(new NonNullType(types.Common.NodeKindEnum)), "Only nodes of these kinds.")
                .AddArgument("first", BuiltInScalars.Int, "At most this many nodes.", 20),
            "Full-text search over names and aliases, best match first.");
        var suggestion = new ObjectType("NameSuggestion", "A node whose name or alias is close in spelling to a text that matched no name: a suggestion, not a match.")
            .Field("id", NonNull(BuiltInScalars.ID)).Field("kind", NonNull(types.Common.NodeKindEnum)).Field("name", NonNull(BuiltInScalars.String))
            .Field("matched", NonNull(BuiltInScalars.String), description: "The name or alias that came closest.")
            .Field("distance", NonNull(BuiltInScalars.Int), description: "Spelling distance of the folded name from the folded text (0: the name contains the text as whole words).");
        query.Field("suggestions", ListOf(suggestion), Suggestions, f => f
                .AddArgument("text", NonNull(BuiltInScalars.String), "A name that may be misspelt; case, accents and punctuation are ignored.")
                .AddArgument("kinds", new ListType(new NonNullType(types.Common.NodeKindEnum)), "Only nodes of these kinds.")
                .AddArgument("first", BuiltInScalars.Int, $"At most this many suggestions (1 to 50).", NameResolver.MaxSuggestions),
            "Near misses: when no name or alias equals the text, the nodes whose names or aliases are closest in spelling (a third of the text's length at most, names containing it as whole words first); empty when some name or alias equals it (use search or matchesName then).");
        return query;
    }

    /// <summary>The node with the given id, projected from the field's selection (shared by the mutation payloads).</summary>
    public ValueTask<object?> NodeAsync(ResolveContext ctx, string id, IReadOnlyList<NodeKind>? kinds = null)
    {
        kinds ??= types.Model.NodeKinds;
        var planner = new SelectionPlanner(types.Bindings, ctx);
        var query = new NodeQuery
        {
            Kind = kinds.Count == 1 ? kinds[0] : null,
            Where = new IdInFilter([id]),
            Shape = ResultShape.Single,
            First = 1,
            Projection = planner.Nodes(planner.Current, kinds),
        };
        return reader.QueryAsync(query, ctx.CancellationToken);
    }

    private void AddKindFields(ObjectType query, NodeKind kind)
    {
        var type = types.Bindings.TypeOf(kind);
        var single = Names.Camel(kind.Name);
        query.Field(single, type, ctx => NodeAsync(ctx, (string)ctx.Arguments["id"]!, [kind]),
            f => f.AddArgument("id", NonNull(BuiltInScalars.ID), "The id (or an id the node was merged from)."),
            $"A {kind.Name} by id.");
        query.Field(single + "ByName", type, ctx => ByName(ctx, kind),
            f => f.AddArgument("name", NonNull(BuiltInScalars.String), "A name or alias; case, accents and punctuation are ignored."),
            $"A {kind.Name} by name or alias (the first by id when several match).");
        var connection = types.RootConnection(kind);
        query.Field(Names.Plural(kind), NonNull(connection), ctx => List(ctx, kind, connection),
            f => types.AddPagingArguments(f, [kind]),
            $"{Names.Pascal(Names.Plural(kind))}: filtered, ordered and paged.");
    }

    private ValueTask<object?> ByName(ResolveContext ctx, NodeKind kind)
    {
        var planner = new SelectionPlanner(types.Bindings, ctx);
        var query = new NodeQuery
        {
            Kind = kind,
            Where = new NameMatchesFilter((string)ctx.Arguments["name"]!),
            Shape = ResultShape.Single,
            First = 1,
            Projection = planner.Nodes(planner.Current, [kind]),
        };
        return reader.QueryAsync(query, ctx.CancellationToken);
    }

    private ValueTask<object?> List(ResolveContext ctx, NodeKind kind, ObjectType connection)
    {
        var planner = new SelectionPlanner(types.Bindings, ctx);
        return reader.QueryAsync(planner.Connection(planner.Current, connection, [kind], ctx.Arguments), ctx.CancellationToken);
    }

    private ValueTask<object?> NodeById(ResolveContext ctx) => NodeAsync(ctx, (string)ctx.Arguments["id"]!);

    private ValueTask<object?> Suggestions(ResolveContext ctx)
    {
        var kinds = InputValues.List(ctx.Arguments.GetValueOrDefault("kinds")).OfType<string>().Select(types.Model.Kind).ToList();
        var first = InputValues.Int(ctx.Arguments, "first") ?? NameResolver.MaxSuggestions;
        if (first is < 1 or > 50)
        {
            throw InputValues.BadInput($"first must be between 1 and 50, not {first}.", new Dictionary<string, object?> { ["argument"] = "first" });
        }
        return reader.SuggestAsync((string)ctx.Arguments["text"]!, kinds.Count == 0 ? null : kinds, first, ctx.CancellationToken);
    }

    private ValueTask<object?> Search(ResolveContext ctx)
    {
        var kinds = InputValues.List(ctx.Arguments.GetValueOrDefault("kinds")).OfType<string>().Select(types.Model.Kind).ToList();
        var planner = new SelectionPlanner(types.Bindings, ctx);
        var query = new SearchQuery((string)ctx.Arguments["text"]!, planner.Nodes(planner.Current, types.Model.NodeKinds))
        {
            Kinds = kinds.Count == 0 ? null : kinds,
            First = InputValues.Int(ctx.Arguments, "first") ?? 20,
        };
        return reader.SearchAsync(query, ctx.CancellationToken);
    }
}
