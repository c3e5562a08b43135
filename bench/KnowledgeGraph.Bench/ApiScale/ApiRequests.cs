namespace KnowledgeGraph.Bench.ApiScale;

/// <summary>
/// The requests of the API-at-scale benchmark: the six research questions (5 has two fields) and a three-level nested
/// list, each with its floor in SQL (<see cref="FloorQueries"/>). Selections are what a client typically asks for; the
/// floors compute exactly the selected answer.
/// </summary>
public static class ApiRequests
{
    /// <summary>Every request about <paramref name="s"/>.</summary>
    public static IReadOnlyList<ApiRequest> All(Subjects s) =>
    [
        new("q1-collaborating", "collaboratingCities",
            $$"""{ collaboratingCities(theme: "{{s.ThemeId}}", first: 10) { totalCount pairs { cityA { id } cityB { id } sharedProjects } } }""",
            FloorQueries.CollaboratingCities, [("$theme", s.ThemeId)]),
        new("q2-city-profile", "cityProfile",
            $$"""{ cityProfile(city: "{{s.CityId}}", first: 10) { city { id } projects { id role } partners { totalCount items { city { id } sharedProjects } } activity { year projects } } }""",
            FloorQueries.CityProfile, [("$city", s.CityId)]),
        new("q3-connections", "connections",
            $$"""{ connections(from: "{{s.CityId}}", to: "{{s.PathToId}}", first: 5) { length paths { nodes { id } } } }""",
            FloorQueries.Connections, [("$from", s.CityId), ("$to", s.PathToId)]),
        new("q3-connections-narrow", "connections",
            $$"""{ connections(from: "{{s.CityId}}", to: "{{s.PathToId}}", first: 5) { length paths { nodes { id } } } }""",
            FloorQueries.ConnectionsNarrow, [("$from", s.CityId), ("$to", s.PathToId)]),
        new("q4-most-connected", "mostConnected",
            $$"""{ mostConnected(kind: CITY, by: PARTNERS, theme: "{{s.ThemeId}}", first: 10) { totalCount items { node { id } partners projects } } }""",
            FloorQueries.MostConnected, [("$theme", s.ThemeId)]),
        new("q5-programme", "programmeProjects",
            $$"""{ programmeProjects(programme: "{{s.ProgrammeId}}", first: 10) { totalCount euFunding countries { country { id } projects } projects { id partners } } }""",
            FloorQueries.ProgrammeProjects, [("$programme", s.ProgrammeId)]),
        new("q5-country", "countryPartners",
            $$"""{ countryPartners(country: "{{s.CountryId}}", theme: "{{s.ThemeId}}", first: 10) { cities { totalCount items { id projects } } organisations { totalCount items { id projects } } projects { totalCount items { id partners } } } }""",
            FloorQueries.CountryPartners, [("$country", s.CountryId), ("$theme", s.ThemeId)]),
        new("q6-search", "search",
            $$"""{ search(text: "{{s.SearchText}}", first: 10) { id name } }""",
            FloorQueries.Search, [("$match", $"\"{s.SearchText}\"*")]),
        new("nested-3-levels", "programmes",
            """{ programmes(first: 10) { nodes { id name funds(first: 10) { nodes { id name partners(first: 10) { nodes { id name ... on Organisation { locatedIn { nodes { id name } } } } } } } } } }""",
            FloorQueries.Nested, []),
    ];
}
