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
public sealed record ProgrammeProjectsQuery(string Id) : PagedAnalyticsScope
{
    /// <summary>Whether <c>"programmes"</c> (the programme and its sub-programmes with their projects) is computed (default true).</summary>
    public bool IncludeProgrammes { get; init; } = true;

    /// <summary>Whether the <c>"budget"</c> sum is computed (default true).</summary>
    public bool IncludeBudget { get; init; } = true;

    /// <summary>Whether the <c>"countries"</c> list is computed (default true).</summary>
    public bool IncludeCountries { get; init; } = true;

    /// <summary>Whether each country of <c>"countries"</c> has its <c>"euFunding"</c> sum (default true).</summary>
    public bool IncludeCountryFunding { get; init; } = true;

    /// <summary>
    /// The members each project has (of id, name, acronym, startDate, endDate, euFunding, budget, programmes, partners,
    /// countries; other names are ignored); null (the default): all of them. The API sets these flags from the GraphQL
    /// selection, so the statement builds only what was asked for.
    /// </summary>
    public IReadOnlySet<string>? ProjectFields { get; init; }
}
