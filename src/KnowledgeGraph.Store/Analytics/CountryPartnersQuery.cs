namespace KnowledgeGraph.Store.Analytics;

/// <summary>
/// Research question 5 (country side): a country's partner cities and organisations and the projects they take part
/// in, with counts.
/// </summary>
/// <remarks>
/// Scope: theme, programme and year range restrict the projects; <see cref="AnalyticsScope.NetworkId"/> restricts
/// the cities (members) and the organisations (members, or located in a member city);
/// <see cref="AnalyticsScope.CountryId"/> is ignored (the country is <see cref="Id"/>).
/// <para>JSON: <c>{"country": {"id", "name", "isoCode"} | null, "cities": {"totalCount": n, "items": [{"id", "name",
/// "projects": n}]}, "organisations": {"totalCount": n, "items": [{"id", "name", "organisationType", "city": {"id",
/// "name"} | null, "projects": n}]}, "projects": {"totalCount": n, "items": [{"id", "name", "acronym", "partners": n}]}}</c>.
/// A city takes part directly or through its organisations; an organisation is in the country through its city, or
/// directly when it has none. <c>partners</c> counts the project's partners (organisations and cities taking part
/// directly) from the country. Each list is ranked by its count descending, then name, and paged with the same
/// <see cref="PagedAnalyticsScope.First"/>/<see cref="PagedAnalyticsScope.Offset"/>.</para>
/// </remarks>
/// <param name="Id">The country (any of its ids).</param>
public sealed record CountryPartnersQuery(string Id) : PagedAnalyticsScope;
