using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;

namespace Quartet.Live.Tests;

public abstract class AccessTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    private LiveApi Api => new(Host);

    [Fact]
    public async Task A_token_only_works_in_its_own_session_and_tampering_is_401()
    {
        var a = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var b = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var phone = await Api.JoinAsync(a.Code, "Roamer");
        await (await phone.Client.GetAsync($"/api/live/p/{b.Id}/sync")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "WRONG_SESSION");
        var tampered = Api.ParticipantClient(phone.Token[..^2] + (phone.Token[^2] == 'A' ? "BB" : "AA"));
        await (await tampered.GetAsync($"/api/live/p/{a.Id}/sync")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "TOKEN_INVALID");
        await (await Host.CreateRawClient().GetAsync($"/api/live/p/{a.Id}/sync")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Another_host_cannot_touch_the_session()
    {
        var s = await Api.CreateSessionAsync(false, LiveApi.Poll());
        var other = await Host.CreateUserAsync("live.host");
        await (await other.Client.PostAsync($"/api/live/sessions/{s.Id}/start", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "NOT_OWNER");
        await (await other.Client.GetAsync($"/api/live/sessions/{s.Id}/sync")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "NOT_OWNER");
        var nobody = await Host.CreateUserAsync();
        (await nobody.Client.GetAsync("/api/live/sessions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Drafts_are_not_joinable_and_codes_are_normalized()
    {
        var s = await Api.CreateSessionAsync(false, LiveApi.Poll());
        await (await Api.TryJoinAsync(s.Code, "Early")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "SESSION_NOT_LIVE");
        await (await Host.CreateRawClient().GetAsync("/api/live/join/0O1IL0")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "CODE_NOT_FOUND");
        await (await Host.CreateRawClient().GetAsync("/api/live/join/ZZZZZZ")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "CODE_NOT_FOUND");
        (await s.Host.Client.PostAsync($"/api/live/sessions/{s.Id}/start", null)).EnsureSuccessStatusCode();
        var spaced = $"{s.Code[..3].ToLowerInvariant()} - {s.Code[3..]}";
        (await Api.TryJoinAsync(spaced, "Spaced")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Kicked_tokens_are_refused_and_bans_cover_suffixed_nicknames()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var troll = await Api.JoinAsync(s.Code, "Troll");
        var other = await Api.JoinAsync(s.Code, "Troll");
        other.Nickname.ShouldBe("Troll 2");
        (await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/participants/{troll.Id}/ban", new { reason = "spam" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await troll.Client.GetAsync($"/api/live/p/{s.Id}/sync")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "PARTICIPANT_REMOVED");
        await (await Api.TryJoinAsync(s.Code, "TROLL")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "NICKNAME_BANNED");
        await (await Api.TryJoinAsync(s.Code, "troll 7")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "NICKNAME_BANNED");
        (await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/participants/{other.Id}/kick", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await other.Client.GetAsync($"/api/live/p/{s.Id}/me")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "PARTICIPANT_REMOVED");
    }

    [Fact]
    public async Task A_tag_held_at_the_current_version_is_no_way_past_a_kick_a_recovery_or_a_bad_token()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var kicked = await Api.JoinAsync(s.Code, "Kicked");
        var mover = await Api.JoinAsync(s.Code, "Mover");
        var elsewhere = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var path = $"/api/live/p/{s.Id}/sync";
        var tag = await SteadyTagAsync(kicked.Client, path);

        // A 304 (answered before routing when no CORS origins are configured) keeps the platform's security headers.
        using (var unchanged = await ConditionalSyncAsync(mover.Client, path, tag))
        {
            unchanged.StatusCode.ShouldBe(HttpStatusCode.NotModified);
            unchanged.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        }

        var tampered = Api.ParticipantClient(mover.Token[..^2] + (mover.Token[^2] == 'A' ? "BB" : "AA"));
        await (await ConditionalSyncAsync(tampered, path, tag)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "TOKEN_INVALID");
        await (await ConditionalSyncAsync(mover.Client, $"/api/live/p/{elsewhere.Id}/sync", tag)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "WRONG_SESSION");
        await (await ConditionalSyncAsync(mover.Client, path + "?since=x", tag)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "BAD_CURSOR");

        (await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/participants/{kicked.Id}/kick", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await ConditionalSyncAsync(kicked.Client, path, "\"v999999\"")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "PARTICIPANT_REMOVED");

        var moved = await Host.CreateRawClient().PostAsJsonAsync("/api/live/join", new { code = s.Code, nickname = "mover", recoveryCode = mover.RecoveryCode });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await ConditionalSyncAsync(mover.Client, path, "\"v999999\"")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "TOKEN_REVOKED");
    }

    /// <summary>Follows the session's version (joins are published a moment later) until a conditional sync is 304.</summary>
    private static async Task<string> SteadyTagAsync(HttpClient client, string path)
    {
        var tag = (await client.GetAsync(path)).Headers.ETag!.Tag;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var response = await ConditionalSyncAsync(client, path, tag);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return tag;
            }

            tag = response.Headers.ETag!.Tag;
            await Task.Delay(300);
        }

        throw new InvalidOperationException("The session's version did not settle.");
    }

    private static async Task<HttpResponseMessage> ConditionalSyncAsync(HttpClient client, string path, string tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("f*ck", false)]
    [InlineData("Sh1t", true)]
    [InlineData("B1TCH", true)]
    [InlineData("a", false)]
    public async Task Nicknames_are_filtered_through_look_alikes(string nickname, bool profane)
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var response = await Api.TryJoinAsync(s.Code, nickname);
        if (profane)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "NICKNAME_NOT_ALLOWED");
        }
        else if (nickname.Length < 2)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
        }
    }

    [Fact]
    public async Task Locked_sessions_refuse_new_joins_but_token_holders_rejoin()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var phone = await Api.JoinAsync(s.Code, "Inside");
        (await s.Host.Client.PostAsync($"/api/live/sessions/{s.Id}/lock", null)).EnsureSuccessStatusCode();
        await (await Api.TryJoinAsync(s.Code, "Outside")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "SESSION_LOCKED");
        var rejoin = await phone.Client.PostAsJsonAsync("/api/live/join", new { code = s.Code, nickname = "ignored" });
        rejoin.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await rejoin.ReadAsAsync<JsonElement>()).GetProperty("participantId").GetGuid().ShouldBe(phone.Id);
    }

    [Fact]
    public async Task Recovery_moves_the_identity_and_revokes_the_old_token()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var phone = await Api.JoinAsync(s.Code, "Mover");
        var wrong = await Host.CreateRawClient().PostAsJsonAsync("/api/live/join", new { code = s.Code, nickname = "Mover", recoveryCode = "AAAAAA" });
        await wrong.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "RECOVERY_FAILED");
        var moved = await Host.CreateRawClient().PostAsJsonAsync("/api/live/join", new { code = s.Code, nickname = "mover", recoveryCode = phone.RecoveryCode });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await moved.ReadAsAsync<JsonElement>()).GetProperty("participantId").GetGuid().ShouldBe(phone.Id);
        await (await phone.Client.GetAsync($"/api/live/p/{s.Id}/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "TOKEN_REVOKED");
    }

    [Fact]
    public async Task Bad_answers_are_400_and_change_nothing()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll(allowChange: false));
        await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" });
        var phone = await Api.JoinAsync(s.Code, "Sloppy");
        var path = $"/api/live/p/{s.Id}/activities/{s.Activities[0]}/responses";
        await (await phone.Client.PostAsJsonAsync(path, new { choices = new[] { 3 } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await phone.Client.PostAsJsonAsync(path, new { choices = new[] { 0, 1 } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        await (await phone.Client.PostAsJsonAsync(path, new { choices = Array.Empty<int>() })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        (await phone.Client.PostAsJsonAsync(path, new { choices = new[] { 1 } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await phone.Client.PostAsJsonAsync(path, new { choices = new[] { 2 } })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "ALREADY_ANSWERED");
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        (await db.Responses.Where(r => r.ActivityId == s.Activities[0]).Select(r => r.Payload).SingleAsync()).ShouldContain("[1]");
    }

    [Fact]
    public async Task Activity_definitions_need_one_to_ten_options()
    {
        var s = await Api.CreateSessionAsync(false);
        foreach (var count in new[] { 1, 11 })
        {
            var response = await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/activities", LiveApi.Poll(options: count));
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        }

        await (await s.Host.Client.PostAsync($"/api/live/sessions/{s.Id}/start", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "NO_ACTIVITIES");
    }

    [Fact]
    public async Task Text_comes_back_literally()
    {
        var s = await Api.CreateSessionAsync(true, new { type = "qna", title = "Ask" });
        await s.Host.Client.PostAsync($"/api/live/sessions/{s.Id}/activities/{s.Activities[0]}/open", null);
        var phone = await Api.JoinAsync(s.Code, "<b>Bold</b>");
        phone.Nickname.ShouldBe("<b>Bold</b>");
        var text = "<script>alert(1)</script>'; DROP TABLE x;--";
        var asked = await phone.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{s.Activities[0]}/questions", new { text });
        (await asked.ReadAsAsync<JsonElement>()).GetProperty("text").GetString().ShouldBe(text);
    }
}

public sealed class AccessTestsOnSqlite(LiveSqlite fixture) : AccessTests<LiveSqlite>(fixture);

public sealed class AccessTestsOnPostgres(LivePostgres fixture) : AccessTests<LivePostgres>(fixture);

public sealed class AccessTestsOnMySql(LiveMySql fixture) : AccessTests<LiveMySql>(fixture);
