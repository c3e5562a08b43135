using KnowledgeGraph.Import.Themes;

namespace KnowledgeGraph.Import.Tests;

public class ThemeMappingTests
{
    [Theory]
    [InlineData("Cultural heritage and arts")]
    [InlineData("Culture & Heritage")]
    [InlineData("culture & heritage ")]
    public void Culture_labels_map_to_culture(string label) =>
        Assert.Equal(["theme:culture"], ThemeMapping.Map(label).Select(t => t.Id));

    [Fact]
    public void Creative_fields_are_creative_industries_and_their_own_field()
    {
        Assert.Equal(["theme:music", "theme:creative-industries"], ThemeMapping.Map("Music").Select(t => t.Id));
        Assert.Contains("theme:creative-industries", ThemeMapping.Map("Crafts and Folk Art").Select(t => t.Id));
        Assert.DoesNotContain("theme:culture", ThemeMapping.Map("Media Arts").Select(t => t.Id));
    }

    [Fact]
    public void Unmapped_labels_become_themes_of_their_own()
    {
        Assert.False(ThemeMapping.IsMapped("Underwater Basket Weaving"));
        Assert.Equal(["theme:underwater-basket-weaving"], ThemeMapping.Map("Underwater Basket Weaving").Select(t => t.Id));
    }

    [Fact]
    public void Every_keep_eu_theme_of_the_table_is_mapped_to_known_slugs() =>
        Assert.All(ThemeMapping.Table, e => Assert.All(e.Themes, slug => Assert.Matches("^[a-z]+(-[a-z]+)*$", slug)));
}
