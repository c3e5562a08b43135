namespace KnowledgeGraph.Bench.Neo4j;

/// <summary>
/// One request of the Neo4j query bench: the GraphQL request sent to the API (over Neo4j and over SQLite) and a
/// hand-written Cypher statement answering the same question with the same selection, as someone who knows the graph
/// would write it for Neo4j 3.1 (labels and the unique id index; no derived relationships; paging and ordering in the
/// statement).
/// </summary>
/// <param name="Name">Short name, for the table.</param>
/// <param name="Field">The root field of the GraphQL request.</param>
/// <param name="Query">The GraphQL request.</param>
/// <param name="Cypher">The hand-written statement.</param>
/// <param name="Parameters">Its parameters.</param>
public sealed record HandWrittenRequest(string Name, string Field, string Query, string Cypher, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>The subjects of the requests on the imported open data (ids as the import writes them).</summary>
/// <param name="CityId">A city with many projects (Barcelona).</param>
/// <param name="PathToId">The other end of the path (a city).</param>
/// <param name="ThemeId">A theme with many projects.</param>
/// <param name="ProgrammeId">A programme with sub-programmes and many projects.</param>
/// <param name="CountryId">A country.</param>
/// <param name="SearchText">A search text.</param>
public sealed record BenchSubjects(string CityId, string PathToId, string ThemeId, string ProgrammeId, string CountryId, string SearchText)
{
    /// <summary>Barcelona, Leeds, culture, Interreg 2014-2020, Spain, "barcel".</summary>
    public static BenchSubjects Imported { get; } = new("city:geonames:3128760", "city:geonames:2644688", "theme:culture", "programme:interreg-2014-2020", "country:es", "barcel");
}
