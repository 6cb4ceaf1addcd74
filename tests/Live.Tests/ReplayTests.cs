using System.Net;
using System.Net.Http.Json;

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
