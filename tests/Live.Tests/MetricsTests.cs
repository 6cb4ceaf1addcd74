using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;

namespace Quartet.Live.Tests;

public abstract class MetricsTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    private LiveApi Api => new(Host);

    [Fact]
    public async Task Joins_publish_lag_and_held_connections_are_exported()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" });
        var phone = await Api.JoinAsync(s.Code, "Counted");
        var vote = await phone.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{s.Activities[0]}/responses", new { choices = new[] { 1 }, requestId = Guid.NewGuid().ToString() });
        vote.StatusCode.ShouldBe(HttpStatusCode.OK);
        await LiveApi.EventuallyAsync(async () =>
        {
            var results = LiveApi.Find(await LiveApi.SyncAsync(s.Host.Client, $"/api/live/sessions/{s.Id}/sync"), "results", s.Activities[0].ToString());
            return results?["respondents"]?.GetValue<int>() == 1;
        }, "the vote published");

        var text = await ScrapeAsync();

        Sample(text, "live_join_wait_seconds_count").ShouldBeGreaterThanOrEqualTo(1);
        Sample(text, "live_publish_lag_seconds_count").ShouldBeGreaterThanOrEqualTo(1);
        Sample(text, "live_publish_lag_seconds_sum").ShouldBeGreaterThan(0);
        Sample(text, "live_sync_held_connections").ShouldBeGreaterThanOrEqualTo(0);
        text.ShouldContain("# TYPE live_sync_held_connections gauge");
    }

    private async Task<string> ScrapeAsync()
    {
        var context = await Host.App.GetTestServer().SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/metrics";
            c.Connection.RemoteIpAddress = IPAddress.Loopback;
        });
        context.Response.StatusCode.ShouldBe(200);
        return await new StreamReader(context.Response.Body).ReadToEndAsync();
    }

    private static double Sample(string text, string name) =>
        PrometheusText.Sample(text, name).ShouldNotBeNull($"{name} in\n{text}");
}

public sealed class MetricsTestsOnSqlite(LiveSqlite fixture) : MetricsTests<LiveSqlite>(fixture);

public sealed class MetricsTestsOnPostgres(LivePostgres fixture) : MetricsTests<LivePostgres>(fixture);

public sealed class MetricsTestsOnMySql(LiveMySql fixture) : MetricsTests<LiveMySql>(fixture);
