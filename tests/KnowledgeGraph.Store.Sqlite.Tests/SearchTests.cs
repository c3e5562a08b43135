using KnowledgeGraph.Store.Query;
using KnowledgeGraph.Store.Sqlite.Migrations;
using KnowledgeGraph.Store.Sqlite.Tests.TestSupport;

namespace KnowledgeGraph.Store.Sqlite.Tests;

public class SearchTests : StoreTestBase
{
    private List<string> Search(string query) =>
        Column("SELECT DISTINCT n.id FROM name_search JOIN nodes n ON n.seq = name_search.node WHERE name_search MATCH $q ORDER BY n.id", ("$q", query));

    private Task LoadSonarAsync() => LoadAsync(StudyText.Batch("study:a", """
          - {id: event:sonar, kind: Event, name: Sónar, quote: Sónar}
          - {id: city:barcelona, kind: City, name: Barcelona, quote: Barcelona}
        """));

    [Theory]
    [InlineData("sonar")]
    [InlineData("SONAR")]
    [InlineData("Sónar")]
    [InlineData("sónar")]
    public async Task Names_are_found_ignoring_case_and_accents(string query)
    {
        await LoadSonarAsync();
        Assert.Equal(["event:sonar"], Search(query));
    }

    [Fact]
    public async Task The_documented_query_finds_sonar_by_its_node()
    {
        await LoadSonarAsync();
        var sonar = Column("SELECT seq FROM nodes WHERE id = 'event:sonar'").Single();
        Assert.Equal([sonar], Column("SELECT node FROM name_search WHERE name_search MATCH 'sonar'"));
    }

    [Fact]
    public async Task An_alias_is_found_once_it_exists()
    {
        await LoadSonarAsync();
        Assert.Empty(Search("barcelone"));

        await LoadAsync(StudyText.Batch("study:b", "  - {id: city:barcelona, kind: City, name: Barcelona, aliases: [{name: Barcelone, lang: fr}], quote: Barcelone}"));

        Assert.Equal(["city:barcelona"], Search("barcelone"));
        Assert.Equal(["city:barcelona"], Search("BARCELONE"));
        Assert.Equal(["city:barcelona"], Search("barcelona"));
    }

    [Fact]
    public async Task Each_name_is_indexed_once_however_often_it_is_loaded()
    {
        await LoadSonarAsync();
        await LoadSonarAsync();
        Assert.Equal(Column("SELECT count(*) FROM node_names"), Column("SELECT count(*) FROM name_search"));
    }

    [Fact]
    public async Task A_dry_run_leaves_the_index_unchanged()
    {
        await Store.LoadAsync([StudyText.Batch("study:a", "  - {id: event:sonar, kind: Event, name: Sónar, quote: Sónar}")], dryRun: true);
        Assert.Empty(Search("sonar"));
    }

    private async Task<List<string>> RankedAsync(string text) =>
        System.Text.Json.JsonElement.Parse(await Store.SearchAsync(new SearchQuery(text, Projection.Of(new ValueField("id", FieldRef.Id)))))
        .EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();

    private Task LoadBarcelonasAsync() => LoadAsync(StudyText.Batch("study:r", """
          - {id: city:c, kind: City, name: Barcelona Nord, quote: c}
          - {id: city:a, kind: City, name: Barcelonnette, quote: a}
          - {id: city:b, kind: City, name: Barc, aliases: [{name: Barcelona Metropolitan Area}], quote: b}
          - {id: org:z, kind: Organisation, name: Barcelona, quote: z}
          - {id: org:y, kind: Organisation, name: BARÇELONA Activa, quote: y}
          - {id: city:d, kind: City, name: Barcelona Sud, quote: d}
        """));

    [Fact]
    public async Task Search_ranks_an_exact_name_first_then_the_shortest_matching_name_then_the_id()
    {
        await LoadBarcelonasAsync();
        // Exact first; then by the shortest matching folded name (13, 14, 16, 27 characters), not by word count as bm25
        // would (which ties Barcelona Sud, Barcelona Nord and Barçelona Activa and orders them by id).
        Assert.Equal(["org:z", "city:d", "city:c", "org:y", "city:b"], await RankedAsync("barcelona"));
        // No exact name: Barc (4), Barcelona (9), then Barcelonnette and Barcelona Sud tie at 13 and go by id.
        Assert.Equal(["city:b", "org:z", "city:a", "city:d", "city:c", "org:y"], await RankedAsync("BAR"));
        Assert.Equal(["org:y"], await RankedAsync("Barç act"));
        Assert.Equal(["city:b"], await RankedAsync("barcelona metro"));
    }

    [Fact]
    public async Task Migration_0005_indexes_the_folded_names_of_a_store_that_indexed_the_names()
    {
        await LoadBarcelonasAsync();
        using (var cmd = Store.Connection.CreateCommand())
        {
            // The index as 0001 filled it (the names as written), and 0005 not yet applied.
            cmd.CommandText = """
                DELETE FROM name_search;
                INSERT INTO name_search (name, node) SELECT name, node FROM node_names;
                DELETE FROM schema_migrations WHERE version = 5;
                """;
            cmd.ExecuteNonQuery();
        }
        Assert.Contains("BARÇELONA Activa", Column("SELECT name FROM name_search"));
        Assert.Equal(1, Migrator.Migrate(Store.Connection));
        Assert.Equal(Column("SELECT folded FROM node_names ORDER BY folded"), Column("SELECT name FROM name_search ORDER BY name"));
        Assert.Equal(["org:z", "city:d", "city:c", "org:y", "city:b"], await RankedAsync("barcelona"));
        await LoadAsync(StudyText.Batch("study:s", "  - {id: city:e, kind: City, name: Barcelona-Süd, quote: e}"));
        Assert.Contains("barcelona sud", Column("SELECT name FROM name_search"));
    }
}
