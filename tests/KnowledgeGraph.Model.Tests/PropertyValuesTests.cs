using System.Globalization;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Model.Tests;

public class PropertyValuesTests
{
    private static PropertyDefinition P(PropertyType type) =>
        type == PropertyType.Enum
            ? PropertyDefinition.OneOf("eventType", "test", "forum", "training session")
            : new PropertyDefinition("value", type, "test");

    public static TheoryData<PropertyType, object, object> Accepted => new()
    {
        { PropertyType.String, " EUROCITIES ", "EUROCITIES" },
        { PropertyType.Integer, "3128760", 3128760L },
        { PropertyType.Integer, " -7 ", -7L },
        { PropertyType.Integer, 42, 42L },
        { PropertyType.Integer, 42L, 42L },
        { PropertyType.Float, "41.3874", 41.3874 },
        { PropertyType.Float, "-2.17", -2.17 },
        { PropertyType.Float, 2, 2.0 },
        { PropertyType.Float, 2.5, 2.5 },
        { PropertyType.Money, "1250000.50", 1250000.50m },
        { PropertyType.Money, 100, 100m },
        { PropertyType.Money, 99.5m, 99.5m },
        { PropertyType.Boolean, true, true },
        { PropertyType.Boolean, "false", false },
        { PropertyType.Boolean, "True", true },
        { PropertyType.Date, "2019", "2019" },
        { PropertyType.Date, "2019-10", "2019-10" },
        { PropertyType.Date, "2019-10-09", "2019-10-09" },
        { PropertyType.Date, " 2012-11-21 ", "2012-11-21" },
        { PropertyType.Date, "2020-02-29", "2020-02-29" },
        { PropertyType.Date, 2019, "2019" },
        { PropertyType.Date, 2019L, "2019" },
        { PropertyType.Date, new DateOnly(2019, 10, 9), "2019-10-09" },
        { PropertyType.Date, new DateTime(2019, 10, 9, 15, 30, 0, DateTimeKind.Utc), "2019-10-09" },
        { PropertyType.Url, "https://www.eurocities.eu/", "https://www.eurocities.eu/" },
        { PropertyType.Url, " http://example.org/a?b=c ", "http://example.org/a?b=c" },
        { PropertyType.Enum, "forum", "forum" },
        { PropertyType.Enum, " Training Session ", "training session" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Coerces_valid_values_to_the_property_type(PropertyType type, object raw, object expected)
    {
        var error = PropertyValues.TryCoerce(P(type), raw, out var value);
        Assert.Null(error);
        Assert.Equal(expected, value);
        Assert.IsType(expected.GetType(), value);
    }

    public static TheoryData<PropertyType, object, string> Rejected => new()
    {
        { PropertyType.String, "   ", "must be non-empty text" },
        { PropertyType.String, 5L, "must be non-empty text" },
        { PropertyType.Integer, "many", "must be a whole number, not 'many'" },
        { PropertyType.Integer, "4.5", "must be a whole number" },
        { PropertyType.Integer, 4.5, "must be a whole number" },
        { PropertyType.Integer, "1e3", "must be a whole number" },
        { PropertyType.Float, "north", "must be a number, not 'north'" },
        { PropertyType.Float, "NaN", "must be a number" },
        { PropertyType.Float, double.PositiveInfinity, "must be a finite number" },
        { PropertyType.Money, "-5", "must be an amount in EUR" },
        { PropertyType.Money, -5, "must not be negative" },
        { PropertyType.Money, "lots", "must be an amount in EUR" },
        { PropertyType.Boolean, "yes", "must be true or false" },
        { PropertyType.Boolean, 1, "must be true or false" },
        { PropertyType.Date, "2019-13", "must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '2019-13'" },
        { PropertyType.Date, "2019-02-30", "must be a date" },
        { PropertyType.Date, "2019-1", "must be a date" },
        { PropertyType.Date, "2019-1-05", "must be a date" },
        { PropertyType.Date, "19", "must be a date" },
        { PropertyType.Date, "2019/10/09", "must be a date" },
        { PropertyType.Date, "9 October 2019", "must be a date" },
        { PropertyType.Date, "2019-10-09T10:00", "must be a date" },
        { PropertyType.Date, 19, "must be a date" },
        { PropertyType.Url, "www.eurocities.eu", "must be an absolute http(s) URL" },
        { PropertyType.Url, "ftp://example.org/file", "must be an absolute http(s) URL" },
        { PropertyType.Url, "mailto:info@example.org", "must be an absolute http(s) URL" },
        { PropertyType.Enum, "party", "must be one of: forum, training session; not 'party'" },
        { PropertyType.Enum, 3, "must be one of" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Rejects_values_that_do_not_fit_and_says_why(PropertyType type, object raw, string reason)
    {
        var error = PropertyValues.TryCoerce(P(type), raw, out _);
        Assert.NotNull(error);
        Assert.Contains(reason, error);
        Assert.StartsWith($"'{P(type).Name}'", error);
    }

    [Fact]
    public void Every_property_type_is_covered_by_these_tests()
    {
        var covered = Accepted.Select(row => (PropertyType)row[0]).Concat(Rejected.Select(row => (PropertyType)row[0])).ToHashSet();
        Assert.Equal(Enum.GetValues<PropertyType>().ToHashSet(), covered);
    }

    [Theory]
    [InlineData(PropertyType.String)]
    [InlineData(PropertyType.Integer)]
    [InlineData(PropertyType.Float)]
    [InlineData(PropertyType.Money)]
    [InlineData(PropertyType.Boolean)]
    [InlineData(PropertyType.Date)]
    [InlineData(PropertyType.Url)]
    [InlineData(PropertyType.Enum)]
    public void A_missing_value_is_rejected_for_every_type(PropertyType type) =>
        Assert.Equal($"'{P(type).Name}' has no value", PropertyValues.TryCoerce(P(type), null, out _));

    [Theory]
    [InlineData("2019", true)]
    [InlineData("2019-10", true)]
    [InlineData("2019-10-31", true)]
    [InlineData("2019-13", false)]
    [InlineData("2019-00", false)]
    [InlineData("2019-11-31", false)]
    [InlineData("2021-02-29", false)]
    [InlineData("0000", false)]
    [InlineData("20190", false)]
    [InlineData("", false)]
    public void IsPartialDate_needs_a_real_month_and_day(string text, bool expected) => Assert.Equal(expected, PropertyValues.IsPartialDate(text));

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2000-02-29", true)]
    [InlineData("1900-02-29", false)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("２０１９", false)]
    [InlineData("2019/10", false)]
    [InlineData("2019-1-01", false)]
    [InlineData(" 2019", false)]
    [InlineData("2019-10-3 ", false)]
    [InlineData("+201", false)]
    public void IsPartialDate_edge_cases(string text, bool expected) => Assert.Equal(expected, PropertyValues.IsPartialDate(text));

    [Fact]
    public void IsPartialDate_agrees_with_parsing_the_three_formats()
    {
        // The definition: what DateTime.TryParseExact accepts for YYYY, YYYY-MM and YYYY-MM-DD.
        static bool Parses(string text) => text.Length is 4 or 7 or 10 &&
            DateTime.TryParseExact(text, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        var texts = new List<string>();
        foreach (var year in new[] { "0000", "0001", "1600", "1900", "1999", "2000", "2023", "2024", "9999", "20a9", "-201", "2 19" })
        {
            texts.Add(year);
            for (var month = -1; month <= 14; month++)
            {
                var mm = month < 0 ? "x1" : month.ToString("00", CultureInfo.InvariantCulture);
                texts.Add($"{year}-{mm}");
                texts.Add($"{year}/{mm}");
                for (var day = -1; day <= 32; day++)
                {
                    var dd = day < 0 ? "1x" : day.ToString("00", CultureInfo.InvariantCulture);
                    texts.Add($"{year}-{mm}-{dd}");
                    texts.Add($"{year}-{mm}.{dd}");
                }
            }
        }
        var random = new Random(20261202);
        const string alphabet = "0123456789-/ x+.";
        for (var i = 0; i < 20_000; i++)
        {
            var length = new[] { 4, 7, 10 }[random.Next(3)];
            texts.Add(new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        }

        var disagreements = texts.Where(t => PropertyValues.IsPartialDate(t) != Parses(t)).ToList();

        Assert.Empty(disagreements);
        Assert.Contains(texts, PropertyValues.IsPartialDate);
    }
}
