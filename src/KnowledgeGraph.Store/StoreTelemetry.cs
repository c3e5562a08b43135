using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Store;

/// <summary>
/// The store's traces and metrics through .NET's <see cref="ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>,
/// named <see cref="Name"/>, for every back-end. Attribute names follow the OpenTelemetry database conventions
/// (<c>db.system.name</c>, with the older <c>db.system</c> too, and <c>db.operation.name</c>). A statement is named by a
/// hash of its text (<see cref="StatementHashAttribute"/>): never its text with values, never a parameter value.
/// <list type="bullet">
/// <item>Spans: <c>db.statement</c>, one per statement a query or research question sends, child of whatever started it
/// (the GraphQL root field).</item>
/// <item>Metrics: <c>db.client.operation.duration</c> by back-end.</item>
/// </list>
/// </summary>
public static class StoreTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "KnowledgeGraph.Store";

    /// <summary>The back-end (<c>sqlite</c>, <c>neo4j</c>), by the current conventions.</summary>
    public const string SystemNameAttribute = "db.system.name";

    /// <summary>The back-end, by the conventions' older name that many back-ends still read.</summary>
    public const string SystemAttribute = "db.system";

    /// <summary>The statement's first 16 hexadecimal digits of the SHA-256 of its text: the same plan shape, the same hash.</summary>
    public const string StatementHashAttribute = "db.query.hash";

    /// <summary>Whether the statement was prepared (parsed and planned) for this run, rather than reused from a cache.</summary>
    public const string PreparedAttribute = "db.statement.prepared";

    /// <summary>How many statements a request or a span counted.</summary>
    public const string StatementCountAttribute = "db.statement.count";

    /// <summary>The source of the store's spans.</summary>
    public static ActivitySource Source { get; } = new(Name, typeof(StoreTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>The meter of the store's instruments.</summary>
    public static Meter Meter { get; } = new(Name, typeof(StoreTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Statement duration in seconds, by <see cref="SystemNameAttribute"/>.</summary>
    public static Histogram<double> StatementDuration { get; } = Meter.CreateHistogram(
        "db.client.operation.duration", "s", "Duration of the store's statements (one per query plan or research question).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    /// <summary>
    /// Starts the measurement of one statement of <paramref name="system"/> (<c>sqlite</c>, <c>neo4j</c>) whose text is
    /// <paramref name="text"/> (hashed, never recorded), and counts it in the current <see cref="StatementTally"/>.
    /// </summary>
    public static StatementMeasure StartStatement(string system, string text, bool? prepared = null)
    {
        StatementTally.Count();
        var activity = Source.StartActivity("db.statement", ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.DisplayName = system + " statement";
            activity.SetTag(SystemNameAttribute, system);
            activity.SetTag(SystemAttribute, system);
            activity.SetTag("db.operation.name", "SELECT");
            activity.SetTag(StatementHashAttribute, Hash(text));
            if (prepared is { } p)
            {
                activity.SetTag(PreparedAttribute, p);
            }
        }

        return new StatementMeasure(system, activity, StatementDuration.Enabled ? Stopwatch.GetTimestamp() : 0);
    }

    /// <summary>The first 16 hexadecimal digits of the SHA-256 of <paramref name="text"/>.</summary>
    public static string Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}

/// <summary>One statement being measured: dispose it when the statement ends; <see cref="Fail"/> first if it failed.</summary>
public readonly struct StatementMeasure : IDisposable
{
    private readonly string _system;
    private readonly Activity? _activity;
    private readonly long _start;

    internal StatementMeasure(string system, Activity? activity, long start)
    {
        _system = system;
        _activity = activity;
        _start = start;
    }

    /// <summary>Marks the statement failed, with the exception's type as the error type (never its message).</summary>
    public void Fail(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (_activity is not null)
        {
            var type = exception is OperationCanceledException ? "cancelled" : exception.GetType().Name;
            _activity.SetStatus(ActivityStatusCode.Error, type);
            _activity.SetTag("error.type", type);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_start != 0)
        {
            StoreTelemetry.StatementDuration.Record(Stopwatch.GetElapsedTime(_start).TotalSeconds,
                new KeyValuePair<string, object?>(StoreTelemetry.SystemNameAttribute, _system));
        }

        _activity?.Dispose();
    }
}
