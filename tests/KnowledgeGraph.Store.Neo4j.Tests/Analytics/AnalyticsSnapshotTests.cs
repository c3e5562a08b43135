using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Store.Analytics;
using KnowledgeGraph.Store.Neo4j.Analytics;
using KnowledgeGraph.Store.Neo4j.Query;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Store.Neo4j.Tests.Analytics;

/// <summary>
/// The Cypher of the research questions, compared as text with Analytics/Snapshots/*.cypher (parameters listed in a
/// header); docs/neo4j.md quotes them. UPDATE_SNAPSHOTS=1 rewrites the files; review the diff.
/// </summary>
public class AnalyticsSnapshotTests
{
    /// <summary>Representative requests of each question, by snapshot name (also linted by <c>AnalyticsLintTests</c>).</summary>
    public static IReadOnlyDictionary<string, Func<CompiledCypher>> Requests { get; } = new Dictionary<string, Func<CompiledCypher>>
    {
        ["collaborating-cities-theme"] = () => Neo4jAnalytics.Compile(new CollaborationQuery { ThemeId = "theme:culture" }),
        ["collaborating-cities-scoped"] = () => Neo4jAnalytics.Compile(new CollaborationQuery
        {
            ProgrammeId = "programme:urbact-iii", NetworkId = "network:eurocities", CountryId = "country:es", FromYear = 2015, ToYear = 2020,
            IncludeProjects = false, First = 10, Offset = 10,
        }),
        ["city-profile"] = () => Neo4jAnalytics.Compile(new CityProfileQuery("city:geonames:3128760")),
        ["city-profile-scoped"] = () => Neo4jAnalytics.Compile(new CityProfileQuery("city:geonames:3128760")
        {
            ThemeId = "theme:culture", ProgrammeId = "programme:urbact-iii", NetworkId = "network:eurocities", CountryId = "country:es",
            FromYear = 2015, ToYear = 2020, First = 5, Offset = 5, IncludeNetworks = false, ProjectFields = new HashSet<string> { "id", "name", "role" },
        }),
        ["most-connected"] = () => Neo4jAnalytics.Compile(new CentralityQuery { ThemeId = "theme:culture" }),
        ["most-connected-organisations"] = () => Neo4jAnalytics.Compile(new CentralityQuery
        {
            Subject = CentralitySubject.Organisation, Measure = CentralityMeasure.Projects, NetworkId = "network:eurocities", CountryId = "country:es",
        }),
        ["most-connected-betweenness"] = () => Neo4jAnalytics.Compile(new CentralityQuery { ThemeId = "theme:culture", Measure = CentralityMeasure.Betweenness }),
        ["programme-projects"] = () => Neo4jAnalytics.Compile(new ProgrammeProjectsQuery("programme:urbact-iii")),
        ["programme-projects-scoped"] = () => Neo4jAnalytics.Compile(new ProgrammeProjectsQuery("programme:urbact-iii")
        {
            ThemeId = "theme:culture", CountryId = "country:es", NetworkId = "network:eurocities", FromYear = 2015,
            IncludeProgrammes = false, IncludeBudget = false, IncludeCountryFunding = false, ProjectFields = new HashSet<string> { "id", "name", "euFunding" },
        }),
        ["country-partners"] = () => Neo4jAnalytics.Compile(new CountryPartnersQuery("country:es") { ThemeId = "theme:culture" }),
        ["country-partners-network"] = () => Neo4jAnalytics.Compile(new CountryPartnersQuery("country:es") { NetworkId = "network:eurocities", ToYear = 2020 }),
    };

    public static TheoryData<string> Names => new([.. Requests.Keys]);

    [Theory]
    [MemberData(nameof(Names))]
    public void Cypher_matches_snapshot(string name)
    {
        var compiled = Requests[name]();
        var text = new StringBuilder();
        foreach (var (key, value) in compiled.Parameters.OrderBy(p => int.Parse(p.Key[1..], CultureInfo.InvariantCulture)))
        {
            text.Append("// $").Append(key).Append(" = ").Append(JsonSerializer.Serialize(value)).Append('\n');
        }
        text.Append(compiled.Text).Append('\n');
        var path = TestPaths.InRepo("tests", "KnowledgeGraph.Store.Neo4j.Tests", "Analytics", "Snapshots", name + ".cypher");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ToString());
            return;
        }
        Assert.True(File.Exists(path), $"No snapshot {path}; run with UPDATE_SNAPSHOTS=1 to write it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), text.ToString());
    }
}
