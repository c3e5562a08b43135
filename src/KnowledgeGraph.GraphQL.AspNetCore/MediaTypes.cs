using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.GraphQL.AspNetCore;

/// <summary>Content negotiation of GraphQL over HTTP: the response media type from <c>Accept</c>, the request media type from <c>Content-Type</c>.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";
    public const string JsonUtf8 = "application/json; charset=utf-8";

    public static string ContentType(GraphQLResponseMediaType type) =>
        type == GraphQLResponseMediaType.GraphQLResponseJson ? GraphQLResponseJsonUtf8 : JsonUtf8;

    /// <summary>
    /// The response media type for an <c>Accept</c> header, or null when it accepts neither JSON type. For each of
    /// the two types the most specific matching range gives its quality (RFC 9110 12.5.1); the higher quality wins,
    /// then the more specific match, then <c>application/graphql-response+json</c> when both are named, else
    /// <paramref name="fallback"/> (no header, <c>*/*</c>, <c>application/*</c>).
    /// </summary>
    public static GraphQLResponseMediaType? Negotiate(StringValues accept, GraphQLResponseMediaType fallback)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return fallback;
        }

        if (accept.Count == 1)
        {
            // Fast paths for what clients usually send.
            var single = accept[0]!;
            if (single.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseMediaType.Json;
            }

            if (single.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseMediaType.GraphQLResponseJson;
            }

            if (single == "*/*")
            {
                return fallback;
            }

            if (string.IsNullOrWhiteSpace(single))
            {
                return fallback;
            }
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return null;
        }

        var graphql = Match(ranges, "graphql-response+json");
        var json = Match(ranges, "json");
        var graphqlOk = graphql.Quality > 0;
        var jsonOk = json.Quality > 0;
        if (!graphqlOk && !jsonOk)
        {
            return null;
        }

        if (graphqlOk != jsonOk)
        {
            return graphqlOk ? GraphQLResponseMediaType.GraphQLResponseJson : GraphQLResponseMediaType.Json;
        }

        if (graphql.Quality != json.Quality)
        {
            return graphql.Quality > json.Quality ? GraphQLResponseMediaType.GraphQLResponseJson : GraphQLResponseMediaType.Json;
        }

        if (graphql.Specificity != json.Specificity)
        {
            return graphql.Specificity > json.Specificity ? GraphQLResponseMediaType.GraphQLResponseJson : GraphQLResponseMediaType.Json;
        }

        return graphql.Specificity == 2 ? GraphQLResponseMediaType.GraphQLResponseJson : fallback;
    }

    /// <summary>True when <c>Accept</c> names <c>text/html</c> (a browser navigating to the endpoint).</summary>
    public static bool AcceptsHtml(StringValues accept)
    {
        foreach (var value in accept)
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Checks a POST <c>Content-Type</c>: null when it is <c>application/json</c> in UTF-8 (or without charset),
    /// else the reason for a 415.
    /// </summary>
    public static string? CheckRequestContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return "A POST request needs a Content-Type header: application/json.";
        }

        if (contentType.Equals(Json, StringComparison.OrdinalIgnoreCase) || contentType.Equals(JsonUtf8, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return "Unsupported Content-Type; use application/json.";
        }

        return IsUtf8(parsed.Charset) ? null : "Unsupported charset; requests must be UTF-8.";
    }

    private static bool IsUtf8(StringSegment charset)
    {
        if (!charset.HasValue || charset.Length == 0)
        {
            return true;
        }

        if (charset.Length >= 2 && charset[0] == '"' && charset[charset.Length - 1] == '"')
        {
            charset = charset.Subsegment(1, charset.Length - 2);
        }

        return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Quality and specificity (2 exact, 1 <c>application/*</c>, 0 <c>*/*</c>) of the most specific range matching <c>application/{subtype}</c>.</summary>
    private static (double Quality, int Specificity) Match(IList<MediaTypeHeaderValue> ranges, string subtype)
    {
        var best = (Quality: 0.0, Specificity: -1);
        foreach (var range in ranges)
        {
            int specificity;
            if (range.MatchesAllTypes)
            {
                specificity = 0;
            }
            else if (range.Type.Equals("application", StringComparison.OrdinalIgnoreCase))
            {
                if (range.MatchesAllSubTypes)
                {
                    specificity = 1;
                }
                else if (range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase))
                {
                    specificity = 2;
                }
                else
                {
                    continue;
                }
            }
            else
            {
                continue;
            }

            if (!IsUtf8(range.Charset) || specificity < best.Specificity)
            {
                continue;
            }

            var quality = range.Quality ?? 1.0;
            if (specificity > best.Specificity || quality > best.Quality)
            {
                best = (quality, specificity);
            }
        }

        return best.Specificity < 0 ? (0, -1) : best;
    }
}
