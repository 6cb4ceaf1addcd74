using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Live.Rehearsal;

namespace Quartet.Live.Tests;

public abstract class RehearsalTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    private LiveApi Api => new(Host);

    [Fact]
    public async Task Bots_answer_a_rehearsal_and_stopping_it_wipes_every_trace()
    {
        var s = await Api.CreateSessionAsync(false, LiveApi.Poll(options: 3), LiveApi.Quiz(LiveApi.QuizQuestion([0], points: 500)));
        var (poll, quiz) = (s.Activities[0], s.Activities[1]);
        var host = s.Host.Client;
        await (await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/rehearsal", new { bots = 501 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/rehearsal", new { bots = 12 })).EnsureSuccessStatusCode();
        await (await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/rehearsal", new { bots = 12 })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "REHEARSAL_RUNNING");
        var human = await Api.JoinAsync(s.Code, "Rehearsing host phone");

        (await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        await BotsAnswerAsync(s, poll, "results", 12);
        var results = LiveApi.Find(await LiveApi.SyncAsync(host, $"/api/live/sessions/{s.Id}/sync"), "results", poll.ToString())!;
        results["counts"]!.AsArray().Sum(c => c!.GetValue<int>()).ShouldBe(12);

        (await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        (await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        await BotsAnswerAsync(s, quiz, "leaderboard", 12);
        var leaderboard = LiveApi.Find(await LiveApi.SyncAsync(host, $"/api/live/sessions/{s.Id}/sync"), "leaderboard", quiz.ToString())!;
        leaderboard["top"]![0]!["nickname"]!.GetValue<string>().ShouldStartWith("Bot ");
        (await host.GetStringAsync($"/api/live/sessions/{s.Id}/participants")).ShouldNotContain("Bot 1", customMessage: "bots are not people in the participant list");

        (await host.DeleteAsync($"/api/live/sessions/{s.Id}/rehearsal")).EnsureSuccessStatusCode();
        await (await host.DeleteAsync($"/api/live/sessions/{s.Id}/rehearsal")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "NOT_REHEARSING");
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
            (await db.Participants.CountAsync(p => p.SessionId == s.Id)).ShouldBe(0);
            (await db.Responses.CountAsync(r => r.SessionId == s.Id)).ShouldBe(0);
            (await db.QuizQuestions.CountAsync(q => q.ActivityId == quiz)).ShouldBe(0);
            (await db.Activities.Where(a => a.SessionId == s.Id).Select(a => a.State).ToListAsync()).ShouldAllBe(state => state == ActivityState.Pending);
            var session = await db.Sessions.SingleAsync(x => x.Id == s.Id);
            session.IsRehearsal.ShouldBeFalse();
            session.Status.ShouldBe(SessionStatus.Draft);
        }

        var snapshot = (await LiveApi.SyncAsync(host, $"/api/live/sessions/{s.Id}/sync")).ToJsonString();
        snapshot.ShouldNotContain("Bot ");
        snapshot.ShouldNotContain("Rehearsing host phone");
        (await human.Client.GetAsync($"/api/live/p/{s.Id}/me")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound);

        (await host.PostAsync($"/api/live/sessions/{s.Id}/start", null)).EnsureSuccessStatusCode();
        await (await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/rehearsal", new { bots = 3 })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "SESSION_LIVE");
    }

    /// <summary>Runs bot rounds where every bot answers until <paramref name="count"/> answers are published.</summary>
    private async Task BotsAnswerAsync(LiveSessionUnderTest s, Guid activity, string kind, int count)
    {
        var bots = Host.Services.GetRequiredService<RehearsalBots>();
        await LiveApi.EventuallyAsync(async () =>
        {
            await bots.TickAsync(new Eager(), CancellationToken.None);
            var row = LiveApi.Find(await LiveApi.SyncAsync(s.Host.Client, $"/api/live/sessions/{s.Id}/sync"), kind, activity.ToString());
            return (row?["respondents"] ?? row?["players"])?.GetValue<int>() == count;
        }, $"{count} bots answered {kind}");
    }

    /// <summary>Every bot answers now, always the first option.</summary>
    private sealed class Eager : Random
    {
        protected override double Sample() => 0;
    }
}

public sealed class RehearsalTestsOnSqlite(LiveSqlite fixture) : RehearsalTests<LiveSqlite>(fixture);

public sealed class RehearsalTestsOnPostgres(LivePostgres fixture) : RehearsalTests<LivePostgres>(fixture);

public sealed class RehearsalTestsOnMySql(LiveMySql fixture) : RehearsalTests<LiveMySql>(fixture);
