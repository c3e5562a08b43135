using System.Text.Json;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Planning;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Query;
using static KnowledgeGraph.Api.Schema.CommonTypes;

namespace KnowledgeGraph.Api.Analytics;

/// <summary>
/// The research questions as root query fields: <c>collaboratingCities</c>, <c>cityProfile</c>, <c>connections</c>,
/// <c>mostConnected</c>, <c>programmeProjects</c>, <c>countryPartners</c>, and <c>subgraph</c> (the partnership graph of a
/// scope, to draw). Each calls one <see cref="IGraphAnalytics"/> method (one store statement) through
/// <see cref="ResolvingAnalytics"/>, so every argument naming a node takes an id or a name or alias (one more look-up
/// statement for the scope), and returns its parsed JSON; out-of-range arguments, unknown or ambiguous names and unknown
/// subjects are BAD_USER_INPUT errors whose extensions name the <c>argument</c> and list the <c>suggestions</c> (ids of
/// the closest names).
/// </summary>
/// <param name="types">The result types.</param>
/// <param name="paths">The arguments of <c>connections</c>.</param>
/// <param name="subgraph">The arguments of <c>subgraph</c> beyond the scope.</param>
/// <param name="holder">The store.</param>
/// <param name="model">The model whose kinds the arguments name.</param>
public sealed class AnalyticsFields(AnalyticsTypes types, PathArguments paths, SubgraphArguments subgraph, StoreHolder holder, GraphModel model)
{
    /// <summary>Adds the fields to <paramref name="query"/>.</summary>
    public ObjectType AddTo(ObjectType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field("collaboratingCities", NonNull(types.CityPairs), CollaboratingCities, f => Scope(f, paged: true),
            "Research question 1: pairs of cities taking part in the same projects (directly or through their organisations), ranked by shared projects. network keeps pairs of two members; country keeps pairs with a city in it.");
        query.Field("cityProfile", types.CityProfile, CityProfile, f => Scope(f.AddArgument("city", NonNull(BuiltInScalars.ID), "The city: any of its ids, or its name or an alias (case and accents ignored)."), paged: true),
            "Research question 2: a city's networks, projects, partner cities (paged), the countries it reaches and its activity per year. network and country restrict the partner cities.");
        query.Field("connections", types.Connections, Connections, f => paths.AddTo(f),
            "Research question 3: the shortest paths between two nodes, following relationships both ways (of relationshipTypes when given), never through nodes of excludeKinds (by default countries, themes and studies).");
        query.Field("mostConnected", NonNull(types.MostConnected), MostConnected, f => Scope(f
                .AddArgument("kind", NonNull(types.Subject), "Cities or organisations.", "CITY")
                .AddArgument("by", NonNull(types.Measure), "Rank by partners (degree), projects or betweenness.", "PARTNERS"), paged: true),
            "Research question 4: the most connected cities or organisations, by partners (degree), projects or betweenness. network restricts the ranked nodes and their partners; country the ranked nodes only.");
        query.Field("programmeProjects", types.ProgrammeProjects, ProgrammeProjects, f => Scope(f.AddArgument("programme", NonNull(BuiltInScalars.ID), "The programme: any of its ids, or its name or an alias (case and accents ignored)."), paged: true, programme: false),
            "Research question 5: the projects a programme and its sub-programmes fund, with partner countries and EU funding. country and network keep projects with a partner there.");
        query.Field("countryPartners", types.CountryPartners, CountryPartners, f => Scope(f.AddArgument("country", NonNull(BuiltInScalars.ID), "The country: any of its ids, or its name or an alias (case and accents ignored)."), paged: true, country: false),
            "Research question 5: a country's partner cities, organisations and their projects, each list ranked and paged.");
        query.Field("subgraph", NonNull(types.Subgraph), Subgraph, f => subgraph.AddTo(Scope(f, paged: false)),
            "The partnership graph of a scope, to draw, in one store statement: the projects in scope with the most partners, their partners (and the partners' cities), programmes and themes, and the partners' networks, as nodes (kinds, coordinates, degrees) and edges. country and network keep projects with a partner in the country and a member of the network.");
        return query;
    }

    private static FieldDefinition Scope(FieldDefinition field, bool paged, bool programme = true, bool country = true)
    {
        field.AddArgument("theme", BuiltInScalars.ID, "Only projects addressing this theme (an id, or a name or alias in any language; case and accents ignored).");
        if (programme)
        {
            field.AddArgument("programme", BuiltInScalars.ID, "Only projects funded by this programme or its sub-programmes (an id, a name or an alias).");
        }
        field.AddArgument("network", BuiltInScalars.ID, "Only cities that are members of this network (an id, a name or an alias).");
        if (country)
        {
            field.AddArgument("country", BuiltInScalars.ID, "Only cities (or organisations) in this country (an id, a name or an alias).");
        }
        field.AddArgument("fromYear", BuiltInScalars.Int, "Only projects running in or after this year.")
             .AddArgument("toYear", BuiltInScalars.Int, "Only projects running in or before this year.");
        if (paged)
        {
            field.AddArgument("first", BuiltInScalars.Int, $"At most this many items (1 to {PagedAnalyticsScope.MaxFirst}).", 20)
                 .AddArgument("offset", BuiltInScalars.Int, "Skip this many items first.", 0);
        }
        return field;
    }

    private static T WithScope<T>(T query, ResolveContext ctx)
        where T : PagedAnalyticsScope =>
        WithFilters(query, ctx) with
        {
            First = InputValues.Int(ctx.Arguments, "first") ?? 20,
            Offset = InputValues.Int(ctx.Arguments, "offset") ?? 0,
        };

    private static T WithFilters<T>(T query, ResolveContext ctx)
        where T : AnalyticsScope
    {
        var args = ctx.Arguments;
        return query with
        {
            ThemeId = InputValues.String(args, "theme"),
            ProgrammeId = InputValues.String(args, "programme"),
            NetworkId = InputValues.String(args, "network"),
            CountryId = InputValues.String(args, "country"),
            FromYear = InputValues.Int(args, "fromYear"),
            ToYear = InputValues.Int(args, "toYear"),
        };
    }

    private ValueTask<object?> CollaboratingCities(ResolveContext ctx)
    {
        // Parts of the answer nobody selected are left out of the statement (each pair's project list).
        var query = WithScope(new CollaborationQuery { IncludeProjects = Selects(ctx, "pairs", "projects") }, ctx);
        return RunAsync(a => a.CollaboratingCitiesAsync(query, ctx.CancellationToken), null, null, null);
    }

    private ValueTask<object?> CityProfile(ResolveContext ctx)
    {
        var city = (string)ctx.Arguments["city"]!;
        var query = WithScope(new CityProfileQuery(city)
        {
            ProjectFields = SelectedFields(ctx, "projects"),
            IncludeCountries = Selects(ctx, "countries"),
            IncludeNetworks = Selects(ctx, "networks"),
        }, ctx);
        return RunAsync(a => a.CityProfileAsync(query, ctx.CancellationToken), "city", city, CityNetworksModel.City);
    }

    /// <summary>
    /// Whether the field's selection reaches the field at <paramref name="path"/> (field names, any alias, fragments
    /// expanded, <c>@skip</c>/<c>@include</c> applied). Outside execution, where no selection is known, everything is.
    /// </summary>
    internal static bool Selects(ResolveContext ctx, params string[] path)
    {
        var top = ctx.GetSubFields();
        return top.Count == 0 || Reaches(ctx, top, path, 0);
    }

    /// <summary>The names of the fields selected under the field <paramref name="field"/> (all its occurrences); null outside execution.</summary>
    internal static IReadOnlySet<string>? SelectedFields(ResolveContext ctx, string field)
    {
        var top = ctx.GetSubFields();
        if (top.Count == 0)
        {
            return null;
        }
        return top.Where(f => f.Definition.Name == field).SelectMany(f => ctx.GetSubFields(f)).Select(f => f.Definition.Name).ToHashSet(StringComparer.Ordinal);
    }

    private static bool Reaches(ResolveContext ctx, IReadOnlyList<CollectedField> fields, string[] path, int depth)
    {
        foreach (var field in fields)
        {
            if (field.Definition.Name != path[depth])
            {
                continue;
            }
            if (depth == path.Length - 1 || Reaches(ctx, ctx.GetSubFields(field), path, depth + 1))
            {
                return true;
            }
        }
        return false;
    }

    private ValueTask<object?> Connections(ResolveContext ctx)
    {
        var query = paths.Read(ctx.Arguments);
        return RunAsync(a => a.PathsAsync(query, ctx.CancellationToken), null, null, null, async result =>
        {
            foreach (var (end, id) in new[] { ("from", query.FromId), ("to", query.ToId) })
            {
                if (result.GetProperty(end).ValueKind == JsonValueKind.Null)
                {
                    throw await UnknownAsync(end, id, null, ctx.CancellationToken).ConfigureAwait(false);
                }
            }
        });
    }

    private ValueTask<object?> MostConnected(ResolveContext ctx)
    {
        var query = WithScope(new CentralityQuery
        {
            Subject = (CentralitySubject)ctx.Arguments["kind"]!,
            Measure = (CentralityMeasure)ctx.Arguments["by"]!,
        }, ctx);
        return RunAsync(a => a.CentralityAsync(query, ctx.CancellationToken), null, null, null);
    }

    private ValueTask<object?> ProgrammeProjects(ResolveContext ctx)
    {
        var id = (string)ctx.Arguments["programme"]!;
        // Parts of the answer nobody selected are left out of the statement.
        var query = WithScope(new ProgrammeProjectsQuery(id)
        {
            IncludeProgrammes = Selects(ctx, "programmes"),
            IncludeBudget = Selects(ctx, "budget"),
            IncludeCountries = Selects(ctx, "countries"),
            IncludeCountryFunding = Selects(ctx, "countries", "euFunding"),
            ProjectFields = SelectedFields(ctx, "projects"),
        }, ctx);
        return RunAsync(a => a.ProgrammeProjectsAsync(query, ctx.CancellationToken), "programme", id, CityNetworksModel.Programme);
    }

    private ValueTask<object?> CountryPartners(ResolveContext ctx)
    {
        var id = (string)ctx.Arguments["country"]!;
        return RunAsync(a => a.CountryPartnersAsync(WithScope(new CountryPartnersQuery(id), ctx), ctx.CancellationToken), "country", id, CityNetworksModel.Country);
    }

    private ValueTask<object?> Subgraph(ResolveContext ctx)
    {
        var query = subgraph.Read(WithFilters(new SubgraphQuery(), ctx), ctx.Arguments);
        return RunAsync(a => a.SubgraphAsync(query, ctx.CancellationToken), null, null, null);
    }

    /// <summary>
    /// Runs one analytics call (names resolved first); a null <paramref name="subject"/> member of the result is a
    /// BAD_USER_INPUT error for the argument of that name, offering the closest names.
    /// </summary>
    private async ValueTask<object?> RunAsync(Func<IGraphAnalytics, Task<string>> call, string? subject, string? value, NodeKind? kind, Func<JsonElement, Task>? check = null)
    {
        string json;
        try
        {
            json = await call(new ResolvingAnalytics(holder.Store.Analytics, holder.Store, model)).ConfigureAwait(false);
        }
        catch (QueryValidationException ex)
        {
            throw BadInput(ex);
        }
        catch (StoreException ex)
        {
            throw ApiErrorCodes.Failed(ex);
        }
        // One parse into an element that owns its (unpooled) buffers: no pooled document to copy out of and return.
        var result = JsonElement.Parse(json);
        if (subject is not null && result.GetProperty(subject).ValueKind == JsonValueKind.Null)
        {
            throw await UnknownAsync(subject, value!, kind, CancellationToken.None).ConfigureAwait(false);
        }
        if (check is not null)
        {
            await check(result).ConfigureAwait(false);
        }
        return result;
    }

    /// <summary>The error for an id that names no node: the argument, and the nodes whose names are closest to the id's local part.</summary>
    private async Task<GraphQL.Execution.GraphQLException> UnknownAsync(string argument, string id, NodeKind? kind, CancellationToken cancellationToken)
    {
        var local = id.Contains(':', StringComparison.Ordinal) ? id[(id.LastIndexOf(':') + 1)..] : id;
        IReadOnlyList<NameSuggestion> near;
        try
        {
            near = await new NameResolver(holder.Store).SuggestAsync(local, kind is null ? null : [kind], NameResolver.MaxSuggestions, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            throw ApiErrorCodes.Failed(ex);
        }
        var what = kind is null ? "node" : kind.Name.ToLowerInvariant();
        var closest = near.Count == 0 ? "" : "; the closest names: " + string.Join(", ", near);
        return InputValues.BadInput($"No {what} with id {id} (argument {argument}){closest}.", new Dictionary<string, object?>
        {
            ["argument"] = argument,
            ["suggestions"] = near.Select(s => (object?)s.Id).ToList(),
        });
    }

    private static GraphQL.Execution.GraphQLException BadInput(QueryValidationException ex) =>
        ex.Argument is null
            ? InputValues.BadInput(ex.Message)
            : InputValues.BadInput(ex.Message, new Dictionary<string, object?>
            {
                ["argument"] = ex.Argument,
                ["suggestions"] = ex.Suggestions.Select(s => (object?)s).ToList(),
            });
}
