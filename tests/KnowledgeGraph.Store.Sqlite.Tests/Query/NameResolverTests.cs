using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Store.Query;

namespace KnowledgeGraph.Store.Sqlite.Tests.Query;

/// <summary>The spelling distance and the ranking of near misses that name resolution and suggestions share.</summary>
public sealed class NameResolverTests
{
    [Theory]
    [InlineData("barcelona", "barcelona", 0)]
    [InlineData("barcelna", "barcelona", 1)]   // a letter left out
    [InlineData("barcleona", "barcelona", 1)]  // two neighbours swapped
    [InlineData("barzelona", "barcelona", 1)]  // a letter replaced
    [InlineData("terasa", "terrassa", 2)]
    [InlineData("kitten", "sitting", 3)]
    public void The_distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, SpellingDistance.Between(a, b, 5));
        Assert.Equal(expected, SpellingDistance.Between(b, a, 5));
    }

    [Fact]
    public void The_distance_gives_up_above_its_limit()
    {
        Assert.Equal(3, SpellingDistance.Between("kitten", "sitting", 2));
        Assert.Equal(2, SpellingDistance.Between("a", "abcdef", 1));
    }

    [Fact]
    public void Near_misses_rank_whole_word_containment_then_distance_and_read_the_aliases()
    {
        NodeNames[] nodes =
        [
            new("city:1", "City", "Barcelona", []),
            new("city:2", "City", "Brussels", ["Bruxelles", "Brussel"]),
            new("org:3", "Organisation", "Barcelona Activa", []),
            new("city:4", "City", "Valencia", []),
        ];
        var near = NameResolver.Nearest(TextKey.Normalize("Barcelóna"), nodes, 5);
        Assert.Equal(["city:1", "org:3"], near.Select(s => s.Id));
        Assert.Equal([0, 0], near.Select(s => s.Distance));
        near = NameResolver.Nearest(TextKey.Normalize("BRUXELES"), nodes, 5);
        Assert.Equal("city:2", Assert.Single(near).Id);
        Assert.Equal("Bruxelles", near[0].Matched);
        Assert.Empty(NameResolver.Nearest(TextKey.Normalize("Lisboa"), nodes, 5));
        Assert.Single(NameResolver.Nearest(TextKey.Normalize("barcelna"), nodes, 1));
    }
}
