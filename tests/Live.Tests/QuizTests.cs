using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Quartet.Live.Quiz;

namespace Quartet.Live.Tests;

public sealed class QuizScoringTests
{
    [Theory]
    [InlineData(0, 1000)]
    [InlineData(10_000, 750)]
    [InlineData(20_000, 500)]
    [InlineData(25_000, 500)]
    public void Speed_bonus_scales_points_between_half_and_full(int elapsedMs, int expected)
    {
        var clamped = QuizScoring.ElapsedMs(DateTime.UnixEpoch, DateTime.UnixEpoch.AddMilliseconds(elapsedMs), 20);
        QuizScoring.Points(true, 1000, 20, true, clamped).ShouldBe(expected);
    }

    [Fact]
    public void Wrong_is_zero_untimed_is_full_and_zero_points_still_count_correct()
    {
        QuizScoring.Points(false, 1000, 20, true, 0).ShouldBe(0);
        QuizScoring.Points(true, 1000, null, true, 99_000).ShouldBe(1000);
        QuizScoring.Points(true, 1000, 20, false, 19_000).ShouldBe(1000);
        QuizScoring.Points(true, 0, 20, true, 0).ShouldBe(0);
        QuizScoring.IsCorrect([0, 2], [2, 0]).ShouldBeTrue();
        QuizScoring.IsCorrect([0], [0, 2]).ShouldBeFalse();
    }

    [Fact]
    public void Full_ties_share_a_rank()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        var ranked = QuizScoring.Rank([new PlayerScore(a, 900, 1, 1, 100), new PlayerScore(b, 900, 1, 1, 100), new PlayerScore(c, 500, 1, 1, 50)]);
        ranked.Select(r => r.Rank).ShouldBe([1, 1, 3]);
        ranked[2].ParticipantId.ShouldBe(c);
    }
}

public abstract class QuizFlowTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private LiveApi Api => new(fixture.Host);

    [Fact]
    public async Task Answers_score_after_reveal_and_late_answers_are_refused()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Quiz(LiveApi.QuizQuestion([1], points: 0, timeLimitSeconds: null), LiveApi.QuizQuestion([2])));
        var quiz = s.Activities[0];
        var host = s.Host.Client;
        var phone = await Api.JoinAsync(s.Code, "Quizzer");
        await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" });
        await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" });
        var answer = await phone.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{quiz}/quiz/0/answer", new { options = new[] { 1 }, elapsedMs = 0 });
        var before = await answer.ReadAsAsync<JsonElement>();
        before.GetProperty("correct").ValueKind.ShouldBe(JsonValueKind.Null);
        await (await phone.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{quiz}/quiz/0/answer", new { options = new[] { 0 } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "ALREADY_ANSWERED");

        (await host.PostAsync($"/api/live/sessions/{s.Id}/activities/{quiz}/quiz/0/close", null)).EnsureSuccessStatusCode();
        await Task.Delay(700);
        var late = await Api.JoinAsync(s.Code, "Latecomer");
        await (await late.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{quiz}/quiz/0/answer", new { options = new[] { 1 } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "QUESTION_CLOSED");

        (await host.PostAsync($"/api/live/sessions/{s.Id}/activities/{quiz}/quiz/0/reveal", null)).EnsureSuccessStatusCode();
        var me = await (await phone.Client.GetAsync($"/api/live/p/{s.Id}/me")).ReadAsAsync<JsonElement>();
        var score = me.GetProperty("quizzes")[0];
        score.GetProperty("score").GetInt32().ShouldBe(0);
        score.GetProperty("correctCount").GetInt32().ShouldBe(1);
        var sync = await LiveApi.SyncAsync(phone.Client, $"/api/live/p/{s.Id}/sync");
        var personal = LiveApi.Find(sync, "me", "score:" + quiz)!;
        personal["rank"]!.GetValue<int>().ShouldBe(1);
        personal["last"]!["correct"]!.GetValue<bool>().ShouldBeTrue();
    }
}

public sealed class QuizFlowTestsOnSqlite(LiveSqlite fixture) : QuizFlowTests<LiveSqlite>(fixture);

public sealed class QuizFlowTestsOnPostgres(LivePostgres fixture) : QuizFlowTests<LivePostgres>(fixture);

public sealed class QuizFlowTestsOnMySql(LiveMySql fixture) : QuizFlowTests<LiveMySql>(fixture);
