using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;

namespace KnowledgeGraph.Store.Sqlite.Tests;

public class MergeTests : StoreTestBase
{
    private const string Barcelona = """
          - id: city:geonames:3128760
            kind: City
            name: Barcelona
            quote: "Barcelona"
            properties:
              geonamesId: {value: 3128760, inferred: true, note: "GeoNames"}
              countryCode: ES
        """;

    [Fact]
    public async Task A_city_named_by_another_id_with_the_same_geonames_id_merges_and_adds_its_source()
    {
        await LoadAsync(StudyText.Batch("study:a", Barcelona));

        var report = await LoadAsync(StudyText.Batch("study:b", """
              - id: city:bcn
                kind: City
                name: Barcelona (Catalonia)
                quote: "the city of Barcelona"
                properties:
                  geonamesId: {value: 3128760, inferred: true, note: "GeoNames"}
            """));

        var cities = (await NodesAsync()).Where(n => n.Kind == "City").ToList();
        var city = Assert.Single(cities);
        Assert.Equal("city:geonames:3128760", city.Id);
        Assert.Equal(["study:a", "study:b"], city.Sources.Select(s => s.StudyId));
        Assert.Contains(city.Aliases, a => a.Name == "Barcelona (Catalonia)");
        Assert.Equal("city:geonames:3128760", Resolve("city:bcn"));
        Assert.Contains(report.Changes, c => c.Kind == ChangeKind.NodeMerged && c.Subject == "city:geonames:3128760" && c.Detail == "city:bcn merged by external key");
        Assert.Contains(report.Changes, c => c.Kind == ChangeKind.SourceAdded && c.Subject == "city:geonames:3128760" && c.Detail == "study:b");
        Assert.DoesNotContain(report.Changes, c => c.Kind == ChangeKind.NodeAdded && c.Detail == "City");
    }

    [Theory]
    [InlineData("BARCELONE")]
    [InlineData("barcelone")]
    [InlineData("Barcelóne")]
    public async Task A_name_matching_an_alias_ignoring_case_and_accents_merges(string name)
    {
        await LoadAsync(StudyText.Batch("study:a", """
              - id: city:barcelona
                kind: City
                name: Barcelona
                aliases: [{name: Barcelone, lang: fr}]
                quote: "Barcelona"
                properties:
                  countryCode: ES
            """));

        var report = await LoadAsync(StudyText.Batch("study:b", $"""
              - id: city:barcelone
                kind: City
                name: {name}
                quote: "{name}"
                properties:
                  countryCode: ES
            """));

        var city = Assert.Single(await NodesAsync(), n => n.Kind == "City");
        Assert.Equal("city:barcelona", city.Id);
        Assert.Equal("city:barcelona", Resolve("city:barcelone"));
        Assert.Equal(["study:a", "study:b"], city.Sources.Select(s => s.StudyId));
        Assert.Contains(report.Changes, c => c.Kind == ChangeKind.NodeMerged && c.Detail == "city:barcelone merged by name");
    }

    [Fact]
    public async Task Cities_of_one_name_in_different_countries_stay_apart()
    {
        await LoadAsync(StudyText.Batch("study:a", """
              - id: city:valencia
                kind: City
                name: Valencia
                quote: "Valencia"
                properties:
                  countryCode: ES
            """));
        await LoadAsync(StudyText.Batch("study:b", """
              - id: city:valencia-ve
                kind: City
                name: Valencia
                quote: "Valencia, Venezuela"
                properties:
                  countryCode: VE
            """));

        var cities = (await NodesAsync()).Where(n => n.Kind == "City").ToList();
        Assert.Equal(["city:valencia", "city:valencia-ve"], cities.Select(c => c.Id));
        Assert.Equal(["ES", "VE"], cities.Select(c => c.Properties["countryCode"]));
    }

    [Fact]
    public async Task Cities_with_different_geonames_ids_stay_apart_even_with_one_name()
    {
        await LoadAsync(StudyText.Batch("study:a", Barcelona));
        await LoadAsync(StudyText.Batch("study:b", """
              - id: city:geonames:3128759
                kind: City
                name: Barcelona
                quote: "Barcelona, Venezuela"
                properties:
                  geonamesId: {value: 3128759, inferred: true, note: "GeoNames"}
            """));

        Assert.Equal(2, (await NodesAsync()).Count(n => n.Kind == "City"));
    }

    [Theory]
    [InlineData("Event", "event")]
    [InlineData("Study", "study")]
    public async Task Events_and_studies_do_not_merge_by_name(string kind, string prefix)
    {
        await LoadAsync(StudyText.Batch("study:a", $"""
              - id: {prefix}:culture-forum-2019
                kind: {kind}
                name: EUROCITIES Culture Forum
                quote: "EUROCITIES Culture Forum"
            """));
        await LoadAsync(StudyText.Batch("study:b", $"""
              - id: {prefix}:culture-forum-2020
                kind: {kind}
                name: EUROCITIES Culture Forum
                quote: "EUROCITIES Culture Forum"
            """));

        var named = (await NodesAsync()).Where(n => n.Name == "EUROCITIES Culture Forum").Select(n => n.Id).ToList();
        Assert.Equal([$"{prefix}:culture-forum-2019", $"{prefix}:culture-forum-2020"], named);
    }

    [Fact]
    public async Task Networks_do_merge_by_name()
    {
        await LoadAsync(StudyText.Batch("study:a", "  - {id: network:eurocities, kind: Network, name: EUROCITIES, quote: EUROCITIES}"));
        await LoadAsync(StudyText.Batch("study:b", "  - {id: network:euro-cities, kind: Network, name: Eurocities, quote: Eurocities}"));

        Assert.Equal(["network:eurocities"], (await NodesAsync()).Where(n => n.Kind == "Network").Select(n => n.Id));
        Assert.Equal("network:eurocities", Resolve("network:euro-cities"));
    }

    [Fact]
    public async Task A_node_renamed_to_its_canonical_external_id_still_resolves_by_its_old_id()
    {
        await LoadAsync(StudyText.Batch("study:a", """
              - id: city:bcn
                kind: City
                name: Barcelona
                quote: "Barcelona"
            """));
        var report = await LoadAsync(StudyText.Batch("study:b", """
              - id: city:bcn
                kind: City
                name: Barcelona
                quote: "Barcelona"
                properties:
                  geonamesId: {value: 3128760, inferred: true, note: "GeoNames"}
            """));
        Assert.Contains(report.Changes, c => c.Kind == ChangeKind.NodeMerged && c.Subject == "city:geonames:3128760" && c.Detail == "renamed from city:bcn (external key)");

        // A later study that only knows the old id links to the same node.
        await LoadAsync(StudyText.Batch("study:c", """
              - id: city:bcn
                kind: City
                name: Barcelona
                quote: "Barcelona"
              - id: event:sonar
                kind: Event
                name: Sónar
                quote: "Sónar"
            """, """
              - type: HELD_IN
                from: event:sonar
                to: city:bcn
                quote: "Sónar, in Barcelona"
            """));

        var city = Assert.Single(await NodesAsync(), n => n.Kind == "City");
        Assert.Equal("city:geonames:3128760", city.Id);
        Assert.Equal(3128760L, city.Properties["geonamesId"]);
        Assert.Equal("city:geonames:3128760", Resolve("city:bcn"));
        Assert.Equal("city:geonames:3128760", Resolve("city:geonames:3128760"));
        var heldIn = Assert.Single(await RelationshipsAsync());
        Assert.Equal(("HELD_IN", "event:sonar", "city:geonames:3128760"), (heldIn.Type, heldIn.FromId, heldIn.ToId));
    }

    [Fact]
    public async Task A_symmetric_relationship_stated_both_ways_is_one_relationship()
    {
        const string nodes = """
              - {id: org:barcelona-activa, kind: Organisation, name: Barcelona Activa, quote: Barcelona Activa}
              - {id: city:kyoto, kind: City, name: Kyoto, quote: Kyoto}
            """;
        await LoadAsync(StudyText.Batch("study:a", nodes, """
              - {type: COOPERATES_WITH, from: org:barcelona-activa, to: city:kyoto, quote: "Barcelona Activa and Kyoto"}
            """));
        var report = await LoadAsync(StudyText.Batch("study:b", nodes, """
              - {type: COOPERATES_WITH, from: city:kyoto, to: org:barcelona-activa, quote: "Kyoto and Barcelona Activa", properties: {basis: exchange}}
            """));

        var rel = Assert.Single(await RelationshipsAsync());
        Assert.Equal("COOPERATES_WITH", rel.Type);
        Assert.Equal(["org:barcelona-activa", "city:kyoto"], new[] { rel.FromId, rel.ToId });
        Assert.Equal(["study:a", "study:b"], rel.Sources.Select(s => s.StudyId));
        Assert.Equal("exchange", rel.Properties["basis"]);
        Assert.Equal(0, report.Count(ChangeKind.RelationshipAdded));
    }

    [Fact]
    public async Task Directed_relationships_stated_both_ways_stay_two()
    {
        const string nodes = """
              - {id: event:a, kind: Event, name: A, quote: A}
              - {id: event:b, kind: Event, name: B, quote: B}
            """;
        await LoadAsync(StudyText.Batch("study:a", nodes, "  - {type: PART_OF, from: event:a, to: event:b, quote: q}"));
        await LoadAsync(StudyText.Batch("study:b", nodes, "  - {type: PART_OF, from: event:b, to: event:a, quote: q}"));

        Assert.Equal(2, (await RelationshipsAsync()).Count);
    }

    [Fact]
    public async Task Loading_the_same_batch_again_changes_nothing()
    {
        var batch = StudyText.Batch("study:a", Barcelona + """

              - {id: country:es, kind: Country, name: Spain, quote: Spain, properties: {isoCode: ES}}
            """, "  - {type: IN_COUNTRY, from: city:geonames:3128760, to: country:es, inferred: true, note: Barcelona is in Spain}");
        var first = await LoadAsync(batch);
        Assert.Equal(3, first.Count(ChangeKind.NodeAdded));
        Assert.Equal(1, first.Count(ChangeKind.RelationshipAdded));
        var before = Snapshot();

        var second = await LoadAsync(batch);

        Assert.True(second.IsEmpty, string.Join("\n", second.Changes));
        Assert.Equal(before.Text, Snapshot().Text);
    }

    [Fact]
    public async Task A_dry_run_reports_the_changes_and_keeps_nothing()
    {
        var before = Snapshot();
        var report = await Store.LoadAsync([StudyText.Batch("study:a", Barcelona)], dryRun: true);

        Assert.True(report.DryRun);
        Assert.Equal(["study:a", "city:geonames:3128760"], report.Changes.Where(c => c.Kind == ChangeKind.NodeAdded).Select(c => c.Subject));
        Assert.Equal(before.Text, Snapshot().Text);
        Assert.Empty(await NodesAsync());
    }

    [Fact]
    public async Task A_country_takes_its_iso_code_as_canonical_id()
    {
        await LoadAsync(StudyText.Batch("study:a", "  - {id: country:spain, kind: Country, name: Spain, quote: Spain, properties: {isoCode: ES}}"));
        await LoadAsync(StudyText.Batch("study:b", "  - {id: country:espanya, kind: Country, name: Espanya, quote: Espanya, properties: {isoCode: ES}}"));

        var country = Assert.Single(await NodesAsync(), n => n.Kind == "Country");
        Assert.Equal("country:es", country.Id);
        Assert.Equal("country:es", Resolve("country:spain"));
        Assert.Equal("country:es", Resolve("country:espanya"));
        Assert.Contains(country.Aliases, a => a.Name == "Espanya");
    }
}
