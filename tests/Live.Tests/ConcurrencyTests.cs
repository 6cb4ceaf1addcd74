using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;

namespace Quartet.Live.Tests;

public abstract class ConcurrencyTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    private LiveApi Api => new(Host);

    [Fact]
    public async Task Two_thousand_participants_voting_at_once_give_exact_counts_and_replays_count_once()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll(options: 4));
        await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" });
        var people = new List<Joined>();
        foreach (var batch in Enumerable.Range(0, 2000).Chunk(200))
        {
            people.AddRange(await Task.WhenAll(batch.Select(i => Api.JoinAsync(s.Code, $"Voter {i}"))));
        }

        var expected = new int[4];
        var votes = people.Select((p, i) => (Person: p, Choice: i % 4, RequestId: Guid.NewGuid().ToString())).ToList();
        foreach (var v in votes)
        {
            expected[v.Choice]++;
        }

        var path = $"/api/live/p/{s.Id}/activities/{s.Activities[0]}/responses";
        var answers = await Task.WhenAll(votes.Select(v => v.Person.Client.PostAsJsonAsync(path, new { choices = new[] { v.Choice }, requestId = v.RequestId })));
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        var replays = await Task.WhenAll(votes.Take(300).Select(v => v.Person.Client.PostAsJsonAsync(path, new { choices = new[] { v.Choice }, requestId = v.RequestId })));
        replays.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        var reused = await Task.WhenAll(votes.Skip(300).Take(100).Select(v => v.Person.Client.PostAsJsonAsync(path, new { choices = new[] { (v.Choice + 1) % 4 }, requestId = v.RequestId })));
        foreach (var answer in reused)
        {
            await answer.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");
        }

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
            (await db.Responses.CountAsync(r => r.ActivityId == s.Activities[0])).ShouldBe(2000);
        }

        await LiveApi.EventuallyAsync(async () =>
        {
            var results = LiveApi.Find(await LiveApi.SyncAsync(s.Host.Client, $"/api/live/sessions/{s.Id}/sync"), "results", s.Activities[0].ToString());
            return results?["respondents"]?.GetValue<int>() == 2000;
        }, "2,000 respondents published");
        var published = LiveApi.Find(await LiveApi.SyncAsync(people[0].Client, $"/api/live/p/{s.Id}/sync"), "results", s.Activities[0].ToString())!;
        published["counts"]!.AsArray().Select(c => c!.GetValue<int>()).ShouldBe(expected);
    }

    [Fact]
    public async Task Fifty_parallel_answers_from_one_participant_count_once()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" });
        var phone = await Api.JoinAsync(s.Code, "Eager");
        var path = $"/api/live/p/{s.Id}/activities/{s.Activities[0]}/responses";
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => phone.Client.PostAsJsonAsync(path, new { choices = new[] { i % 3 }, requestId = $"r{i}" })));
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        (await db.Responses.CountAsync(r => r.ActivityId == s.Activities[0])).ShouldBe(1);
    }

    [Fact]
    public async Task Parallel_duplicate_upvotes_count_once_and_the_author_cannot_vote()
    {
        var s = await Api.CreateSessionAsync(true, new { type = "qna", title = "Ask" });
        (await s.Host.Client.PostAsync($"/api/live/sessions/{s.Id}/activities/{s.Activities[0]}/open", null)).EnsureSuccessStatusCode();
        var author = await Api.JoinAsync(s.Code, "Author");
        var asked = await author.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{s.Activities[0]}/questions", new { text = "Why is the sky blue?" });
        var questionId = (await asked.ReadAsAsync<JsonElement>()).GetProperty("id").GetGuid();
        var voters = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Api.JoinAsync(s.Code, $"Fan {i}")));
        var votes = await Task.WhenAll(voters.SelectMany(v => Enumerable.Range(0, 5).Select(_ => v.Client.PutAsync($"/api/live/p/{s.Id}/questions/{questionId}/vote", null))));
        votes.ShouldAllBe(v => v.StatusCode == HttpStatusCode.OK);
        await (await author.Client.PutAsync($"/api/live/p/{s.Id}/questions/{questionId}/vote", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "CANNOT_VOTE_OWN");

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        (await db.Questions.Where(q => q.Id == questionId).Select(q => q.VoteCount).SingleAsync()).ShouldBe(20);
        (await db.QuestionVotes.CountAsync(v => v.QuestionId == questionId)).ShouldBe(20);
    }

    [Fact]
    public async Task Two_hundred_parallel_joins_with_one_nickname_get_distinct_names()
    {
        var s = await Api.CreateSessionAsync(true, LiveApi.Poll());
        var joined = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Api.JoinAsync(s.Code, "Sam")));
        joined.Select(j => j.Nickname).Distinct().Count().ShouldBe(200);
        joined.ShouldContain(j => j.Nickname == "Sam");
        joined.ShouldContain(j => j.Nickname == "Sam 200");
    }
}

public sealed class ConcurrencyTestsOnSqlite(LiveSqlite fixture) : ConcurrencyTests<LiveSqlite>(fixture);

public sealed class ConcurrencyTestsOnPostgres(LivePostgres fixture) : ConcurrencyTests<LivePostgres>(fixture);

public sealed class ConcurrencyTestsOnMySql(LiveMySql fixture) : ConcurrencyTests<LiveMySql>(fixture);
