namespace KnowledgeGraph.Store.Analytics;

/// <summary>Which nodes <see cref="CentralityQuery"/> ranks.</summary>
public enum CentralitySubject
{
    /// <summary>Cities; partners are other cities sharing a project (directly or through their organisations).</summary>
    City,

    /// <summary>Organisations; partners are other organisations sharing a project.</summary>
    Organisation,
}

/// <summary>What <see cref="CentralityQuery"/> ranks by.</summary>
public enum CentralityMeasure
{
    /// <summary>The number of distinct partners (degree in the collaboration graph).</summary>
    Partners,

    /// <summary>The number of distinct projects.</summary>
    Projects,

    /// <summary>
    /// Betweenness centrality in the collaboration graph in scope: how many shortest paths between other nodes pass
    /// through the node (<see cref="BetweennessCentrality"/>); computed in memory from the graph one statement fetches
    /// (<see cref="BetweennessRanking"/>), within <see cref="CentralityQuery.MaxGraphNodes"/> and
    /// <see cref="CentralityQuery.MaxGraphEdges"/>.
    /// </summary>
    Betweenness,
}

/// <summary>
/// Research question 4, the most connected cities or organisations within a theme, programme or network.
/// </summary>
/// <remarks>
/// Scope: theme, programme and year range restrict the projects; <see cref="AnalyticsScope.NetworkId"/> restricts
/// both the ranked nodes and the partners counted to members of the network (an organisation counts as a member when
/// it is MEMBER_OF it or LOCATED_IN a member city); <see cref="AnalyticsScope.CountryId"/> restricts the ranked nodes
/// only (their partners may be anywhere).
/// <para>JSON: <c>{"totalCount": n, "items": [{"node": {"id", "kind", "name", "countryCode"}, "partners": n,
/// "projects": n}]}</c>, ranked by <see cref="Measure"/> descending, then the other count descending, then id.
/// <see cref="CentralityMeasure.Betweenness"/> adds <c>"betweenness"</c> to each item and ranks by it, then partners,
/// then projects (see <see cref="BetweennessRanking"/>); its graph has the same nodes and partners as the degree.
/// <c>countryCode</c> is the city's, or for an organisation its city's (null when unknown).</para>
/// </remarks>
public sealed record CentralityQuery : PagedAnalyticsScope
{
    /// <summary>Cities or organisations.</summary>
    public CentralitySubject Subject { get; init; } = CentralitySubject.City;

    /// <summary>Rank by partners or by projects.</summary>
    public CentralityMeasure Measure { get; init; } = CentralityMeasure.Partners;

    /// <summary>The most nodes the collaboration graph may have for <see cref="CentralityMeasure.Betweenness"/>.</summary>
    public int MaxGraphNodes { get; init; } = 10_000;

    /// <summary>The most edges the collaboration graph may have for <see cref="CentralityMeasure.Betweenness"/>.</summary>
    public int MaxGraphEdges { get; init; } = 200_000;
}
