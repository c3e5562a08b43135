namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Rate limits per client on <c>/graphql</c>, bound from the section <c>RateLimit</c>: a token bucket per client, where
/// a client is the curators' API key when the request carries the valid one, else the client's IP address. Off by
/// default.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "RateLimit";

    /// <summary>Whether requests to <c>/graphql</c> are limited. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>The bucket's size: the most requests a client may send at once after a quiet time. Default 100.</summary>
    public int TokenLimit { get; set; } = 100;

    /// <summary>Tokens added to each bucket every <see cref="ReplenishmentPeriod"/>. Default 50.</summary>
    public int TokensPerPeriod { get; set; } = 50;

    /// <summary>How often buckets are refilled. Default one second.</summary>
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The bucket's size and refill for the client holding the curators' key; 0 uses the values above. Default 0.</summary>
    public int KeyTokenLimit { get; set; }
}
