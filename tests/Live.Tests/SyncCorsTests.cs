using System.Net;

namespace Quartet.Live.Tests;

/// <summary>A host that lets one cross-origin caller in (<c>Quartet:Security:CorsOrigins</c>).</summary>
public sealed class LiveSqliteWithCors : SqliteHost
{
    public const string AllowedOrigin = "https://phones.example.test";

    protected override IDictionary<string, string?>? Settings =>
        new Dictionary<string, string?>(LiveTestSettings.Relaxed()) { ["Quartet:Security:CorsOrigins:0"] = AllowedOrigin };
}

/// <summary>
/// The participant sync skips the middleware after routing only when no cross-origin callers are configured
/// (<c>SyncShortCircuit.AfterRoutingUnlessCors</c>): with them, its answers, 304s included, carry the CORS grant.
/// </summary>
public sealed class SyncCorsTests(LiveSqliteWithCors fixture) : IClassFixture<LiveSqliteWithCors>
{
    [Fact]
    public async Task With_cross_origin_callers_configured_participant_sync_answers_carry_the_CORS_grant_for_the_allowed_origin_only()
    {
        var api = new LiveApi(fixture.Host);
        var s = await api.CreateSessionAsync(true, LiveApi.Poll());
        var phone = await api.JoinAsync(s.Code, "Cross origin");
        var path = $"/api/live/p/{s.Id}/sync";

        using var full = await phone.Client.SendAsync(Sync(path, LiveSqliteWithCors.AllowedOrigin, null));
        full.StatusCode.ShouldBe(HttpStatusCode.OK);
        full.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([LiveSqliteWithCors.AllowedOrigin]);
        full.Headers.GetValues("Access-Control-Allow-Credentials").ShouldBe(["true"]);
        string.Join(',', full.Headers.GetValues("Access-Control-Expose-Headers")).ShouldContain("ETag");
        var tag = full.Headers.ETag!.Tag;

        // The session's version may still move (the join is published after a short interval): follow it to a 304.
        var unchanged = await phone.Client.SendAsync(Sync(path, LiveSqliteWithCors.AllowedOrigin, tag));
        for (var attempt = 0; unchanged.StatusCode == HttpStatusCode.OK && attempt < 20; attempt++)
        {
            unchanged.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([LiveSqliteWithCors.AllowedOrigin]);
            tag = unchanged.Headers.ETag!.Tag;
            unchanged.Dispose();
            await Task.Delay(300);
            unchanged = await phone.Client.SendAsync(Sync(path, LiveSqliteWithCors.AllowedOrigin, tag));
        }

        using (unchanged)
        {
            unchanged.StatusCode.ShouldBe(HttpStatusCode.NotModified);
            unchanged.Headers.ETag!.Tag.ShouldBe(tag);
            unchanged.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([LiveSqliteWithCors.AllowedOrigin]);
        }

        using var stranger = await phone.Client.SendAsync(Sync(path, "https://elsewhere.example.test", tag));
        stranger.StatusCode.ShouldBeOneOf(HttpStatusCode.NotModified, HttpStatusCode.OK);
        stranger.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    private static HttpRequestMessage Sync(string path, string origin, string? tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", origin);
        if (tag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        }

        return request;
    }
}
