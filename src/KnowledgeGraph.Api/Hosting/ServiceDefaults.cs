using System.Reflection;
using KnowledgeGraph.GraphQL.AspNetCore;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Store;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The service defaults (the shape eShop's <c>AddServiceDefaults</c> has): <c>builder.AddServiceDefaults()</c> before
/// the service's own parts, <c>app.MapServiceDefaults()</c> after them.
/// <list type="bullet">
/// <item>The per-request log line and statement count (<see cref="RequestLog"/>), always.</item>
/// <item>Rate limits per client (<see cref="RequestLimits"/>), when configured.</item>
/// <item>ETags of GET queries from the store's <see cref="DataVersion"/>.</item>
/// <item>OpenTelemetry (<see cref="TelemetryOptions"/>): traces of ASP.NET Core, outgoing HTTP, the GraphQL engine
/// (<see cref="GraphQLTelemetry"/>) and the store (<see cref="StoreTelemetry"/>); metrics of the same plus the .NET
/// runtime; resource attributes service name, version and instance. Only when something will receive them: an OTLP
/// endpoint (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; logs go there too), the Prometheus endpoint, or <c>Telemetry:Traces</c> /
/// <c>Telemetry:Metrics</c> for a host that adds its own exporter. Otherwise nothing is registered and nothing is
/// recorded.</item>
/// <item>The Prometheus scrape endpoint (<c>Telemetry:Prometheus</c>), on the management port when there is one.</item>
/// </list>
/// </summary>
public static class ServiceDefaults
{
    /// <summary>The standard variable (or configuration key) naming the OTLP endpoint.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Registers logging, tracing and metrics as configured.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;
        services.Configure<TelemetryOptions>(configuration.GetSection(TelemetryOptions.Section));
        services.AddOptions<GraphQLServerOptions>().PostConfigure<ILoggerFactory>(RequestLog.Attach);
        // GET queries get an ETag from the store's data version, which changes on every load (docs/operations.md).
        services.PostConfigure<GraphQLServerOptions>(options => options.DataVersion ??= http =>
            http.RequestServices.GetRequiredService<StoreHolder>() is { Status: StoreStatus.Ready } holder ? DataVersion.Of(holder.Store) : null);
        builder.AddRequestLimits();

        var telemetry = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var traces = telemetry.Traces ?? otlp;
        var metrics = telemetry.Metrics ?? (otlp || telemetry.Prometheus);
        if (!traces && !metrics && !otlp)
        {
            return builder;
        }

        var version = typeof(ServiceDefaults).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ServiceDefaults).Assembly.GetName().Version?.ToString();
        var otel = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(
            serviceName: configuration["OTEL_SERVICE_NAME"] ?? TelemetryOptions.DefaultServiceName,
            serviceVersion: version,
            serviceInstanceId: $"{Environment.MachineName}-{Environment.ProcessId}"));
        if (traces)
        {
            otel.WithTracing(tracing => tracing
                .AddSource(GraphQLTelemetry.Name, StoreTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !IsOperational(http, telemetry))
                .AddHttpClientInstrumentation());
        }

        if (metrics)
        {
            otel.WithMetrics(meters =>
            {
                meters.AddMeter(GraphQLTelemetry.Name, StoreTelemetry.Name, RequestLog.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (telemetry.Prometheus)
                {
                    meters.AddPrometheusExporter();
                }
            });
        }

        if (otlp)
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
            });
            otel.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Adds the rate limiter when configured, and maps the Prometheus scrape endpoint when it is on (only on <c>Api:ManagementPort</c> when that is set).</summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLimits();
        var telemetry = app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (telemetry.Prometheus)
        {
            var endpoint = app.MapPrometheusScrapingEndpoint(telemetry.PrometheusPath);
            if (app.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>()?.ManagementPort is { } port)
            {
                endpoint.RequireHost($"*:{port}");
            }
        }

        return app;
    }

    /// <summary>Health probes and scrapes, which are not traced.</summary>
    private static bool IsOperational(HttpContext http, TelemetryOptions telemetry) =>
        http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || http.Request.Path.StartsWithSegments(telemetry.PrometheusPath, StringComparison.OrdinalIgnoreCase);
}
