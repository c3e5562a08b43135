using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Store.Neo4j.Tests.Client;

public sealed class OptionsTests
{
    [Fact]
    public void The_section_wins_and_the_environment_fills_the_rest()
    {
        var config = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://db:7474", ["Neo4j:Database"] = "kg" })
            .Build();
        var env = new Dictionary<string, string> { ["NEO4J_URI"] = "neo4j://other", ["NEO4J_USERNAME"] = "neo4j", ["NEO4J_PASSWORD"] = "pw", ["NEO4J_DATABASE"] = "x" };
        var options = Neo4jOptions.From(config, n => env.GetValueOrDefault(n));
        Assert.Equal("http://db:7474", options.Uri);
        Assert.Equal("kg", options.DatabaseName);
        Assert.Equal("neo4j", options.User);
        Assert.Equal("pw", options.Password);
        Assert.DoesNotContain("pw", options.ToString().Replace("neo4j", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://h:7474", "http://h:7474/")]
    [InlineData("neo4j://h", "http://h:7474/")]
    [InlineData("bolt://h:7687", "http://h:7474/")]
    [InlineData("neo4j+s://abc.databases.neo4j.io", "https://abc.databases.neo4j.io/")]
    [InlineData("bolt+ssc://h:9999", "https://h:9999/")]
    public void Bolt_addresses_become_the_servers_http_address(string uri, string expected) =>
        Assert.Equal(expected, new Neo4jOptions { Uri = uri }.HttpUri.ToString());

    [Theory]
    [InlineData("not a uri")]
    [InlineData("ftp://h")]
    public void A_wrong_address_is_a_clear_error(string uri)
    {
        var error = Assert.Throws<Neo4jConfigurationException>(() => new Neo4jOptions { Uri = uri }.HttpUri);
        Assert.Contains("NEO4J_URI", error.Message);
    }
}
