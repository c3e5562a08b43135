using KnowledgeGraph.Import.Graph;
using KnowledgeGraph.Import.KeepEu;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Import.Tests;

public class BatchBuilderTests
{
    private static Source Row(int row) => new("study:test", Certainty.Stated) { Dataset = "f.csv", Row = row.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(40)]
    public void Sources_claims_and_aliases_are_kept_once_in_first_order_however_many(int count)
    {
        var batch = new BatchBuilder("test");
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < count; i++)
            {
                // Equal but distinct objects each round: kept once by value.
                batch.Node("Country", "country:it", "Italy", Row(i));
                batch.Claim("country:it", "isoCode", "IT", Row(i));
                batch.Alias("country:it", $"Name {i}");
                batch.Relationship("COOPERATES_WITH", "city:b", "city:a", Row(count - i), claims: ("basis", "twinning"));
            }
        }

        var built = batch.Build();
        var node = Assert.Single(built.Nodes);
        Assert.Equal(Enumerable.Range(0, count).Select(Row), node.Sources);
        Assert.Equal(Enumerable.Range(0, count).Select(i => new PropertyClaim("isoCode", "IT", Row(i))), node.Claims);
        Assert.Equal(Enumerable.Range(0, count).Select(i => new Alias($"Name {i}")), node.Aliases);
        var rel = Assert.Single(built.Relationships);
        Assert.Equal(("city:a", "city:b"), (rel.FromId, rel.ToId));
        Assert.Equal(Enumerable.Range(0, count).Select(i => Row(count - i)), rel.Sources);
        Assert.Equal(count, rel.Claims.Count);
    }

    [Fact]
    public void The_name_is_no_alias_and_an_alias_differing_in_case_is_kept()
    {
        var batch = new BatchBuilder("test");
        batch.Node("City", "city:geonames:1", "Turin", Row(2));
        foreach (var alias in new[] { "Turin", " Torino ", "Torino", "TORINO", "" })
        {
            batch.Alias("city:geonames:1", alias);
        }
        Assert.Equal(["Torino", "TORINO"], batch.Build().Nodes.Single().Aliases.Select(a => a.Name));
    }

    [Theory]
    [InlineData("2014 - 2020 INTERREG V-A Romania - Bulgaria", "INTERREG V-A Romania - Bulgaria", "2014-2020", "programme:interreg-v-a-romania-bulgaria")]
    [InlineData("2014-2020 URBACT III.", "URBACT III", "2014-2020", "programme:urbact-iii")]
    [InlineData("Interreg Europe", "Interreg Europe", null, "programme:interreg-europe")]
    [InlineData(" 2014 - 2020 ", "2014 - 2020", "2014-2020", "programme:2014-2020")]
    public void Programme_names_parse_the_same_every_time_and_on_every_thread(string programme, string name, string? period, string id)
    {
        var results = Enumerable.Range(0, 64).AsParallel()
            .Select(_ => (KeepEuProgramme.Name(programme), KeepEuProgramme.Period(programme), KeepEuProgramme.Id(programme)))
            .Distinct().ToList();
        Assert.Equal((name, period, id), Assert.Single(results));
    }
}
