namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// Research question 1, collaborating cities: pairs of cities that take part in the same projects, ranked by how
/// many projects they share. A city takes part in a project directly (City PARTNER_IN Project) or through an
/// organisation located in it (Organisation LOCATED_IN City, Organisation PARTNER_IN Project).
/// </summary>
/// <remarks>
/// Scope: <see cref="AnalyticsScope.ThemeId"/>, <see cref="AnalyticsScope.ProgrammeId"/> and the year range restrict
/// the projects; <see cref="AnalyticsScope.NetworkId"/> keeps pairs whose two cities are both members;
/// <see cref="AnalyticsScope.CountryId"/> keeps pairs with at least one city in the country.
/// <para>JSON: <c>{"totalCount": n, "pairs": [{"cityA": City, "cityB": City, "sharedProjects": k,
/// "projects": [{"id", "name", "acronym"}]}]}</c> with <c>City = {"id", "name", "countryCode"}</c>; each pair once,
/// <c>cityA.id &lt; cityB.id</c>; ranked by <c>sharedProjects</c> descending, then by the two ids; projects by name.</para>
/// </remarks>
public sealed record CollaborationQuery : PagedAnalyticsScope
{
    /// <summary>
    /// Whether each pair lists its shared projects (default true). False leaves <c>"projects"</c> out of each pair,
    /// so nobody pays for lists nobody asked for (the API sets it from the GraphQL selection).
    /// </summary>
    public bool IncludeProjects { get; init; } = true;
}
