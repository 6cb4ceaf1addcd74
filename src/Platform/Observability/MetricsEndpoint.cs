using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;

namespace Quartet.Platform.Observability;

/// <summary>
/// <c>GET /metrics</c> in the Prometheus text format, for scrapers on loopback or the networks of
/// <see cref="MetricsOptions.AllowedNetworks"/>; anyone else gets 404, as if there were nothing here.
/// </summary>
public static class MetricsEndpoint
{
    /// <param name="metrics">Resolved at start-up, so it counts from the first request rather than the first scrape.</param>
    public static void MapQuartetMetrics(this IEndpointRouteBuilder app, MetricsOptions options, MetricsCollector metrics)
    {
        var allowed = QuartetOptions.ParseNetworks(options.AllowedNetworks, "Quartet:Metrics:AllowedNetworks");
        app.MapGet("/metrics", IResult (HttpContext http) =>
        {
            var peer = http.Connection.RemoteIpAddress;
            if (peer is { IsIPv4MappedToIPv6: true })
            {
                peer = peer.MapToIPv4();
            }

            // A forwarded header still here was not consumed by a trusted-proxy rule, so the loopback peer is a proxy
            // relaying someone else.
            var relayed = http.Request.Headers.ContainsKey("X-Forwarded-For");
            if (peer is null || relayed || !(IPAddress.IsLoopback(peer) || allowed.Any(n => n.Contains(peer))))
            {
                return Problems.NotFound();
            }

            http.Response.Headers.CacheControl = "no-store";
            return Results.Text(metrics.Scrape(), "text/plain; version=0.0.4; charset=utf-8");
        }).ExcludeFromDescription();
    }
}
