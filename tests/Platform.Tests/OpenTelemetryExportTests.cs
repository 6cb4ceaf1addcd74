using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Quartet.Platform.Tests;

/// <summary>With OTEL_EXPORTER_OTLP_ENDPOINT set, a request's span (with its route), metrics and correlated logs reach an OTLP receiver.</summary>
public sealed class OpenTelemetryExportTests
{
    [Fact]
    public async Task A_request_span_with_its_route_a_metric_and_a_log_with_the_same_trace_id_arrive_over_otlp()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });
        var user = await host.CreateUserAsync("shop.employee");
        var traceId = Convert.FromHexString("4bf92f3577b34da6a3ce929d0e0e4736");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/shop/products/{Guid.NewGuid()}");
        request.Headers.Add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        (await user.Client.SendAsync(request)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);

        var span = await receiver.WaitForAsync("traces", body => Contains(body, traceId) && Contains(body, "/api/shop/products/{id}"u8));
        Contains(span, "GET /api/shop/products/{id}"u8).ShouldBeTrue("the span is named after the route template");
        await receiver.WaitForAsync("metrics", body => Contains(body, "http.server.request.duration"u8) && Contains(body, "/api/shop/products/{id}"u8));
        await receiver.WaitForAsync("logs", body => Contains(body, traceId) && Contains(body, "Quartet.Request"u8));
    }

    private static bool Contains(byte[] body, ReadOnlySpan<byte> value) => body.AsSpan().IndexOf(value) >= 0;

    /// <summary>An OTLP/HTTP endpoint that keeps every protobuf payload it is sent, by signal (traces, metrics, logs).</summary>
    private sealed class OtlpReceiver : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly ConcurrentQueue<(string Signal, byte[] Body)> received = new();

        private OtlpReceiver(WebApplication app) => this.app = app;

        public string Endpoint => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        public static async Task<OtlpReceiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new OtlpReceiver(app);
            app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);
                receiver.received.Enqueue((signal, body.ToArray()));
                return Results.Bytes([], "application/x-protobuf");
            });
            await app.StartAsync();
            return receiver;
        }

        public async Task<byte[]> WaitForAsync(string signal, Func<byte[], bool> match)
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < deadline)
            {
                foreach (var (s, body) in received)
                {
                    if (s == signal && match(body))
                    {
                        return body;
                    }
                }

                await Task.Delay(100);
            }

            var seen = string.Join(", ", received.GroupBy(r => r.Signal).Select(g => $"{g.Key}: {g.Count()}"));
            throw new TimeoutException($"No matching OTLP {signal} payload within 20 s (received {seen}); last: "
                + Encoding.UTF8.GetString(received.LastOrDefault(r => r.Signal == signal).Body ?? []));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
