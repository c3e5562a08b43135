using KnowledgeGraph.Store;

namespace KnowledgeGraph.Import.Tests;

public class ImportFixtureTests
{
    [Fact]
    public async Task Import_all_resolves_cities_across_sources_and_records_how()
    {
        using var temp = new TempFolder();
        var (plan, report) = await TestData.ImportAsync(temp.Store, "all", temp.Data);
        Assert.True(report.Count(ChangeKind.NodeAdded) > 0);
        // Torino (keep.eu, ETMUN, UNESCO, twin towns) and Turin (GeoNames) are one node.
        var turin = "city:geonames:3165524";
        Assert.Equal(1L, TestData.Scalar(temp.Store, $"SELECT count(*) FROM nodes WHERE id = '{turin}'"));
        Assert.Equal(0L, TestData.Scalar(temp.Store, "SELECT count(*) FROM nodes WHERE kind = 'City' AND id NOT LIKE 'city:geonames:%'"));
        var notes = TestData.Column(temp.Store, $"SELECT DISTINCT s.note FROM sources s JOIN nodes n ON n.seq = s.node WHERE n.id = '{turin}' AND s.note IS NOT NULL");
        Assert.Contains(notes, n => n.StartsWith("matched by geonameId", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("matched by alternate name and country", StringComparison.Ordinal));
        // Bruxelles (ETMUN) is Brussels; the partner in Bruxelles is located there.
        Assert.Equal(1L, TestData.Scalar(temp.Store, """
            SELECT count(*) FROM edges e JOIN nodes o ON o.seq = e.src JOIN nodes c ON c.seq = e.dst
            WHERE e.type = 'LOCATED_IN' AND o.name = 'Université Libre de Bruxelles' AND c.id = 'city:geonames:2800866'
            """));
        // Venezia was geocoded to Mestre by the geocoded partners file.
        Assert.Equal(1L, TestData.Scalar(temp.Store, """
            SELECT count(*) FROM edges e JOIN nodes o ON o.seq = e.src JOIN nodes c ON c.seq = e.dst
            WHERE e.type = 'LOCATED_IN' AND o.name = 'Comune di Venezia' AND c.id = 'city:geonames:3173529'
            """));
        // A geonameId outside the gazetteer still gives a GeoNames-backed city.
        Assert.Equal("Mikulov", TestData.Scalar(temp.Store, "SELECT name FROM nodes WHERE id = 'city:geonames:3070865'"));
        Assert.True(plan.Context.Report.Unmatched.Count > 0);
    }

    [Fact]
    public async Task Every_fact_has_its_dataset_row_and_every_dataset_is_a_study()
    {
        using var temp = new TempFolder();
        await TestData.ImportAsync(temp.Store, "all", temp.Data);
        Assert.Equal(7L, TestData.Scalar(temp.Store, "SELECT count(*) FROM nodes WHERE kind = 'Study'"));
        Assert.Equal(7L, TestData.Scalar(temp.Store, "SELECT count(*) FROM edges WHERE type = 'PUBLISHED_BY'"));
        Assert.Equal(0L, TestData.Scalar(temp.Store, "SELECT count(*) FROM edges e WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.edge = e.seq)"));
        Assert.Equal(0L, TestData.Scalar(temp.Store, "SELECT count(*) FROM sources WHERE dataset IS NULL"));
        Assert.Equal("dataset", TestData.Scalar(temp.Store, "SELECT json_extract(props, '$.studyType') FROM nodes WHERE id = 'study:keep-eu-interreg-2014-2020'"));
        Assert.NotNull(TestData.Scalar(temp.Store, "SELECT json_extract(props, '$.retrieved') FROM nodes WHERE id = 'study:geonames-cities'"));
        Assert.Equal(1L, TestData.Scalar(temp.Store, """
            SELECT count(*) FROM sources s JOIN edges e ON e.seq = s.edge JOIN nodes o ON o.seq = e.src
            WHERE e.type = 'PARTNER_IN' AND o.name = 'Stadt Zürich' AND s.dataset = 'interreg-2014-2020/partners.csv' AND s.row = '4' AND s.property IS NULL
            """));
    }

    [Fact]
    public async Task Themes_keep_the_source_label()
    {
        using var temp = new TempFolder();
        await TestData.ImportAsync(temp.Store, "all", temp.Data);
        var labels = TestData.Column(temp.Store, """
            SELECT DISTINCT json_extract(s.value, '$') FROM sources s JOIN edges e ON e.seq = s.edge JOIN nodes t ON t.seq = e.dst
            WHERE e.type = 'ADDRESSES' AND t.id = 'theme:culture' AND s.property = 'sourceLabel' ORDER BY 1
            """);
        Assert.Equal(["Cultural heritage and arts", "Culture & Heritage"], labels);
        Assert.Equal(1L, TestData.Scalar(temp.Store, """
            SELECT count(*) FROM edges e JOIN nodes n ON n.seq = e.src JOIN nodes t ON t.seq = e.dst
            WHERE e.type = 'ADDRESSES' AND n.id = 'network:unesco-creative-cities-network' AND t.id = 'theme:creative-industries'
            """));
        Assert.Equal("Design", TestData.Scalar(temp.Store, """
            SELECT json_extract(e.props, '$.status') FROM edges e JOIN nodes c ON c.seq = e.src
            WHERE e.type = 'MEMBER_OF' AND c.id = 'city:geonames:3165524' AND e.dst = (SELECT seq FROM nodes WHERE id = 'network:unesco-creative-cities-network')
            """));
    }

    [Fact]
    public async Task Networks_projects_and_twins_have_the_expected_shape()
    {
        using var temp = new TempFolder();
        await TestData.ImportAsync(temp.Store, "all", temp.Data);
        var eurocities = TestData.Column(temp.Store, """
            SELECT c.name FROM edges e JOIN nodes c ON c.seq = e.src JOIN nodes n ON n.seq = e.dst
            WHERE e.type = 'MEMBER_OF' AND n.id = 'network:eurocities' AND c.kind = 'City' ORDER BY 1
            """);
        Assert.Equal(["Brussels", "Lyon", "Turin"], eurocities);
        Assert.Equal("1994", TestData.Scalar(temp.Store, "SELECT json_extract(e.props, '$.since') FROM edges e JOIN nodes c ON c.seq = e.src WHERE e.type = 'MEMBER_OF' AND c.id = 'city:geonames:3165524' AND e.dst = (SELECT seq FROM nodes WHERE id = 'network:eurocities')"));
        // Torino–Lyon and Lyon–Turin are one twinning.
        Assert.Equal(1L, TestData.Scalar(temp.Store, """
            SELECT count(*) FROM edges e JOIN nodes a ON a.seq = e.src JOIN nodes b ON b.seq = e.dst
            WHERE e.type = 'COOPERATES_WITH' AND a.id IN ('city:geonames:3165524', 'city:geonames:2996944') AND b.id IN ('city:geonames:3165524', 'city:geonames:2996944')
            """));
        // keep.eu's URBACT III project and the URBACT network are one project, funded by URBACT III.
        Assert.Equal(1L, TestData.Scalar(temp.Store, "SELECT count(*) FROM nodes WHERE kind = 'Project' AND name = '2nd Chance'"));
        Assert.Equal(1L, TestData.Scalar(temp.Store, """
            SELECT count(*) FROM edges e JOIN nodes p ON p.seq = e.src JOIN nodes g ON g.seq = e.dst
            WHERE e.type = 'FUNDED_BY' AND p.name = '2nd Chance' AND g.id = 'programme:urbact-iii'
            """));
        // ALPCULT is in two programmes: two projects, told apart by name.
        Assert.Equal(2L, TestData.Scalar(temp.Store, "SELECT count(*) FROM nodes WHERE kind = 'Project' AND json_extract(props, '$.acronym') = 'ALPCULT'"));
        Assert.Equal(1250000.50, Convert.ToDouble(TestData.Scalar(temp.Store, "SELECT json_extract(props, '$.budget') FROM nodes WHERE id = 'project:keep-eu:interreg-vb-alpine-space:alpcult'"), System.Globalization.CultureInfo.InvariantCulture));
        // City pairs sharing a culture project: Turin, Brussels and Zürich share ALPCULT.
        var pairs = (long)TestData.Scalar(temp.Store, SharedCultureProjectPairs)!;
        Assert.True(pairs >= 3, $"{pairs} pairs");
    }

    /// <summary>City pairs whose organisations or who themselves are partners of one project addressing culture or creative industries.</summary>
    public const string SharedCultureProjectPairs = """
        WITH project_city AS (
            SELECT p.seq AS project, l.dst AS city FROM edges pi JOIN nodes p ON p.seq = pi.dst
              JOIN edges l ON l.src = pi.src AND l.type = 'LOCATED_IN' WHERE pi.type = 'PARTNER_IN'
            UNION
            SELECT pi.dst, pi.src FROM edges pi JOIN nodes c ON c.seq = pi.src AND c.kind = 'City' WHERE pi.type = 'PARTNER_IN'),
        themed AS (
            SELECT DISTINCT a.src AS project FROM edges a JOIN nodes t ON t.seq = a.dst
            WHERE a.type = 'ADDRESSES' AND t.id IN ('theme:culture', 'theme:creative-industries'))
        SELECT count(DISTINCT x.city || '-' || y.city) FROM project_city x JOIN project_city y ON x.project = y.project AND x.city < y.city
        WHERE x.project IN (SELECT project FROM themed)
        """;

    [Fact]
    public async Task Importing_again_adds_nothing()
    {
        using var temp = new TempFolder();
        await TestData.ImportAsync(temp.Store, "all", temp.Data);
        var (_, second) = await TestData.ImportAsync(temp.Store, "all", temp.Data);
        Assert.True(second.IsEmpty, string.Join(Environment.NewLine, second.Changes.Take(10)));
    }

    [Fact]
    public async Task A_newer_export_updates_the_changed_value()
    {
        using var temp = new TempFolder();
        await TestData.ImportAsync(temp.Store, "keep-eu", Path.Combine(temp.Data, "interreg-2014-2020"));
        var projects = Path.Combine(temp.Data, "interreg-2014-2020", "projects.csv");
        var lastWrite = File.GetLastWriteTimeUtc(projects);
        File.WriteAllText(projects, File.ReadAllText(projects).Replace("\"1,250,000.50\"", "\"1,300,000.00\"", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(projects, lastWrite);
        var (_, report) = await TestData.ImportAsync(temp.Store, "keep-eu", Path.Combine(temp.Data, "interreg-2014-2020"));
        var changed = Assert.Single(report.Changes, c => c.Kind == ChangeKind.PropertyChanged);
        Assert.Contains("budget", changed.Detail, StringComparison.Ordinal);
        Assert.Equal(0, report.Count(ChangeKind.NodeAdded) + report.Count(ChangeKind.RelationshipAdded));
        Assert.Equal(1300000.0, Convert.ToDouble(TestData.Scalar(temp.Store, "SELECT json_extract(props, '$.budget') FROM nodes WHERE id = 'project:keep-eu:interreg-vb-alpine-space:alpcult'"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Unmatched_rows_are_reported_not_dropped()
    {
        using var temp = new TempFolder();
        var (plan, _) = await TestData.ImportAsync(temp.Store, "all", temp.Data);
        var unmatched = plan.Context.Report.Unmatched;
        Assert.Contains(unmatched, u => u.Source == "keep-eu" && u.File == "interreg-2014-2020/partners.csv" && u.Row == 5 && u.What == "partner town");
        Assert.Contains(unmatched, u => u.Source == "urbact" && u.Value.StartsWith("Atlantis", StringComparison.Ordinal));
        Assert.Contains(unmatched, u => u.Source == "twin-towns" && u.Value.StartsWith("Bérat", StringComparison.Ordinal));
        Assert.Contains(unmatched, u => u.Source == "unesco" && u.Value == "Nowhere Town");
        Assert.Contains(unmatched, u => u.Source == "municipal-networks" && u.Value.StartsWith("Smallville", StringComparison.Ordinal));
        // The unmatched partner is still imported, linked to its country.
        Assert.Equal("country:gb", TestData.Scalar(temp.Store, """
            SELECT c.id FROM edges e JOIN nodes o ON o.seq = e.src JOIN nodes c ON c.seq = e.dst WHERE e.type = 'IN_COUNTRY' AND o.name = 'Rural Museum Trust'
            """));
        var csv = Path.Combine(temp.Path, "unmatched.csv");
        plan.Context.Report.WriteUnmatchedCsv(csv);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("source,file,row,what,value,reason", lines[0]);
        Assert.Equal(unmatched.Count + 1, lines.Length);
    }

    [Fact]
    public async Task A_missing_column_names_the_file_and_row_and_writes_nothing()
    {
        using var temp = new TempFolder();
        await TestData.ImportAsync(temp.Store, "geonames", Path.Combine(temp.Data, "geonames"));
        var before = TestData.Scalar(temp.Store, "SELECT count(*) FROM nodes");
        var partners = Path.Combine(temp.Data, "interreg-2014-2020", "partners.csv");
        File.WriteAllLines(partners, File.ReadAllLines(partners).Select((l, i) => i == 0 ? l.Replace("Town,", "Place,", StringComparison.Ordinal) : l));
        var ex = Assert.Throws<ImportException>(() => ImportPlan.Prepare("all", temp.Data));
        Assert.Contains("interreg-2014-2020/partners.csv: row 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Town'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, TestData.Scalar(temp.Store, "SELECT count(*) FROM nodes"));
    }

    [Fact]
    public void Malformed_csv_names_the_file_and_row()
    {
        using var temp = new TempFolder();
        var twins = Path.Combine(temp.Data, "twin-towns", "twin_cities.csv");
        File.AppendAllText(twins, "Lyon,France,45.76,4.84,\"Kra\"kow,Poland,50.06,19.93\n");
        var ex = Assert.Throws<ImportException>(() => ImportPlan.Prepare("twin-towns", Path.Combine(temp.Data, "twin-towns")));
        Assert.Contains("twin-towns/twin_cities.csv: row 8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_too_few_fields_names_the_file_and_row()
    {
        using var temp = new TempFolder();
        var unesco = Path.Combine(temp.Data, "unesco-creative-cities", "cities.csv");
        File.AppendAllText(unesco, "Lyon,Gastronomy\n");
        var ex = Assert.Throws<ImportException>(() => ImportPlan.Prepare("unesco", unesco));
        Assert.Contains("unesco-creative-cities/cities.csv: row 7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_gazetteer_is_a_clear_error()
    {
        using var temp = new TempFolder();
        File.Delete(Path.Combine(temp.Data, "geonames", "cities15000.txt"));
        var ex = Assert.Throws<ImportException>(() => ImportPlan.Prepare("urbact", Path.Combine(temp.Data, "urbact")));
        Assert.Contains("--geonames", ex.Message, StringComparison.Ordinal);
    }
}
