using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Quartet.Live.Tests;

/// <summary>A write repeated with the same <c>requestId</c> answers exactly what the first one answered.</summary>
public abstract class ReplayTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private LiveApi Api => new(fixture.Host);

    [Fact]
    public async Task A_replayed_write_answers_the_first_answer_byte_for_byte()
    {
        var s = await Api.CreateSessionAsync(true,
            LiveApi.Poll(),
            new { type = "rating", title = "Rate" },
            new { type = "wordcloud", title = "Words" },
            new { type = "opentext", title = "Say" },
            new { type = "qna", title = "Ask" },
            LiveApi.Quiz(LiveApi.QuizQuestion([1], timeLimitSeconds: null)));
        var (poll, rating, cloud, text, qna, quiz) = (s.Activities[0], s.Activities[1], s.Activities[2], s.Activities[3], s.Activities[4], s.Activities[5]);
        async Task Next() => (await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        var phone = (await Api.JoinAsync(s.Code, "Twice")).Client;
        var p = $"/api/live/p/{s.Id}/activities";

        await Next();
        await AssertReplayAsync(phone, $"{p}/{poll}/responses", new { choices = new[] { 2 }, requestId = "poll-1" }, HttpStatusCode.OK);
        await Next();
        await AssertReplayAsync(phone, $"{p}/{rating}/responses", new { rating = 4, requestId = "rating-1" }, HttpStatusCode.OK);
        await Next();
        await AssertReplayAsync(phone, $"{p}/{cloud}/responses", new { words = new[] { "Coffee" }, requestId = "cloud-1" }, HttpStatusCode.OK);
        await Next();
        await AssertReplayAsync(phone, $"{p}/{text}/responses", new { text = "Well done", requestId = "text-1" }, HttpStatusCode.OK);
        await Next();
        await AssertReplayAsync(phone, $"{p}/{qna}/questions", new { text = "Why now?", requestId = "ask-1" }, HttpStatusCode.Created);
        await Next();
        await Next();
        await AssertReplayAsync(phone, $"{p}/{quiz}/quiz/0/answer", new { options = new[] { 1 }, requestId = "quiz-1" }, HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_replay_answers_the_first_answer_after_a_later_change_and_a_reused_requestId_is_422()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll(), new { type = "opentext", title = "Say" }, new { type = "qna", title = "Ask" });
        var (poll, text, qna) = (s.Activities[0], s.Activities[1], s.Activities[2]);
        async Task Next() => (await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        var phone = (await Api.JoinAsync(s.Code, "Reuser")).Client;
        var p = $"/api/live/p/{s.Id}/activities";

        await Next();
        var first = await phone.PostAsJsonAsync($"{p}/{poll}/responses", new { choices = new[] { 0 }, requestId = "vote-a" });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await phone.PostAsJsonAsync($"{p}/{poll}/responses", new { choices = new[] { 2 }, requestId = "vote-b" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var replay = await phone.PostAsJsonAsync($"{p}/{poll}/responses", new { choices = new[] { 0 }, requestId = "vote-a" });
        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync(), "the stored first answer, not the changed vote");
        replay.Headers.GetValues("Idempotency-Replayed").ShouldBe(["true"]);
        await AssertReusedAsync(phone, $"{p}/{poll}/responses", new { choices = new[] { 1 }, requestId = "vote-a" });

        await Next();
        (await phone.PostAsJsonAsync($"{p}/{text}/responses", new { text = "First", requestId = "text-a" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await AssertReusedAsync(phone, $"{p}/{text}/responses", new { text = "Second", requestId = "text-a" });

        await Next();
        (await phone.PostAsJsonAsync($"{p}/{qna}/questions", new { text = "Why now?", requestId = "ask-a" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await AssertReusedAsync(phone, $"{p}/{qna}/questions", new { text = "Why not?", requestId = "ask-a" });
        (await phone.GetFromJsonAsync<List<JsonElement>>($"/api/live/p/{s.Id}/activities/{qna}/questions"))!.Count.ShouldBe(1);
    }

    private static async Task AssertReusedAsync(HttpClient client, string path, object body)
    {
        var reused = await client.PostAsJsonAsync(path, body);
        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, path);
        (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("IDEMPOTENCY_KEY_REUSED");
    }

    private static async Task AssertReplayAsync(HttpClient client, string path, object body, HttpStatusCode status)
    {
        var first = await client.PostAsJsonAsync(path, body);
        first.StatusCode.ShouldBe(status, await first.Content.ReadAsStringAsync());
        var replay = await client.PostAsJsonAsync(path, body);
        replay.StatusCode.ShouldBe(status);
        replay.Headers.Location.ShouldBe(first.Headers.Location);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync(), path);
    }
}

public sealed class ReplayTestsOnSqlite(LiveSqlite fixture) : ReplayTests<LiveSqlite>(fixture);

public sealed class ReplayTestsOnPostgres(LivePostgres fixture) : ReplayTests<LivePostgres>(fixture);

public sealed class ReplayTestsOnMySql(LiveMySql fixture) : ReplayTests<LiveMySql>(fixture);
