using KnowledgeGraph.Model.Schema;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// The research questions with names that resolve: wraps a back-end's <see cref="IGraphAnalytics"/> and, before each
/// question, turns what the caller wrote for a node into its id with <see cref="NameResolver"/> over the read port, so
/// every back-end receives ids and answers alike.
/// </summary>
/// <remarks>
/// The scope's <see cref="AnalyticsScope.ThemeId"/>, <see cref="AnalyticsScope.ProgrammeId"/>,
/// <see cref="AnalyticsScope.NetworkId"/> and <see cref="AnalyticsScope.CountryId"/> (arguments <c>theme</c>,
/// <c>programme</c>, <c>network</c>, <c>country</c>) are always looked up, all in one statement, so an unknown one is an
/// error naming the argument and the closest names instead of an empty answer. The subject of a question (the city of a
/// profile, the programme, the country, the ends of a path) is looked up only when it is not written as an id of a
/// kind of the model (a name or alias): an id is passed through, and the question's own answer says when it is unknown.
/// Either way the question itself still costs one statement.
/// </remarks>
/// <param name="inner">The back-end's analytics.</param>
/// <param name="queries">The back-end's read port.</param>
/// <param name="model">The model whose kinds the arguments name.</param>
public sealed class ResolvingAnalytics(IGraphAnalytics inner, IGraphQueries queries, GraphModel model) : IGraphAnalytics
{
    private readonly NameResolver _resolver = new(queries);

    /// <summary>The analytics being wrapped.</summary>
    public IGraphAnalytics Inner => inner;

    /// <inheritdoc/>
    public async Task<string> CollaboratingCitiesAsync(CollaborationQuery query, CancellationToken cancellationToken = default)
    {
        var resolved = await ResolveAsync(query, null, cancellationToken).ConfigureAwait(false);
        return await inner.CollaboratingCitiesAsync(WithScope(query, resolved), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<string> CityProfileAsync(CityProfileQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var resolved = await ResolveAsync(query, Subject("city", CityNetworksModel.City, query.CityId), cancellationToken).ConfigureAwait(false);
        return await inner.CityProfileAsync(WithScope(query, resolved) with { CityId = resolved.GetValueOrDefault("city", query.CityId) }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<string> PathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var arguments = new[] { Subject("from", null, query.FromId), Subject("to", null, query.ToId) }.OfType<NodeArgument>().ToList();
        var resolved = await _resolver.ResolveAsync(arguments, cancellationToken).ConfigureAwait(false);
        return await inner.PathsAsync(query with
        {
            FromId = resolved.GetValueOrDefault("from", query.FromId),
            ToId = resolved.GetValueOrDefault("to", query.ToId),
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<string> CentralityAsync(CentralityQuery query, CancellationToken cancellationToken = default)
    {
        var resolved = await ResolveAsync(query, null, cancellationToken).ConfigureAwait(false);
        return await inner.CentralityAsync(WithScope(query, resolved), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<string> ProgrammeProjectsAsync(ProgrammeProjectsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var resolved = await ResolveAsync(query with { ProgrammeId = null }, Subject("programme", CityNetworksModel.Programme, query.Id), cancellationToken).ConfigureAwait(false);
        return await inner.ProgrammeProjectsAsync(WithScope(query, resolved) with { Id = resolved.GetValueOrDefault("programme", query.Id) }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<string> CountryPartnersAsync(CountryPartnersQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var resolved = await ResolveAsync(query with { CountryId = null }, Subject("country", CityNetworksModel.Country, query.Id), cancellationToken).ConfigureAwait(false);
        return await inner.CountryPartnersAsync(WithScope(query, resolved) with { Id = resolved.GetValueOrDefault("country", query.Id) }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<string> SubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        AnalyticsValidator.Validate(query);
        var resolved = await ResolveAsync(query, null, cancellationToken).ConfigureAwait(false);
        return await inner.SubgraphAsync(WithScope(query, resolved), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A subject to look up: null when it is written as an id of one of the model's kinds (passed through).</summary>
    private NodeArgument? Subject(string name, NodeKind? kind, string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var isId = colon > 0 && model.NodeKinds.Any(k => string.CompareOrdinal(k.IdPrefix, 0, value, 0, colon) == 0 && k.IdPrefix.Length == colon);
        return isId ? null : new NodeArgument(name, kind, value);
    }

    private Task<IReadOnlyDictionary<string, string>> ResolveAsync(AnalyticsScope scope, NodeArgument? subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        AnalyticsValidator.Validate(scope);
        var arguments = new List<NodeArgument>();
        void Add(string name, NodeKind kind, string? value)
        {
            if (value is not null)
            {
                arguments.Add(new NodeArgument(name, kind, value));
            }
        }
        Add("theme", CityNetworksModel.Theme, scope.ThemeId);
        Add("programme", CityNetworksModel.Programme, scope.ProgrammeId);
        Add("network", CityNetworksModel.Network, scope.NetworkId);
        Add("country", CityNetworksModel.Country, scope.CountryId);
        if (subject is not null)
        {
            arguments.Add(subject);
        }
        return _resolver.ResolveAsync(arguments, cancellationToken);
    }

    private static T WithScope<T>(T query, IReadOnlyDictionary<string, string> resolved)
        where T : AnalyticsScope => query with
        {
            ThemeId = resolved.GetValueOrDefault("theme", query.ThemeId!),
            ProgrammeId = resolved.GetValueOrDefault("programme", query.ProgrammeId!),
            NetworkId = resolved.GetValueOrDefault("network", query.NetworkId!),
            CountryId = resolved.GetValueOrDefault("country", query.CountryId!),
        };
}
