using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using KnowledgeGraph.Api.Curation;
using KnowledgeGraph.GraphQL.Execution;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Limits per client with ASP.NET Core rate limiting (<see cref="RateLimitOptions"/>): a token bucket per client on
/// <c>/graphql</c> (health, the dashboard and the scrape are never limited). A refused request gets 429 with
/// <c>Retry-After</c> (whole seconds) and a GraphQL-shaped body <c>{"errors":[{"message", "extensions": {"code":
/// "RATE_LIMITED", "retryAfter"}}]}</c>, and counts in <c>graphql.server.rejected</c> with the reason
/// <c>RATE_LIMITED</c>.
/// </summary>
public static class RequestLimits
{
    /// <summary>The error code of a request refused by the rate limit.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The path the limits apply to.</summary>
    public const string GraphQLPath = "/graphql";

    /// <summary>Registers the rate limiter when <c>RateLimit:Enabled</c> is true.</summary>
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.Section));
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        Check(options);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, options));
            limiter.OnRejected = RejectAsync;
        });
        return builder;
    }

    /// <summary>Adds the rate-limiting middleware when it is registered (call before the endpoints are mapped).</summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value.Enabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }

    private static void Check(RateLimitOptions options)
    {
        if (options.TokenLimit <= 0 || options.TokensPerPeriod <= 0 || options.ReplenishmentPeriod <= TimeSpan.Zero || options.KeyTokenLimit < 0)
        {
            throw new InvalidOperationException(
                "RateLimit: TokenLimit and TokensPerPeriod must be positive, ReplenishmentPeriod longer than zero and KeyTokenLimit zero or positive " +
                $"(given {options.TokenLimit}, {options.TokensPerPeriod}, {options.ReplenishmentPeriod}, {options.KeyTokenLimit}).");
        }
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions options)
    {
        if (!http.Request.Path.StartsWithSegments(GraphQLPath, StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetNoLimiter("-");
        }

        var guard = http.RequestServices.GetRequiredService<ApiKeyGuard>();
        var keyed = guard.IsAuthenticated(http);
        var client = keyed ? "key" : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        var tokens = keyed && options.KeyTokenLimit > 0 ? options.KeyTokenLimit : options.TokenLimit;
        return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = keyed && options.KeyTokenLimit > 0 ? options.KeyTokenLimit : options.TokensPerPeriod,
            ReplenishmentPeriod = options.ReplenishmentPeriod,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        if (GraphQLTelemetry.Rejected.Enabled)
        {
            GraphQLTelemetry.Rejected.Add(1, new KeyValuePair<string, object?>(GraphQLTelemetry.ErrorCodeAttribute, RateLimited));
        }

        var body = new
        {
            errors = new[]
            {
                new
                {
                    message = $"Too many requests from this client: try again in {seconds} s.",
                    extensions = new { code = RateLimited, retryAfter = seconds },
                },
            },
        };
        await JsonSerializer.SerializeAsync(response.Body, body, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
