using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Quartet.Platform.Observability;

/// <summary>
/// OpenTelemetry traces, metrics and logs, exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (to the
/// AWS Distro for OpenTelemetry collector on AWS, which forwards to X-Ray and CloudWatch). The standard
/// <c>OTEL_*</c> settings (protocol, headers, service name, resource attributes, export intervals) apply. Without an
/// endpoint nothing is collected here: <c>/metrics</c> and the JSON logs (with trace ids) work on their own.
/// </summary>
public static class Telemetry
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Every module's meter and activity source is named <c>Quartet.{Module}</c>.</summary>
    public const string QuartetSources = "Quartet.*";

    public static void AddQuartetTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointSetting]))
        {
            return;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: builder.Configuration["OTEL_SERVICE_NAME"] ?? "quartet",
                serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(QuartetSources))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(QuartetSources, "Npgsql", "System.Runtime"))
            .WithLogging()
            .UseOtlpExporter();
    }

    /// <summary>Load-balancer and Prometheus probes: frequent and uninteresting as traces.</summary>
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}
