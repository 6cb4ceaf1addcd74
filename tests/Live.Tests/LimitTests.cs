using System.Net;
using System.Net.Http.Json;

namespace Quartet.Live.Tests;

public abstract class LimitTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private LiveApi Api => new(fixture.Host);

    [Fact]
    public async Task The_eleventh_write_in_ten_seconds_is_429_with_retry_after()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" });
        var phone = await Api.JoinAsync(s.Code, "Spammer");
        var path = $"/api/live/p/{s.Id}/activities/{s.Activities[0]}/responses";
        for (var i = 0; i < 10; i++)
        {
            (await phone.Client.PostAsJsonAsync(path, new { choices = new[] { i % 3 } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var eleventh = await phone.Client.PostAsJsonAsync(path, new { choices = new[] { 0 } });
        await eleventh.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        eleventh.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task Oversized_bodies_are_413()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var phone = await Api.JoinAsync(s.Code, "Big");
        using var body = new StringContent($"{{\"text\":\"{new string('x', 9_000)}\"}}", System.Text.Encoding.UTF8, "application/json");
        var response = await phone.Client.PostAsync($"/api/live/p/{s.Id}/activities/{s.Activities[0]}/responses", body);
        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}

public sealed class LimitTestsOnSqlite(StrictSqlite fixture) : LimitTests<StrictSqlite>(fixture);

public sealed class LimitTestsOnPostgres(StrictPostgres fixture) : LimitTests<StrictPostgres>(fixture);

public sealed class LimitTestsOnMySql(StrictMySql fixture) : LimitTests<StrictMySql>(fixture);
