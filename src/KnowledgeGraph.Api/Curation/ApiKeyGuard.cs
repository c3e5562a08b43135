using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Curation;

/// <summary>
/// Checks the curator's API key on mutations: <c>X-Api-Key: KEY</c> or <c>Authorization: Bearer KEY</c>, compared with
/// <c>Api:Key</c> in constant time. Without a configured key mutations are disabled. Reads need no key. The same key
/// shows <c>/health</c>'s private details (see <see cref="IsAuthenticated"/>).
/// </summary>
public sealed class ApiKeyGuard(IOptionsMonitor<ApiOptions> options)
{
    /// <summary>The header holding the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>Throws a GraphQL error (FORBIDDEN or UNAUTHENTICATED) unless the request carries the configured key.</summary>
    public void Demand(object? userContext)
    {
        var configured = options.CurrentValue.Key;
        if (string.IsNullOrEmpty(configured))
        {
            throw new GraphQLException("Mutations are disabled: the service has no API key configured (set Api:Key, environment Api__Key).", ApiErrorCodes.Forbidden);
        }
        var given = userContext is HttpContext http ? KeyOf(http.Request) : null;
        if (string.IsNullOrEmpty(given))
        {
            throw new GraphQLException($"Mutations need an API key: send it in the {HeaderName} header or as Authorization: Bearer <key>.", ApiErrorCodes.Unauthenticated);
        }
        if (!Matches(given, configured))
        {
            throw new GraphQLException("The API key is not valid.", ApiErrorCodes.Unauthenticated);
        }
    }

    /// <summary>Whether the request carries the configured key (false when none is configured).</summary>
    public bool IsAuthenticated(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var configured = options.CurrentValue.Key;
        return !string.IsNullOrEmpty(configured) && KeyOf(http.Request) is { Length: > 0 } given && Matches(given, configured);
    }

    /// <summary>Whether two keys are equal, in time independent of where they differ (hashes compared in fixed time).</summary>
    public static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>The key a request sends (<c>X-Api-Key</c>, else <c>Authorization: Bearer</c>), or null.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var key) && key.Count == 1)
        {
            return key[0];
        }
        var authorization = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) ? authorization[Bearer.Length..].Trim() : null;
    }
}
