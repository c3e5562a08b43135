using KnowledgeGraph.Import.Geo;

namespace KnowledgeGraph.Import.Tests;

public class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Load(Path.Combine(TestData.Fixtures, "geonames", "cities15000.txt"));

    [Theory]
    [InlineData("Torino", "IT", 3165524)]
    [InlineData("Turin", "IT", 3165524)]
    [InlineData("Bruxelles", "BE", 2800866)]
    [InlineData("Brussel", "BE", 2800866)]
    [InlineData("ZURICH", "CH", 2657896)]
    [InlineData("Zurich", "CH", 2657896)]
    [InlineData("Krakow", "PL", 3094802)]
    [InlineData("Xixón", "ES", 3121424)]
    [InlineData("Comune di Napoli", "IT", 3172394)]
    public void Names_in_other_languages_and_spellings_resolve(string name, string country, long id)
    {
        var match = Gazetteer.Resolve(name, country, out var reason);
        Assert.True(match is not null, reason);
        Assert.Equal(id, match.City.Id);
    }

    [Fact]
    public void The_method_is_recorded()
    {
        Assert.Equal("matched by alternate name and country", Gazetteer.Resolve("Torino", "IT", out _)!.Method);
        Assert.Equal("matched by name and country", Gazetteer.Resolve("Turin", "IT", out _)!.Method);
    }

    [Fact]
    public void The_country_decides_between_namesakes()
    {
        Assert.Equal(2509954, Gazetteer.Resolve("Valencia", "ES", out _)!.City.Id);
        Assert.Equal(3625549, Gazetteer.Resolve("Valencia", "VE", out _)!.City.Id);
    }

    [Fact]
    public void Without_a_country_the_most_populous_wins_unless_the_text_names_a_country()
    {
        Assert.Equal(3625549, Gazetteer.Resolve("Valencia", null, out _)!.City.Id);
        Assert.Equal(2509954, Gazetteer.Resolve("Valencia", null, out _, preferredCountries: ["ES"])!.City.Id);
    }

    [Fact]
    public void Coordinates_pick_the_nearest_namesake_and_reject_a_far_one()
    {
        Assert.Equal(6058560, Gazetteer.Resolve("London", null, out _, 42.98, -81.25)!.City.Id);
        Assert.Null(Gazetteer.Resolve("Lyon", "FR", out var reason, 48.85, 2.35));
        Assert.Contains("km from the given coordinates", reason);
    }

    [Fact]
    public void Unknown_and_empty_names_do_not_resolve()
    {
        Assert.Null(Gazetteer.Resolve("Atlantis", "ES", out var reason));
        Assert.Contains("no city named 'Atlantis' in ES", reason);
        Assert.Null(Gazetteer.Resolve("", "ES", out _));
        Assert.Null(Gazetteer.Resolve("Torino", "FR", out _));
    }
}
