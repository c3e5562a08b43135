using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests;

public sealed class MediaTypesTests
{
    [Theory]
    [InlineData(null, "Json")]
    [InlineData("", "Json")]
    [InlineData("*/*", "Json")]
    [InlineData("application/json", "Json")]
    [InlineData("application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json;q=0.9, application/json", "Json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json;q=0.6", "GraphQLResponseJson")]
    [InlineData("application/*;q=0.5, application/graphql-response+json;q=0.1", "Json")]
    [InlineData("application/graphql-response+json; charset=utf-8", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json; charset=latin1, application/json", "Json")]
    [InlineData("text/plain", null)]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0", null)]
    [InlineData("*/*, application/graphql-response+json;q=0", "Json")]
    [InlineData("not a media type", null)]
    public void Negotiate_picks_by_quality_then_specificity(string? accept, string? expected)
    {
        var result = MediaTypes.Negotiate(accept is null ? StringValues.Empty : new StringValues(accept), GraphQLResponseMediaType.Json);
        Assert.Equal(expected, result?.ToString());
    }

    [Fact]
    public void Several_accept_headers_are_combined()
    {
        var result = MediaTypes.Negotiate(new StringValues(["text/html", "application/graphql-response+json"]), GraphQLResponseMediaType.Json);
        Assert.Equal(GraphQLResponseMediaType.GraphQLResponseJson, result);
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("application/json; charset=utf8", true)]
    [InlineData("application/json; charset=ascii", false)]
    [InlineData("application/graphql-response+json", false)]
    [InlineData("text/plain", false)]
    [InlineData(null, false)]
    public void Request_content_type_must_be_utf8_json(string? contentType, bool ok) =>
        Assert.Equal(ok, MediaTypes.CheckRequestContentType(contentType) is null);
}
