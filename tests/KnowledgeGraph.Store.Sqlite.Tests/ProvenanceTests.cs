using KnowledgeGraph.Model.Facts;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;

namespace KnowledgeGraph.Store.Sqlite.Tests;

public class ProvenanceTests : StoreTestBase
{
    [Fact]
    public async Task Conflicting_claims_are_kept_side_by_side_with_their_studies_and_quotes()
    {
        await LoadAsync(StudyText.Batch("study:a", """
              - id: network:eurocities
                kind: Network
                name: EUROCITIES
                quote: "EUROCITIES"
                properties:
                  memberCount: {value: 135, qualifier: exact, quote: "brings together 135 European cities"}
            """));
        var report = await LoadAsync(StudyText.Batch("study:b", """
              - id: network:eurocities
                kind: Network
                name: EUROCITIES
                quote: "EUROCITIES"
                properties:
                  memberCount: {value: 140, qualifier: more than, quote: "with over 140 members"}
            """));

        var network = await NodeAsync("network:eurocities");
        var claims = network.Claims.Where(c => c.Property == "memberCount").ToList();
        Assert.Equal(
        [
            (135L, "exact", "study:a", "brings together 135 European cities"),
            (140L, "more than", "study:b", "with over 140 members"),
        ], claims.Select(c => ((long)c.Value!, c.Qualifier, c.Source.StudyId, c.Source.Quote)));
        // The value shown is the preferred claim (ClaimPreference): the exact 135 before the qualified "over 140",
        // though "over 140" was loaded last; so the later load changes no value.
        Assert.Equal(135L, network.Properties["memberCount"]);
        Assert.DoesNotContain(report.Changes, c => c.Kind == ChangeKind.PropertyChanged);
    }

    [Fact]
    public async Task Inferred_facts_are_stored_as_inferred_with_their_note()
    {
        await LoadAsync(StudyText.Batch("study:a", """
              - id: city:terrassa
                kind: City
                name: Terrassa
                quote: "Terrassa"
              - id: country:es
                kind: Country
                name: Spain
                inferred: true
                note: "Not named in the text; Terrassa is in Spain"
            """, """
              - type: IN_COUNTRY
                from: city:terrassa
                to: country:es
                inferred: true
                note: "Terrassa is in Spain"
            """));

        var rel = Assert.Single(await RelationshipsAsync());
        Assert.Equal(new StoredSource("study:a", Certainty.Inferred, null, null, null, "Terrassa is in Spain"), Assert.Single(rel.Sources));
        var spain = await NodeAsync("country:es");
        Assert.Equal(new StoredSource("study:a", Certainty.Inferred, null, null, null, "Not named in the text; Terrassa is in Spain"), Assert.Single(spain.Sources));
        var terrassa = await NodeAsync("city:terrassa");
        Assert.Equal(new StoredSource("study:a", Certainty.Stated, "Terrassa", null, null, null), Assert.Single(terrassa.Sources));
    }

    [Fact]
    public async Task Every_source_names_a_stored_study()
    {
        await LoadAsync(StudyText.Batch("study:a", "  - {id: city:leeds, kind: City, name: Leeds, quote: Leeds, properties: {population: 800000}}"));
        var studies = Column("SELECT DISTINCT st.kind FROM sources s JOIN nodes st ON st.seq = s.study");
        Assert.Equal(["Study"], studies);
        var study = await NodeAsync("study:a");
        Assert.Equal("Study", study.Kind);
        Assert.Equal("study:a", Assert.Single(study.Sources).StudyId);
        var leeds = await NodeAsync("city:leeds");
        var population = Assert.Single(leeds.Claims);
        Assert.Equal(("population", 800000L, "Leeds"), (population.Property, population.Value, population.Source.Quote));
    }

    [Fact]
    public async Task A_second_source_for_a_known_fact_is_added_once()
    {
        var a = StudyText.Batch("study:a", "  - {id: city:leeds, kind: City, name: Leeds, quote: Leeds}");
        var b = StudyText.Batch("study:b", "  - {id: city:leeds, kind: City, name: Leeds, quote: Leeds}");
        await LoadAsync(a);
        var first = await LoadAsync(b);
        var again = await LoadAsync(b, a);

        Assert.Equal(["study:a", "study:b"], (await NodeAsync("city:leeds")).Sources.Select(s => s.StudyId));
        Assert.Contains(first.Changes, c => c.Kind == ChangeKind.SourceAdded && c.Subject == "city:leeds");
        Assert.True(again.IsEmpty, string.Join("\n", again.Changes));
    }
}
