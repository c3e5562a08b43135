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
}
