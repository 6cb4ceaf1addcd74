using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Quartet.Platform.Tests;

public sealed class MetricsHost : SqliteHost
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Quartet:Metrics:AllowedNetworks:0"] = "10.9.0.0/16",
    };
}

public sealed class MetricsTests(MetricsHost fixture) : IClassFixture<MetricsHost>
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Request_durations_by_route_and_status_are_exported()
    {
        (await Host.CreateRawClient().GetAsync("/api/apps")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var text = await EventuallyAsync(t => t.Contains("http_route=\"/api/apps/\"", StringComparison.Ordinal));

        text.ShouldContain("# TYPE http_server_request_duration_seconds histogram");
        var count = text.Split('\n').Single(l => l.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && l.Contains("http_route=\"/api/apps/\"", StringComparison.Ordinal) && l.Contains("http_response_status_code=\"200\"", StringComparison.Ordinal));
        long.Parse(count[(count.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Module_counters_and_histograms_are_written_in_the_prometheus_format()
    {
        using var meter = Host.Services.GetRequiredService<IMeterFactory>().Create("Quartet.MetricsTests");
        var widgets = meter.CreateCounter<long>("test.widgets", "{widget}", "Widgets made.");
        var waits = meter.CreateHistogram("test.wait", "s", "Time waited.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.5, 10] });
        widgets.Add(2, new KeyValuePair<string, object?>("kind", "say \"hi\"\n"));
        widgets.Add(3, new KeyValuePair<string, object?>("kind", "say \"hi\"\n"));
        waits.Record(0.02);
        waits.Record(0.3);
        waits.Record(42);

        var text = PrometheusText.WithoutScope(await EventuallyAsync(t => Sample(t, "test_wait_seconds_count") == 3));

        text.ShouldContain("# TYPE test_widgets_total counter\n# HELP test_widgets_total Widgets made.\ntest_widgets_total{kind=\"say \\\"hi\\\"\\n\"} 5\n");
        text.ShouldContain("test_wait_seconds_bucket{le=\"0.01\"} 0\n");
        text.ShouldContain("test_wait_seconds_bucket{le=\"0.025\"} 1\n");
        text.ShouldContain("test_wait_seconds_bucket{le=\"0.5\"} 2\n");
        text.ShouldContain("test_wait_seconds_bucket{le=\"10\"} 2\n");
        text.ShouldContain("test_wait_seconds_bucket{le=\"+Inf\"} 3\n");
        text.ShouldContain("test_wait_seconds_sum 42.32\n");
    }

    [Theory]
    [InlineData("10.9.200.1", null, HttpStatusCode.OK)]
    [InlineData("127.0.0.1", null, HttpStatusCode.OK)]
    [InlineData("10.1.2.3", null, HttpStatusCode.NotFound)]
    [InlineData("127.0.0.1", "203.0.113.9", HttpStatusCode.NotFound)]
    public async Task Only_loopback_and_the_configured_networks_may_scrape(string peer, string? forwardedFor, HttpStatusCode expected)
    {
        var context = await ScrapeAsync(peer, forwardedFor);

        ((HttpStatusCode)context.Response.StatusCode).ShouldBe(expected);
        if (expected == HttpStatusCode.NotFound)
        {
            context.Response.ContentType.ShouldBe("application/problem+json");
        }
        else
        {
            context.Response.ContentType.ShouldNotBeNull().ShouldStartWith("text/plain;");
            context.Response.ContentType.ShouldContain("version=0.0.4");
        }
    }

    private async Task<HttpContext> ScrapeAsync(string peer, string? forwardedFor = null) =>
        await Host.App.GetTestServer().SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/metrics";
            c.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });

    /// <summary>Request metrics are recorded as the request finishes, a moment after the client has its answer.</summary>
    [Fact]
    public async Task Sign_ins_by_result_active_sessions_and_meals_expenses_are_exported()
    {
        var user = await Host.CreateUserAsync();
        (await Host.CreateRawClient().PostAsJsonAsync("/api/auth/token", new { email = user.Email, password = "wrong-password" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var restaurant = await user.Client.PostAsJsonAsync("/api/meals/restaurants", new { name = "Metered" });
        var restaurantId = (await restaurant.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        (await user.Client.PostAsJsonAsync("/api/meals/expenses", new { restaurantId, amountMinor = 1200 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var text = await EventuallyAsync(t => Sample(t, "auth_sessions_active") >= 1);

        Sample(text, "auth_sign_ins_total{method=\"password\",result=\"success\"}").ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(1);
        Sample(text, "auth_sign_ins_total{method=\"password\",result=\"invalid_credentials\"}").ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(1);
        Sample(text, "meals_expenses_created_total").ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(1);
    }

    private static double? Sample(string text, string series) => PrometheusText.Sample(text, series);

    private async Task<string> EventuallyAsync(Func<string, bool> condition)
    {
        var text = "";
        for (var attempt = 0; attempt < 50 && !condition(text); attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(100);
            }

            var context = await ScrapeAsync("127.0.0.1");
            text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        }

        condition(text).ShouldBeTrue(text);
        return text;
    }
}
