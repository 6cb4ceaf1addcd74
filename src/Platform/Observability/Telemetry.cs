using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Quartet.Platform.Observability;

/// <summary>
/// OpenTelemetry metrics, always: read by <c>/metrics</c> (the Prometheus exporter) and, when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, exported over OTLP together with traces and logs (to the AWS Distro for
/// OpenTelemetry collector on AWS, which forwards to X-Ray and CloudWatch). The standard <c>OTEL_*</c> settings
/// (protocol, headers, service name, resource attributes, export intervals) apply.
/// </summary>
/// <remarks>
/// Which meters are read is decided by the host's metrics rules, not by the SDK's <c>AddMeter</c>: every meter made by
/// this host's <see cref="IMeterFactory"/> (ASP.NET Core's, each module's <c>Quartet.*</c>) and the process-wide
/// <c>System.Runtime</c> and <c>Npgsql</c> (connection pools per module database). <c>AddMeter</c> would subscribe
/// by name across the process, so two hosts in one process (the tests) would each report both hosts' measurements.
/// </remarks>
public static class Telemetry
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Every module's meter and activity source is named <c>Quartet.{Module}</c>.</summary>
    public const string QuartetSources = "Quartet.*";

    /// <summary>Buckets for durations in seconds that give no boundaries of their own (the SDK's default suits milliseconds).</summary>
    private static readonly double[] SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    public static void AddQuartetTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddMetrics(rules => rules
            .EnableMetrics(meterName: null, instrumentName: null, listenerName: null, MeterScope.Local)
            .EnableMetrics("System.Runtime", instrumentName: null, listenerName: null, MeterScope.Global)
            .EnableMetrics("Npgsql", instrumentName: null, listenerName: null, MeterScope.Global));
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: builder.Configuration["OTEL_SERVICE_NAME"] ?? "quartet",
                serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics => metrics
                .AddView(instrument => instrument is Histogram<double> { Unit: "s", Advice: null }
                    ? new ExplicitBucketHistogramConfiguration { Boundaries = SecondsBuckets }
                    : null)
                .AddPrometheusExporter());
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointSetting]))
        {
            return;
        }

        telemetry
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(QuartetSources))
            .WithLogging()
            .UseOtlpExporter();
    }

    /// <summary>Load-balancer and Prometheus probes: frequent and uninteresting as traces.</summary>
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}
