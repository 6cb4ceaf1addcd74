using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Quartet.Live.Tests;

public abstract class ExportTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private LiveApi Api => new(fixture.Host);

    [Fact]
    public async Task Exports_never_name_anonymous_authors_and_summary_counts_respondents()
    {
        var s = await Api.CreateSessionAsync(true, new { type = "qna", title = "Ask" }, LiveApi.Poll());
        await s.Host.Client.PostAsync($"/api/live/sessions/{s.Id}/activities/{s.Activities[0]}/open", null);
        var secret = await Api.JoinAsync(s.Code, "Whistleblower");
        var open = await Api.JoinAsync(s.Code, "Openly");
        (await secret.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{s.Activities[0]}/questions", new { text = "=cmd|' /C calc'!A0", anonymous = true })).EnsureSuccessStatusCode();
        (await open.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{s.Activities[0]}/questions", new { text = "Signed question", anonymous = false })).EnsureSuccessStatusCode();

        var csv = await s.Host.Client.GetStringAsync($"/api/live/sessions/{s.Id}/export?format=csv&part=questions");
        csv.ShouldNotContain("Whistleblower");
        csv.ShouldContain("Openly");
        csv.ShouldContain("'=cmd");
        var json = await s.Host.Client.GetStringAsync($"/api/live/sessions/{s.Id}/export?format=json");
        json.ShouldNotContain("Whistleblower");
        var hostSync = await LiveApi.SyncAsync(s.Host.Client, $"/api/live/sessions/{s.Id}/sync");
        hostSync.ToJsonString().ShouldNotContain("Whistleblower");

        var summary = await (await s.Host.Client.GetAsync($"/api/live/sessions/{s.Id}/summary")).ReadAsAsync<JsonElement>();
        summary.GetProperty("participantsJoined").GetInt32().ShouldBe(2);
        summary.GetProperty("activities")[0].GetProperty("respondents").GetInt32().ShouldBe(2);
        await (await s.Host.Client.GetAsync($"/api/live/sessions/{s.Id}/export?format=xml")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "BAD_EXPORT");
    }

    [Fact]
    public async Task Summary_headlines_follow_the_published_results_and_exports_carry_the_leaderboard()
    {
        var s = await Api.CreateSessionAsync(true,
            LiveApi.Poll(options: 3),
            new { type = "wordcloud", title = "Words" },
            new { type = "rating", title = "Rate" },
            LiveApi.Quiz(LiveApi.QuizQuestion([1], timeLimitSeconds: null)));
        var (poll, cloud, rating, quiz) = (s.Activities[0], s.Activities[1], s.Activities[2], s.Activities[3]);
        var host = s.Host.Client;
        var people = new List<Joined>();
        for (var i = 0; i < 3; i++)
        {
            people.Add(await Api.JoinAsync(s.Code, $"Person {i}"));
        }

        async Task Next() => (await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        await Next();
        foreach (var (p, choice) in people.Zip([1, 1, 2]))
        {
            (await p.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{poll}/responses", new { choices = new[] { choice } })).EnsureSuccessStatusCode();
        }

        await Next();
        foreach (var (p, word) in people.Zip(["Coffee", "coffee", "tea"]))
        {
            (await p.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{cloud}/responses", new { words = new[] { word } })).EnsureSuccessStatusCode();
        }

        await Next();
        foreach (var (p, value) in people.Zip([5, 4, 4]))
        {
            (await p.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{rating}/responses", new { rating = value })).EnsureSuccessStatusCode();
        }

        await Next();
        await Next();
        foreach (var (p, option) in people.Zip([1, 1, 0]))
        {
            (await p.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{quiz}/quiz/0/answer", new { options = new[] { option } })).EnsureSuccessStatusCode();
        }

        JsonElement summary = default;
        await LiveApi.EventuallyAsync(async () =>
        {
            summary = await (await host.GetAsync($"/api/live/sessions/{s.Id}/summary")).ReadAsAsync<JsonElement>();
            return summary.GetProperty("activities").EnumerateArray().All(a => a.GetProperty("headline").ValueKind != JsonValueKind.Null)
                && summary.GetProperty("activities")[3].GetProperty("headline").GetProperty("top").GetArrayLength() == 3;
        }, "every activity has a published headline");
        summary.GetProperty("final").GetBoolean().ShouldBeFalse();
        var activities = summary.GetProperty("activities");
        var pollHeadline = activities[0].GetProperty("headline");
        pollHeadline.GetProperty("topOption").GetString().ShouldBe("Option 2");
        pollHeadline.GetProperty("topCount").GetInt32().ShouldBe(2);
        activities[0].GetProperty("participationPercent").GetDouble().ShouldBe(100);
        var words = activities[1].GetProperty("headline").GetProperty("topWords");
        words[0].GetProperty("text").GetString().ShouldBe("Coffee");
        words[0].GetProperty("count").GetInt32().ShouldBe(2);
        activities[2].GetProperty("headline").GetProperty("mean").GetDouble().ShouldBe(4.33);
        var quizHeadline = activities[3].GetProperty("headline");
        quizHeadline.GetProperty("top")[0].GetProperty("score").GetInt32().ShouldBe(1000);
        quizHeadline.GetProperty("top")[0].GetProperty("correctCount").GetInt32().ShouldBe(1);
        quizHeadline.GetProperty("averageScore").GetDouble().ShouldBe(666.7);

        var leaderboard = await host.GetStringAsync($"/api/live/sessions/{s.Id}/export?format=csv&part=leaderboard");
        leaderboard.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(4);
        leaderboard.ShouldContain("Person 0");
        var summaryCsv = await host.GetStringAsync($"/api/live/sessions/{s.Id}/export?format=csv&part=summary");
        summaryCsv.ShouldStartWith("activity,type,respondents,responses,participationPercent,headline");
        var json = await (await host.GetAsync($"/api/live/sessions/{s.Id}/export?format=json")).ReadAsAsync<JsonElement>();
        json.GetProperty("leaderboards")[0].GetProperty("players").GetArrayLength().ShouldBe(3);
    }
}

public sealed class ExportTestsOnSqlite(LiveSqlite fixture) : ExportTests<LiveSqlite>(fixture);

public sealed class ExportTestsOnPostgres(LivePostgres fixture) : ExportTests<LivePostgres>(fixture);

public sealed class ExportTestsOnMySql(LiveMySql fixture) : ExportTests<LiveMySql>(fixture);
