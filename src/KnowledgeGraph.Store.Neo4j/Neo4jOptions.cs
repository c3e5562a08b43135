using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Where the Neo4j server is and how to sign in, bound from the section <c>Neo4j</c> (<c>Neo4j:Uri</c>, <c>Neo4j:User</c>,
/// <c>Neo4j:Password</c>, <c>Neo4j:Database</c>, <c>Neo4j:Token</c>); what the section leaves out is taken from the
/// environment variables Neo4j's own tools read (<c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c>,
/// <c>NEO4J_DATABASE</c>). The password and token never appear in <see cref="ToString"/> or in any error.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Neo4j";

    /// <summary>
    /// The server: an <c>http(s)://</c> address, or a Bolt address as Neo4j's tools write it (<c>neo4j://</c>,
    /// <c>bolt://</c>, <c>neo4j+s://</c> ...), which <see cref="HttpUri"/> turns into the server's HTTP address.
    /// </summary>
    public string? Uri { get; set; }

    /// <summary>The user for Basic authentication (none when empty).</summary>
    public string? User { get; set; }

    /// <summary>The password for Basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>A bearer token (single sign-on); when set it is sent instead of Basic authentication.</summary>
    public string? Token { get; set; }

    /// <summary>The database (Neo4j 4 and later); empty means the server's default, <c>neo4j</c>.</summary>
    public string? Database { get; set; }

    /// <summary>How long one HTTP call may take before it counts as failed (the per-call timeout).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a retryable call is tried again after a transient failure.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first delay before a retry; later delays grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the circuit stays open once it broke (calls fail at once meanwhile).</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many calls the breaker sees in its window before it may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 8;

    /// <summary>The share of failed calls in the window that opens the breaker.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The breaker's window.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows per <c>UNWIND $rows</c> statement when loading.</summary>
    public int BatchSize { get; set; } = 5000;

    /// <summary>
    /// A load of at most this many node assertions reads only the nodes and relationships its keys and names resolve to
    /// (a curator's mutation, a study file); a larger one reads the whole graph's identities once (an import).
    /// </summary>
    public int KeyedReadLimit { get; set; } = 2000;

    /// <summary>The database name in use: <see cref="Database"/> when set, else <c>neo4j</c>.</summary>
    public string DatabaseName => string.IsNullOrWhiteSpace(Database) ? "neo4j" : Database;

    /// <summary>True when a server address is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Uri);

    /// <summary>
    /// The server's HTTP address. <c>http</c> and <c>https</c> are kept as written; <c>neo4j</c>/<c>bolt</c> become
    /// <c>http</c> and the <c>+s</c>/<c>+ssc</c> variants <c>https</c>, on the same host; Bolt's default port 7687 (or
    /// no port) becomes HTTP's 7474 (plain) or the scheme's default 443 (encrypted, as on Aura).
    /// </summary>
    public Uri HttpUri
    {
        get
        {
            if (!IsConfigured || !System.Uri.TryCreate(Uri!.Trim(), UriKind.Absolute, out var uri))
            {
                throw new Neo4jConfigurationException($"Neo4j:Uri (or NEO4J_URI) is '{Uri}', not an absolute address such as http://localhost:7474 or neo4j://localhost:7687.");
            }
            var scheme = uri.Scheme.ToLowerInvariant();
            if (scheme is "http" or "https")
            {
                return uri;
            }
            var secure = scheme.EndsWith("+s", StringComparison.Ordinal) || scheme.EndsWith("+ssc", StringComparison.Ordinal);
            if (!scheme.StartsWith("neo4j", StringComparison.Ordinal) && !scheme.StartsWith("bolt", StringComparison.Ordinal))
            {
                throw new Neo4jConfigurationException($"Neo4j:Uri (or NEO4J_URI) has the scheme '{uri.Scheme}'; use http(s), neo4j(+s) or bolt(+s).");
            }
            var builder = new UriBuilder(uri) { Scheme = secure ? "https" : "http", Path = "/" };
            builder.Port = uri.IsDefaultPort || uri.Port is 7687 or -1 ? (secure ? 443 : 7474) : uri.Port;
            return builder.Uri;
        }
    }

    /// <summary>
    /// Reads the section <c>Neo4j</c> of <paramref name="configuration"/> (when given) and fills what it leaves out from
    /// <paramref name="environment"/> (the process environment when null) with Neo4j's own variable names.
    /// </summary>
    public static Neo4jOptions From(IConfiguration? configuration, Func<string, string?>? environment = null)
    {
        var options = new Neo4jOptions();
        configuration?.GetSection(Section).Bind(options);
        environment ??= Environment.GetEnvironmentVariable;
        options.Uri = Fill(options.Uri, environment("NEO4J_URI"));
        options.User = Fill(options.User, environment("NEO4J_USERNAME"));
        options.Password = Fill(options.Password, environment("NEO4J_PASSWORD"));
        options.Database = Fill(options.Database, environment("NEO4J_DATABASE"));
        return options;
    }

    private static string? Fill(string? configured, string? fromEnvironment) =>
        string.IsNullOrWhiteSpace(configured) ? (string.IsNullOrWhiteSpace(fromEnvironment) ? configured : fromEnvironment) : configured;

    /// <summary>The address, user and database; never the password or token.</summary>
    public override string ToString() =>
        $"{Uri} (database {DatabaseName}, {(!string.IsNullOrEmpty(Token) ? "bearer token" : string.IsNullOrEmpty(User) ? "no authentication" : $"user {User}")})";
}
