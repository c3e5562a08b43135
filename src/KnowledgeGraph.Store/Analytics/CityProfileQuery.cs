namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// Research question 2, a city's partnership profile: its networks, its projects, its partner cities ranked by shared
/// projects, the countries it reaches and its activity over time.
/// </summary>
/// <remarks>
/// Scope: theme, programme and year range restrict the projects (and so partners, countries and activity);
/// <see cref="AnalyticsScope.NetworkId"/> and <see cref="AnalyticsScope.CountryId"/> restrict the partner cities
/// (members of the network, cities in the country) and so the countries; the networks list is never filtered.
/// <para>JSON: <c>{"city": City | null, "networks": [{"id", "name", "acronym", "status", "since", "until"}],
/// "projects": [{"id", "name", "acronym", "startYear", "endYear", "role", "direct", "organisations": [{"id", "name",
/// "role"}], "programmes": [{"id", "name"}]}], "partners": {"totalCount": n, "items": [{"city": City,
/// "sharedProjects": k}]}, "countries": [{"country": {"id", "name", "isoCode"}, "partnerCities": n, "projects": n}],
/// "activity": [{"year": y, "projects": n}]}</c>. <c>role</c> is "lead" when the city or one of its organisations
/// leads; <c>direct</c> says whether the city itself is a partner. Projects by start year then name; partners ranked
/// by shared projects then id and paged by <see cref="PagedAnalyticsScope.First"/>/<see cref="PagedAnalyticsScope.Offset"/>;
/// countries by partner cities descending; activity by year (projects without a start year are left out).</para>
/// </remarks>
/// <param name="CityId">The city (any of its ids).</param>
public sealed record CityProfileQuery(string CityId) : PagedAnalyticsScope
{
    /// <summary>
    /// The members each project has (of id, name, acronym, startYear, endYear, role, direct, organisations, programmes;
    /// other names are ignored); null (the default): all of them. The API sets it from the GraphQL selection, so the
    /// statement builds only what was asked for (the organisations and programmes lists above all).
    /// </summary>
    public IReadOnlySet<string>? ProjectFields { get; init; }

    /// <summary>Whether the <c>"countries"</c> reached are computed (default true); false leaves the member out.</summary>
    public bool IncludeCountries { get; init; } = true;

    /// <summary>Whether the city's <c>"networks"</c> are listed (default true); false leaves the member out.</summary>
    public bool IncludeNetworks { get; init; } = true;
}
