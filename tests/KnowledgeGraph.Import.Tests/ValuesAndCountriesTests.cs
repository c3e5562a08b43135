using KnowledgeGraph.Import.Csv;
using KnowledgeGraph.Import.Geo;

namespace KnowledgeGraph.Import.Tests;

public class ValuesAndCountriesTests
{
    [Theory]
    [InlineData("3,412055", 3.412055)]
    [InlineData("43.39864", 43.39864)]
    [InlineData("-8,61099", -8.61099)]
    public void Decimal_reads_decimal_commas_and_points(string raw, double expected) =>
        Assert.Equal(expected, Values.Decimal(raw)!.Value, 6);

    [Theory]
    [InlineData("NA")]
    [InlineData("n/a")]
    [InlineData("")]
    [InlineData("  ")]
    public void Missing_markers_are_no_value(string raw)
    {
        Assert.Null(Values.Text(raw));
        Assert.Null(Values.Decimal(raw));
        Assert.Null(Values.Money(raw));
    }

    [Fact]
    public void Money_reads_thousands_separators() => Assert.Equal(4240820.46m, Values.Money("4,240,820.46"));

    [Fact]
    public void Dates_are_iso() => Assert.Equal("2015-10-27", Values.Date("2015/10/27"));

    [Theory]
    [InlineData("Germany", "DE")]
    [InlineData("DE Germany / DEUTSCHLAND", "DE")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Czechia", "CZ")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("UNITED KINGDOM", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("EL", "GR")]
    [InlineData("EL Greece / ΕΛΛΑΔΑ (ELLADA)", "GR")]
    [InlineData("Macedonia", "MK")]
    [InlineData("Kosovo", "XK")]
    [InlineData("RS  / Serbia", "RS")]
    [InlineData("Scotland", "GB")]
    [InlineData("Georgia (country)", "GE")]
    [InlineData("Deutschland", "DE")]
    [InlineData("IT", "IT")]
    public void Countries_resolve_to_iso_codes(string text, string code) => Assert.Equal(code, CountryCodes.Resolve(text));

    [Fact]
    public void Unknown_countries_resolve_to_null() => Assert.Null(CountryCodes.Resolve("Atlantis"));

    [Fact]
    public void A_text_names_its_countries() => Assert.Contains("NI", CountryCodes.MentionedIn("Granada, in Nicaragua, draws on its heritage"));
}
