using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;

namespace Quartet.Platform.Observability;

/// <summary>
/// <c>GET /metrics</c>: OpenTelemetry's Prometheus exporter (the same metrics the OTLP export sends), for scrapers on
/// loopback or the networks of <see cref="MetricsOptions.AllowedNetworks"/>; anyone else gets 404, as if there were
/// nothing here.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void UseQuartetMetrics(this IApplicationBuilder app, MetricsOptions options)
    {
        var allowed = QuartetOptions.ParseNetworks(options.AllowedNetworks, "Quartet:Metrics:AllowedNetworks");
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: http => HttpMethods.IsGet(http.Request.Method) && http.Request.Path == Path,
            path: null,
            configureBranchedPipeline: scrape => scrape.Use(async (http, next) =>
            {
                if (!MayScrape(http, allowed))
                {
                    await Problems.NotFound().ExecuteAsync(http);
                    return;
                }

                http.Response.Headers.CacheControl = "no-store";
                await next(http);
            }),
            optionsName: null);
    }

    private static bool MayScrape(HttpContext http, IReadOnlyList<IPNetwork> allowed)
    {
        var peer = http.Connection.RemoteIpAddress;
        if (peer is { IsIPv4MappedToIPv6: true })
        {
            peer = peer.MapToIPv4();
        }

        // A forwarded header still here was not consumed by a trusted-proxy rule, so the loopback peer is a proxy
        // relaying someone else.
        var relayed = http.Request.Headers.ContainsKey("X-Forwarded-For");
        return peer is not null && !relayed && (IPAddress.IsLoopback(peer) || allowed.Any(n => n.Contains(peer)));
    }
}
