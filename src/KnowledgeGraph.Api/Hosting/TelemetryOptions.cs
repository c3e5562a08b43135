namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Telemetry settings, bound from the section <c>Telemetry</c>. Nothing is collected or exported by default: traces and
/// metrics start when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (then all three signals go to it over OTLP, configured by
/// the standard OpenTelemetry variables), when the Prometheus endpoint is on (metrics), or when asked for here.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Telemetry";

    /// <summary>The service name in the resource attributes, unless <c>OTEL_SERVICE_NAME</c> is set.</summary>
    public const string DefaultServiceName = "knowledge-graph-api";

    /// <summary>Whether spans are recorded; null: only when an OTLP endpoint is configured.</summary>
    public bool? Traces { get; set; }

    /// <summary>Whether metrics are collected; null: when an OTLP endpoint is configured or <see cref="Prometheus"/> is on.</summary>
    public bool? Metrics { get; set; }

    /// <summary>
    /// Whether the API serves its metrics to Prometheus at <see cref="PrometheusPath"/>: only on <c>Api:ManagementPort</c>
    /// when one is configured, else on every address the API listens on. Default false.
    /// </summary>
    public bool Prometheus { get; set; }

    /// <summary>The path of the Prometheus scrape endpoint. Default <c>/metrics</c>.</summary>
    public string PrometheusPath { get; set; } = "/metrics";
}
