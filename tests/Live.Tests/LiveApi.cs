using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Quartet.Live.Tests;

public sealed record Joined(Guid Id, string Nickname, string Token, string? RecoveryCode, HttpClient Client);

public sealed record LiveSessionUnderTest(TestUser Host, Guid Id, string Code, IReadOnlyList<Guid> Activities);

/// <summary>Drives the live API the way the UIs do: a host builds and starts a session, phones join and answer.</summary>
public sealed class LiveApi(QuartetTestHost host)
{
    public static object Poll(string title = "Pick one", string resultsMode = "live", int options = 3, bool allowChange = true) => new
    {
        type = "poll",
        title,
        resultsMode,
        config = new { options = Enumerable.Range(1, options).Select(i => $"Option {i}").ToArray(), allowChange },
    };

    public static object Quiz(params object[] questions) => new { type = "quiz", title = "Quiz", config = new { questions } };

    public static object QuizQuestion(int[] correct, int points = 1000, int? timeLimitSeconds = 20, bool showLeaderboard = false) => new
    {
        text = "Which?",
        options = new[] { "A", "B", "C", "D" },
        correct,
        points,
        timeLimitSeconds,
        showLeaderboard,
    };

    public async Task<LiveSessionUnderTest> CreateSessionAsync(bool start, params object[] activities)
    {
        var user = await host.CreateUserAsync("live.host");
        var created = await user.Client.PostAsJsonAsync("/api/live/sessions", new { title = "Test session", settings = new { maxParticipants = 20000 } });
        var session = await created.ReadAsAsync<JsonElement>();
        var id = session.GetProperty("id").GetGuid();
        var ids = new List<Guid>();
        foreach (var activity in activities)
        {
            var added = await user.Client.PostAsJsonAsync($"/api/live/sessions/{id}/activities", activity);
            ids.Add((await added.ReadAsAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        if (start)
        {
            (await user.Client.PostAsync($"/api/live/sessions/{id}/start", null)).EnsureSuccessStatusCode();
        }

        return new LiveSessionUnderTest(user, id, session.GetProperty("code").GetString()!, ids);
    }

    public async Task<HttpResponseMessage> TryJoinAsync(string code, string nickname) =>
        await host.CreateRawClient().PostAsJsonAsync("/api/live/join", new { code, nickname });

    /// <summary>Joins, retrying on 429 JOIN_BUSY after the advised delay like the phone does.</summary>
    public async Task<Joined> JoinAsync(string code, string nickname)
    {
        while (true)
        {
            var response = await TryJoinAsync(code, nickname);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                problem.GetProperty("code").GetString().ShouldBe("JOIN_BUSY");
                await Task.Delay(Math.Min(problem.GetProperty("retryAfterMs").GetInt32(), 1500));
                continue;
            }

            var body = await response.ReadAsAsync<JsonElement>();
            var token = body.GetProperty("token").GetString()!;
            return new Joined(body.GetProperty("participantId").GetGuid(), body.GetProperty("nickname").GetString()!, token,
                body.GetProperty("recoveryCode").GetString(), ParticipantClient(token));
        }
    }

    public HttpClient ParticipantClient(string token)
    {
        var client = host.CreateRawClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Participant", token);
        return client;
    }

    /// <summary>A client holding the presenter cookie, obtained by exchanging a freshly rotated presenter key.</summary>
    public async Task<HttpClient> PresenterClientAsync(LiveSessionUnderTest s)
    {
        var presenter = host.CreateRawClient();
        var presenterKey = await (await s.Host.Client.PostAsync($"/api/live/sessions/{s.Id}/presenter-key", null)).ReadAsAsync<JsonElement>();
        var exchanged = await presenter.PostAsJsonAsync($"/api/live/present/{s.Id}/key", new { key = presenterKey.GetProperty("key").GetString() });
        exchanged.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        presenter.DefaultRequestHeaders.Add("Cookie", exchanged.Headers.GetValues("Set-Cookie").First().Split(';')[0]);
        return presenter;
    }

    public async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object? body = null) =>
        body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body);

    public static async Task<JsonObject> SyncAsync(HttpClient client, string path, long since = 0)
    {
        var response = await client.GetAsync($"{path}?since={since}");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Polls until the condition holds (publishing is batched every 250–500 ms); fails after 20 s.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException($"Never happened: {what}");
    }

    public static JsonNode? Find(JsonObject sync, string kind, string id) =>
        sync["changes"]!.AsArray().FirstOrDefault(c => c!["kind"]!.GetValue<string>() == kind && c["id"]!.GetValue<string>() == id)?["data"];
}

/// <summary>A client-side copy of synced state, applied by the rules of S4/S12.</summary>
public sealed class SyncedState
{
    private readonly SortedDictionary<string, string> entities = new(StringComparer.Ordinal);

    public long Version { get; private set; }

    public void Apply(JsonObject sync)
    {
        if (sync["full"]!.GetValue<bool>())
        {
            entities.Clear();
        }

        foreach (var change in sync["changes"]!.AsArray())
        {
            entities[Key(change!)] = change!["data"]!.ToJsonString();
        }

        foreach (var removed in sync["removed"]!.AsArray())
        {
            entities.Remove(Key(removed!));
        }

        Version = sync["version"]!.GetValue<long>();
    }

    public string Canonical() => string.Join("\n", entities.Select(e => e.Key + "=" + e.Value));

    private static string Key(JsonNode node) => node["kind"]!.GetValue<string>() + "/" + node["id"]!.GetValue<string>();
}
