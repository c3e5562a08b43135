using System.Text;
using KnowledgeGraph.Import.Csv;

namespace KnowledgeGraph.Import.Tests;

public class CsvTableTests
{
    private const string Text = "Town,Country,Note\r\n\"Zürich\",CH,\" Züri, \"\"the city\"\" \"\r\nTorino,NA,\r\n Kraków ,PL,\"two\nlines\"\r\nΑθήνα,GR,n/a\r\n";

    private static List<(long Row, string? Town, string? Country, string? Note, string Raw)> Read(string path) =>
        CsvTable.Read(path, "test.csv", "Town", "Country")
            .Select(r => (r.Row, r["Town"], r["country"], r["Note"], r.Raw("Note")))
            .ToList();

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Every_encoding_with_its_byte_order_mark_reads_the_same(string encoding)
    {
        using var temp = new TempFolder(copyFixtures: false);
        var path = Path.Combine(temp.Path, "test.csv");
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)],
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)],
        };
        File.WriteAllBytes(path, bytes);

        Assert.Equal(
            [
                (2L, "Zürich", "CH", "Züri, \"the city\"", " Züri, \"the city\" "),
                (3L, "Torino", null, null, ""),
                (4L, "Kraków", "PL", "two\nlines", "two\nlines"),
                (5L, "Αθήνα", "GR", null, "n/a"),
            ],
            Read(path));
    }

    [Fact]
    public void A_field_read_again_gives_the_same_value_and_a_repeated_value_one_string()
    {
        using var temp = new TempFolder(copyFixtures: false);
        var path = Path.Combine(temp.Path, "test.csv");
        File.WriteAllText(path, "Town,Country\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"Town {i},Italy\n")));

        var rows = CsvTable.Read(path, "test.csv").ToList();

        Assert.Equal(50, rows.Count);
        Assert.All(rows, r => Assert.Same(r["Country"], r["Country"]));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"Town {i}"), rows.Select(r => r["Town"]));
        Assert.Null(rows[0]["Missing column"]);
        Assert.Null(rows[0]["Missing column"]);
    }

    [Fact]
    public void A_quote_left_open_names_the_file_and_row()
    {
        using var temp = new TempFolder(copyFixtures: false);
        var path = Path.Combine(temp.Path, "test.csv");
        File.WriteAllText(path, "Town,Country\nTorino,IT\n\"Milano,IT\n");

        var ex = Assert.Throws<ImportException>(() => CsvTable.Read(path, "folder/test.csv").ToList());

        Assert.StartsWith("folder/test.csv: row 3:", ex.Message);
    }

    [Theory]
    [InlineData(" NA ", null)]
    [InlineData("none", null)]
    [InlineData("\u00a0-\u00a0", null)]
    [InlineData("NAN", null)]
    [InlineData("NA NA", "NA NA")]
    [InlineData("Nantes", "Nantes")]
    [InlineData(" a longer value ", "a longer value")]
    public void Missing_value_markers_are_no_value(string raw, string? expected) => Assert.Equal(expected, Values.Text(raw));
}
