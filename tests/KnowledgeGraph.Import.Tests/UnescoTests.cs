using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Import.Unesco;

namespace KnowledgeGraph.Import.Tests;

/// <summary>
/// UNESCO's file gives no country: a member resolves by the importer's table of known members, else by name,
/// preferring a namesake in a country its description names (under any variant of the name), else the most populous.
/// </summary>
public class UnescoTests
{
    [Fact]
    public async Task A_known_member_whose_description_names_no_country_is_the_city_of_the_table()
    {
        using var temp = new TempFolder();
        await TestData.ImportAsync(temp.Store, "unesco", Path.Combine(temp.Data, "unesco-creative-cities"));

        // The fixture's Valencia (Design) names no country; the most populous Valencia (Venezuela) would be wrong.
        var valencia = "city:geonames:" + KnownMembers.Find("Valencia", "Design");
        Assert.Equal("city:geonames:2509954", valencia);
        Assert.Equal(1L, TestData.Scalar(temp.Store, $"""
            SELECT count(*) FROM edges e JOIN nodes c ON c.seq = e.src JOIN nodes n ON n.seq = e.dst
            WHERE e.type = 'MEMBER_OF' AND c.id = '{valencia}' AND n.id = '{UnescoImporter.NetworkId}'
            """));
        Assert.Equal(0L, TestData.Scalar(temp.Store, "SELECT count(*) FROM nodes WHERE id = 'city:geonames:3625549'"));
        Assert.Contains(KnownMembers.Method, TestData.Column(temp.Store, $"SELECT DISTINCT s.note FROM sources s JOIN nodes n ON n.seq = s.node WHERE n.id = '{valencia}' AND s.note IS NOT NULL"));
    }

    [Fact]
    public void Every_known_member_says_why()
    {
        Assert.NotEmpty(KnownMembers.Table);
        Assert.All(KnownMembers.Table.Values, entry => Assert.True(entry.GeonameId > 0 && entry.Why.Length > 20, entry.Why));
    }

    [Fact]
    public void A_namesake_in_a_named_country_wins_under_another_variant_of_the_name()
    {
        // "Panama City" is the name of a city in Florida; the capital of Panama is "Panamá" ("Panama" without " City").
        var gazetteer = new Gazetteer(
        [
            new GeoNamesRecord(4167694, "Panama City", "Panama City", [], 30.16, -85.66, "PPL", "US", 36877, 1),
            new GeoNamesRecord(3703443, "Panamá", "Panama", ["Panama"], 8.99, -79.52, "PPLC", "PA", 408168, 2),
        ]);

        Assert.Equal(4167694, gazetteer.Resolve("Panama City", null, out _)!.City.Id);
        var match = gazetteer.Resolve("Panama City", null, out _, preferredCountries: ["PA"])!;
        Assert.Equal(3703443, match.City.Id);
        Assert.Equal("matched by name and the country its description names", match.Method);
        // A country with no namesake under any variant changes nothing.
        Assert.Equal(4167694, gazetteer.Resolve("Panama City", null, out _, preferredCountries: ["PT"])!.City.Id);
    }
}
