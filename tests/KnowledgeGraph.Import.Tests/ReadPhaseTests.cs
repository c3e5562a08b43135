using KnowledgeGraph.Import.Geo;
using KnowledgeGraph.Import.GeoNames;
using KnowledgeGraph.Model.Facts;

namespace KnowledgeGraph.Import.Tests;

/// <summary>The read phase's shortcuts give what reading everything in turn gives.</summary>
public class ReadPhaseTests
{
    private static string GeoNamesFixture => Path.Combine(TestData.Fixtures, "geonames", "cities15000.txt");

    [Fact]
    public void Load_keeps_every_record_of_the_file_in_file_order()
    {
        var gazetteer = Gazetteer.Load(GeoNamesFixture);
        var read = GeoNamesFile.Read(GeoNamesFixture, "cities15000.txt").ToList();

        Assert.Equal(Path.GetFullPath(GeoNamesFixture), gazetteer.SourcePath);
        Assert.Equal(read.Select(r => (r.Id, r.Row, r.Name)), gazetteer.Records.Select(r => (r.Id, r.Row, r.Name)));
        Assert.True(gazetteer.Records.Count > 5);
    }

    [Fact]
    public void A_gazetteer_built_from_records_has_no_file()
    {
        var gazetteer = new Gazetteer(GeoNamesFile.Read(GeoNamesFixture, "cities15000.txt"));

        Assert.Null(gazetteer.SourcePath);
        Assert.Empty(gazetteer.Records);
        Assert.Equal(3165524, gazetteer.Resolve("Torino", "IT", out _)!.City.Id);
    }

    [Fact]
    public void A_duplicate_line_is_kept_in_the_records_and_indexed_once()
    {
        using var temp = new TempFolder(copyFixtures: false);
        var lines = File.ReadAllLines(GeoNamesFixture).Where(l => l.Length > 0 && l[0] != '#').ToList();
        var file = Path.Combine(temp.Path, "cities15000.txt");
        File.WriteAllLines(file, [.. lines, lines[0]]);

        var gazetteer = Gazetteer.Load(file);

        Assert.Equal(lines.Count + 1, gazetteer.Records.Count);
        Assert.Equal(lines.Count, gazetteer.Count);
        var first = gazetteer.Records[0];
        var match = gazetteer.Resolve(first.Name, first.CountryCode, out var reason);
        Assert.True(match is not null, reason);
        Assert.DoesNotContain("most populous of", match.Method);
    }

    [Fact]
    public void The_geonames_import_gives_the_same_batch_from_the_gazetteers_records_as_from_the_file()
    {
        // Loaded from the imported file: the importer takes the records the gazetteer read.
        var fromRecords = new GeoNamesImporter().Import(GeoNamesFixture, new ImportContext(Gazetteer.Load(GeoNamesFixture)));
        // Built from records in memory: the importer reads the file itself.
        var fromFile = new GeoNamesImporter().Import(GeoNamesFixture, new ImportContext(new Gazetteer(GeoNamesFile.Read(GeoNamesFixture, "x"))));

        Assert.Equal(Describe(fromFile), Describe(fromRecords));
        Assert.Contains(fromRecords.Single().Nodes, n => n.Id == "city:geonames:3165524");
    }

    [Fact]
    public void A_gazetteer_of_another_file_does_not_stand_in_for_the_imported_file()
    {
        using var temp = new TempFolder(copyFixtures: false);
        var lines = File.ReadAllLines(GeoNamesFixture).Where(l => l.Length > 0 && l[0] != '#').ToList();
        var other = Path.Combine(temp.Path, "other.txt");
        File.WriteAllLines(other, lines.Take(2));

        var batch = new GeoNamesImporter().Import(GeoNamesFixture, new ImportContext(Gazetteer.Load(other))).Single();

        Assert.Equal(lines.Count, batch.Nodes.Count(n => n.Kind == "City"));
    }

    [Fact]
    public void A_malformed_gazetteer_file_is_an_error_naming_the_row()
    {
        using var temp = new TempFolder(copyFixtures: false);
        var file = Path.Combine(temp.Path, "cities15000.txt");
        File.WriteAllLines(file, [File.ReadAllLines(GeoNamesFixture).First(l => l.Length > 0 && l[0] != '#'), "12\tonly\tthree"]);

        var ex = Assert.Throws<ImportException>(() => Gazetteer.Load(file));

        Assert.Contains("row 2", ex.Message);
    }

    [Fact]
    public void Aliases_keep_latin_names_once_without_codes_links_or_punctuation()
    {
        string[] alternates =
        [
            "TRN", "Torino", "Turin", "Турин", "--", "·", "http://torino.it", "Torino", "Turín", "T1", "TORINO CITY", "Tórínó", "12",
            .. Enumerable.Range(0, 20).Select(i => $"Name {i}"),
        ];
        var city = new GeoNamesRecord(3165524, "Turin", "Turin", alternates, 45.07, 7.68, "PPLA", "IT", 870456, 2);

        var aliases = GeoNamesImporter.Aliases(city).ToList();

        Assert.Equal(["Torino", "Turín", "TORINO CITY", "Tórínó", .. Enumerable.Range(0, 11).Select(i => $"Name {i}")], aliases);
        Assert.Equal(GeoNamesImporter.MaxAliases, aliases.Count);
    }

    private static List<string> Describe(IReadOnlyList<GraphBatch> batches) =>
        batches.SelectMany(b => b.Nodes.Select(n =>
                $"{b.Name}|{n.Kind}|{n.Id}|{n.Name}|{n.Description}|{n.Origin}|{string.Join(";", n.Aliases)}|{string.Join(";", n.Claims)}|{string.Join(";", n.Sources)}")
            .Concat(b.Relationships.Select(r => $"{b.Name}|{r.Type}|{r.FromId}|{r.ToId}|{r.Origin}|{string.Join(";", r.Claims)}|{string.Join(";", r.Sources)}")))
            .ToList();
}
