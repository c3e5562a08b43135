namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// Research question 5 (programme side): the projects a programme funds, its sub-programmes' included (PART_OF at any
/// depth), with their partner countries and EU funding sums.
/// </summary>
/// <remarks>
/// Scope: theme and year range restrict the projects; <see cref="AnalyticsScope.CountryId"/> keeps projects with a
/// partner in the country; <see cref="AnalyticsScope.NetworkId"/> keeps projects with a partner city (or an
/// organisation's city) in the network; <see cref="AnalyticsScope.ProgrammeId"/> is ignored (the programme is <see cref="Id"/>).
/// <para>JSON: <c>{"programme": {"id", "name", "acronym", "period"} | null, "programmes": [{"id", "name",
/// "projects": n}], "totalCount": n, "euFunding": sum, "budget": sum, "countries": [{"country": {"id", "name",
/// "isoCode"}, "projects": n, "euFunding": sum}], "projects": [{"id", "name", "acronym", "startDate", "endDate",
/// "euFunding", "budget", "programmes": [{"id", "name"}], "partners": n, "countries": [{"id", "name", "isoCode"}]}]}</c>.
/// A partner's country is its city's country (IN_COUNTRY), or the organisation's own when it has no city. Sums are of
/// the projects' <c>euFunding</c>/<c>budget</c> (rounded to cents; a project counts once). <c>programmes</c> lists
/// the programme and its sub-programmes by name; countries by projects descending; projects by EU funding descending
/// (missing last), then name, paged.</para>
/// </remarks>
/// <param name="Id">The programme (any of its ids).</param>
public sealed record ProgrammeProjectsQuery(string Id) : PagedAnalyticsScope;
