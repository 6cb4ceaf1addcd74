using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;

namespace Quartet.Live.Tests;

public abstract class SyncProtocolTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    private LiveApi Api => new(Host);

    [Fact]
    public async Task Deltas_applied_to_any_older_snapshot_equal_the_fresh_snapshot_for_every_audience()
    {
        var s = await Api.CreateSessionAsync(true,
            LiveApi.Poll("Hidden poll", resultsMode: "onReveal"),
            new { type = "rating", title = "Rate" },
            new { type = "wordcloud", title = "Words" },
            new { type = "qna", title = "Ask", config = new { preModeration = true } },
            LiveApi.Quiz(LiveApi.QuizQuestion([1], showLeaderboard: true), LiveApi.QuizQuestion([0, 2])));
        var (poll, rating, cloud, qna, quiz) = (s.Activities[0], s.Activities[1], s.Activities[2], s.Activities[3], s.Activities[4]);
        var people = new List<Joined>();
        for (var i = 0; i < 6; i++)
        {
            people.Add(await Api.JoinAsync(s.Code, $"Player {i}"));
        }

        var host = s.Host.Client;
        var presenter = await Api.PresenterClientAsync(s);

        var viewers = new (HttpClient Client, string Path)[]
        {
            (host, $"/api/live/sessions/{s.Id}/sync"),
            (presenter, $"/api/live/present/{s.Id}/sync"),
            (people[0].Client, $"/api/live/p/{s.Id}/sync"),
            (people[1].Client, $"/api/live/p/{s.Id}/sync"),
        };
        var history = viewers.Select(_ => new List<JsonObject>()).ToArray();
        var random = new Random(20261121);
        (await host.PostAsync($"/api/live/sessions/{s.Id}/activities/{qna}/open", null)).EnsureSuccessStatusCode();
        var questions = new List<Guid>();

        for (var step = 0; step < 40; step++)
        {
            var who = people[random.Next(people.Count)];
            switch (random.Next(9))
            {
                case 0:
                case 1:
                    await host.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" });
                    break;
                case 2:
                    await who.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{poll}/responses", new { choices = new[] { random.Next(3) }, requestId = Guid.NewGuid().ToString() });
                    await who.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{rating}/responses", new { rating = random.Next(1, 6) });
                    await who.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{cloud}/responses", new { words = new[] { "word" + random.Next(4) } });
                    break;
                case 3:
                    var asked = await who.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{qna}/questions", new { text = "Question number " + step, anonymous = random.Next(2) == 0 });
                    if (asked.IsSuccessStatusCode)
                    {
                        questions.Add((await asked.ReadAsAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid());
                    }

                    break;
                case 4 when questions.Count > 0:
                    await host.PostAsync($"/api/live/sessions/{s.Id}/questions/{questions[random.Next(questions.Count)]}/approve", null);
                    break;
                case 5 when questions.Count > 0:
                    await who.Client.PutAsync($"/api/live/p/{s.Id}/questions/{questions[random.Next(questions.Count)]}/vote", null);
                    break;
                case 6:
                    await host.PostAsync($"/api/live/sessions/{s.Id}/activities/{poll}/{(random.Next(2) == 0 ? "reveal" : "hide-results")}", null);
                    break;
                case 7:
                    var answered = await who.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{quiz}/quiz/0/answer", new { options = new[] { random.Next(4) } });
                    answered.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.NotFound);
                    break;
                default:
                    await Task.Delay(300);
                    break;
            }

            for (var v = 0; v < viewers.Length; v++)
            {
                history[v].Add(await LiveApi.SyncAsync(viewers[v].Client, viewers[v].Path));
            }
        }

        for (var v = 0; v < viewers.Length; v++)
        {
            foreach (var old in history[v].DistinctBy(h => h["version"]!.GetValue<long>()))
            {
                for (var attempt = 0; ; attempt++)
                {
                    var fresh = await LiveApi.SyncAsync(viewers[v].Client, viewers[v].Path);
                    var delta = await LiveApi.SyncAsync(viewers[v].Client, viewers[v].Path, old["version"]!.GetValue<long>());
                    if (delta["version"]!.GetValue<long>() != fresh["version"]!.GetValue<long>() && attempt < 5)
                    {
                        continue;
                    }

                    var replayed = new SyncedState();
                    replayed.Apply(old);
                    replayed.Apply(delta);
                    var expected = new SyncedState();
                    expected.Apply(fresh);
                    replayed.Canonical().ShouldBe(expected.Canonical(), $"viewer {v}, from version {old["version"]}");
                    break;
                }
            }
        }
    }

    [Fact]
    public async Task Conditional_sync_with_the_current_tag_is_304_without_any_database_command()
    {
        Host.App.GetTestServer().PreserveExecutionContext = true;
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var phone = await Api.JoinAsync(s.Code, "Quiet");
        var first = await phone.Client.GetAsync($"/api/live/p/{s.Id}/sync?since=0");
        var tag = first.Headers.ETag!.Tag;
        var version = long.Parse(tag.Trim('"')[1..], System.Globalization.CultureInfo.InvariantCulture);

        var counter = DbCommandCounter.Start();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/live/p/{s.Id}/sync?since={version}");
        request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        var response = await phone.Client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        counter.Count.ShouldBe(0);

        using var ahead = new HttpRequestMessage(HttpMethod.Get, $"/api/live/p/{s.Id}/sync?since={version + 50}");
        ahead.Headers.TryAddWithoutValidation("If-None-Match", $"\"v{version + 50}\"");
        var aheadResponse = await phone.Client.SendAsync(ahead);
        aheadResponse.StatusCode.ShouldBe(HttpStatusCode.NotModified, "a client ahead of this instance never gets an older version");
        counter.Count.ShouldBe(0);

        (await phone.Client.GetAsync($"/api/live/p/{s.Id}/me")).EnsureSuccessStatusCode();
        counter.Count.ShouldBeGreaterThan(0, "the counter sees the commands of a request that does use the database");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    public async Task A_bad_cursor_is_400(string since)
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var phone = await Api.JoinAsync(s.Code, "Cursor");
        await (await phone.Client.GetAsync($"/api/live/p/{s.Id}/sync?since={since}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "BAD_CURSOR");
    }

    [Fact]
    public async Task Current_cursor_gets_empty_changes_and_a_future_or_zero_cursor_a_full_snapshot()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var phone = await Api.JoinAsync(s.Code, "Cursor");
        var full = await LiveApi.SyncAsync(phone.Client, $"/api/live/p/{s.Id}/sync");
        full["full"]!.GetValue<bool>().ShouldBeTrue();
        var version = full["version"]!.GetValue<long>();
        var same = await LiveApi.SyncAsync(phone.Client, $"/api/live/p/{s.Id}/sync", version);
        same["full"]!.GetValue<bool>().ShouldBeFalse();
        same["changes"]!.AsArray().ShouldBeEmpty();
        var future = await LiveApi.SyncAsync(phone.Client, $"/api/live/p/{s.Id}/sync", version + 1000);
        future["full"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Long_poll_returns_when_the_version_moves()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var phone = await Api.JoinAsync(s.Code, "Waiter");
        var version = (await LiveApi.SyncAsync(phone.Client, $"/api/live/p/{s.Id}/sync"))["version"]!.GetValue<long>();
        var held = phone.Client.GetAsync($"/api/live/p/{s.Id}/sync?since={version}&wait=25");
        await Task.Delay(200);
        (await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();

        // Other changes (the join's presence flush) may move the version first; each answer is then a delta, and the
        // navigation arrives in one of the next few.
        for (var answers = 0; answers < 5; answers++)
        {
            var response = await held;
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            body["version"]!.GetValue<long>().ShouldBeGreaterThan(version);
            body["full"]!.GetValue<bool>().ShouldBeFalse();
            if (body["changes"]!.AsArray().Any(c => c!["kind"]!.GetValue<string>() == "session"))
            {
                return;
            }

            version = body["version"]!.GetValue<long>();
            held = phone.Client.GetAsync($"/api/live/p/{s.Id}/sync?since={version}&wait=25");
        }

        throw new ShouldAssertException("the navigation never reached the long-polling participant");
    }

    [Fact]
    public async Task Stream_sends_the_same_sync_message_with_the_version_as_event_id()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var phone = await Api.JoinAsync(s.Code, "Streamer");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/live/p/{s.Id}/stream");
        using var response = await phone.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        var id = await reader.ReadLineAsync(cts.Token);
        id.ShouldNotBeNull().ShouldStartWith("id: ");
        (await reader.ReadLineAsync(cts.Token)).ShouldBe("event: sync");
        var data = JsonNode.Parse((await reader.ReadLineAsync(cts.Token))!["data: ".Length..])!;
        data["full"]!.GetValue<bool>().ShouldBeTrue();
        data["version"]!.GetValue<long>().ShouldBe(long.Parse(id["id: ".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Hidden_results_never_reach_participants_or_the_presenter_before_reveal()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll("Secret", resultsMode: "onReveal"), LiveApi.Quiz(LiveApi.QuizQuestion([2])));
        var (poll, quiz) = (s.Activities[0], s.Activities[1]);
        var phone = await Api.JoinAsync(s.Code, "Curious");
        await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" });
        (await phone.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{poll}/responses", new { choices = new[] { 1 } })).EnsureSuccessStatusCode();

        await LiveApi.EventuallyAsync(async () =>
            LiveApi.Find(await LiveApi.SyncAsync(s.Host.Client, $"/api/live/sessions/{s.Id}/sync"), "results", poll.ToString())?["counts"]?[1]?.GetValue<int>() == 1,
            "the host sees live counts");
        var mine = await LiveApi.SyncAsync(phone.Client, $"/api/live/p/{s.Id}/sync");
        var publicResults = LiveApi.Find(mine, "results", poll.ToString())!;
        publicResults["hidden"]!.GetValue<bool>().ShouldBeTrue();
        publicResults["responses"]!.GetValue<int>().ShouldBe(1);
        mine.ToJsonString().ShouldNotContain("\"counts\"");
        (await phone.Client.GetStringAsync($"/api/live/p/{s.Id}/me")).ShouldNotContain("\"counts\"");
        var presenter = await Api.PresenterClientAsync(s);
        var screen = await LiveApi.SyncAsync(presenter, $"/api/live/present/{s.Id}/sync");
        LiveApi.Find(screen, "results", poll.ToString())!["hidden"]!.GetValue<bool>().ShouldBeTrue();
        screen.ToJsonString().ShouldNotContain("\"counts\"");

        await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" });
        await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" });
        (await phone.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{quiz}/quiz/0/answer", new { options = new[] { 2 } })).EnsureSuccessStatusCode();
        await Task.Delay(600);
        var duringQuiz = (await LiveApi.SyncAsync(phone.Client, $"/api/live/p/{s.Id}/sync")).ToJsonString();
        duringQuiz.ShouldNotContain("\"correct\":[");
        duringQuiz.ShouldNotContain("\"correctCount\"");

        (await s.Host.Client.PostAsync($"/api/live/sessions/{s.Id}/activities/{poll}/reveal", null)).EnsureSuccessStatusCode();
        var revealed = LiveApi.Find(await LiveApi.SyncAsync(phone.Client, $"/api/live/p/{s.Id}/sync"), "results", poll.ToString())!;
        revealed["counts"]!.AsArray().Select(c => c!.GetValue<int>()).ShouldBe([0, 1, 0]);
    }
}

public sealed class SyncProtocolTestsOnSqlite(LiveSqlite fixture) : SyncProtocolTests<LiveSqlite>(fixture);

public sealed class SyncProtocolTestsOnPostgres(LivePostgres fixture) : SyncProtocolTests<LivePostgres>(fixture);

public sealed class SyncProtocolTestsOnMySql(LiveMySql fixture) : SyncProtocolTests<LiveMySql>(fixture);
