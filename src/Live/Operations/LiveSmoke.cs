using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Quartet.Live.Sessions;
using Quartet.Platform.Accounts;

namespace Quartet.Live.Operations;

/// <summary>
/// <c>quartet live smoke --url …</c> (§6, after a deploy): drives a deployed server over HTTP the way the apps do. As a
/// dedicated host account (ensured in the database with a fresh random password on every run) it creates a draft with
/// one poll and rehearses it with 3 bots, then joins as a participant, votes, and checks that the vote and the bots'
/// answers reach the participant's and the host's sync, that a conditional sync answers 304 and that the SSE stream
/// opens; finally it stops the rehearsal, deletes the session and checks the code is gone. Cleanup runs whatever failed.
/// </summary>
public static class LiveSmoke
{
    public const string AccountEmail = "live-smoke@quartet.invalid";

    /// <summary>Every check passed.</summary>
    public const int Passed = 0;

    /// <summary>The server answered, but a check failed (the output names it).</summary>
    public const int CheckFailed = 1;

    /// <summary>The smoke test could not run: server unreachable, or the smoke account could not sign in.</summary>
    public const int CouldNotRun = 2;

    private sealed class CheckFailedException(string message) : Exception(message);

    public static async Task<int> RunAsync(IServiceProvider services, Uri baseUrl, TextWriter output, TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        string token;
        try
        {
            var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
            await DemoAccounts.EnsureAsync(services, AccountEmail, password, "Live smoke test", [HostAccess.HostRole], ct);
            var signIn = await http.PostAsJsonAsync("/api/auth/token", new { email = AccountEmail, password }, ct);
            if (!signIn.IsSuccessStatusCode)
            {
                await output.WriteLineAsync($"FAIL sign-in: {(int)signIn.StatusCode} {await signIn.Content.ReadAsStringAsync(ct)}");
                return CouldNotRun;
            }

            token = (await signIn.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
        }
        catch (HttpRequestException e)
        {
            await output.WriteLineAsync($"FAIL {baseUrl} unreachable: {e.Message}");
            return CouldNotRun;
        }

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Guid? sessionId = null;
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(timeout);
            await CheckAsync(http, output, id => sessionId = id, deadline.Token);
            return Passed;
        }
        catch (CheckFailedException e)
        {
            await output.WriteLineAsync($"FAIL {e.Message}");
            return CheckFailed;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            await output.WriteLineAsync($"FAIL timed out after {timeout.TotalSeconds:0} s");
            return CheckFailed;
        }
        catch (HttpRequestException e)
        {
            await output.WriteLineAsync($"FAIL request: {e.Message}");
            return CheckFailed;
        }
        finally
        {
            if (sessionId is { } id)
            {
                await CleanUpAsync(http, id, output);
            }
        }
    }

    private static async Task CheckAsync(HttpClient http, TextWriter output, Action<Guid> created, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        async Task Step(string what) => await output.WriteLineAsync($"ok   {what} ({clock.ElapsedMilliseconds} ms)");

        var session = await ReadAsync(await http.PostAsJsonAsync("/api/live/sessions", new { title = $"Smoke test {DateTime.UtcNow:O}" }, ct), "create session", ct);
        var id = session.GetProperty("id").GetGuid();
        created(id);
        var code = session.GetProperty("code").GetString()!;
        var poll = new { type = "poll", title = "Smoke poll", resultsMode = "live", config = new { options = new[] { "Yes", "No" } } };
        var activity = (await ReadAsync(await http.PostAsJsonAsync($"/api/live/sessions/{id}/activities", poll, ct), "add poll", ct)).GetProperty("id").GetGuid();
        await ReadAsync(await http.PostAsJsonAsync($"/api/live/sessions/{id}/rehearsal", new { bots = 3 }, ct), "start rehearsal", ct);
        await ReadAsync(await http.PostAsJsonAsync($"/api/live/sessions/{id}/navigate", new { to = "next" }, ct), "open the poll", ct);
        await Step($"rehearsal {id} with 3 bots, code {code}");

        var joined = await ReadAsync(await http.PostAsJsonAsync("/api/live/join", new { code, nickname = "Smoke tester" }, ct), "join", ct);
        using var phone = new HttpClient { BaseAddress = http.BaseAddress, Timeout = http.Timeout };
        phone.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Participant", joined.GetProperty("token").GetString());
        await Step("joined");

        var vote = new { choices = new[] { 0 }, requestId = Guid.NewGuid() };
        await ReadAsync(await phone.PostAsJsonAsync($"/api/live/p/{id}/activities/{activity}/responses", vote, ct), "vote", ct);
        await Step("voted");

        var participantSync = $"/api/live/p/{id}/sync";
        var (version, results) = await UntilAsync(phone, participantSync, activity, r => r.Counts[0] >= 1 && r.Respondents >= 2, ct);
        await Step($"participant sync v{version}: {results.Respondents} respondents (the vote and a bot's answer), counts [{string.Join(", ", results.Counts)}]");
        var (_, hostResults) = await UntilAsync(http, $"/api/live/sessions/{id}/sync", activity, r => r.Respondents >= results.Respondents, ct);
        await Step($"host sync: {hostResults.Respondents} respondents");

        // Until the bots are done the version may move between two requests; a 200 hands over the newer tag.
        var answered = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 10 && answered == HttpStatusCode.OK; attempt++)
        {
            using var conditional = new HttpRequestMessage(HttpMethod.Get, $"{participantSync}?since={version}");
            conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"v{version}\""));
            using var answer = await phone.SendAsync(conditional, ct);
            answered = answer.StatusCode;
            if (answered == HttpStatusCode.OK)
            {
                version = (await answer.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("version").GetInt64();
                await Task.Delay(1000, ct);
            }
        }

        Check(answered == HttpStatusCode.NotModified, $"conditional sync with the current tag answered {(int)answered}, not 304");
        await Step($"conditional sync at v{version} answered 304");

        using (var stream = await phone.GetAsync($"/api/live/p/{id}/stream?since={version}", HttpCompletionOption.ResponseHeadersRead, ct))
        {
            Check(stream.IsSuccessStatusCode && stream.Content.Headers.ContentType?.MediaType == "text/event-stream", $"stream answered {(int)stream.StatusCode}");
            await Step("SSE stream opened");
        }
    }

    private static async Task CleanUpAsync(HttpClient http, Guid id, TextWriter output)
    {
        try
        {
            var code = (await http.GetFromJsonAsync<JsonElement>($"/api/live/sessions/{id}")).GetProperty("code").GetString();
            using var stopped = await http.DeleteAsync($"/api/live/sessions/{id}/rehearsal");
            using var deleted = await http.DeleteAsync($"/api/live/sessions/{id}");
            using var lookup = await http.GetAsync($"/api/live/join/{code}");
            await output.WriteLineAsync(deleted.IsSuccessStatusCode && lookup.StatusCode == HttpStatusCode.NotFound
                ? $"ok   rehearsal stopped ({(int)stopped.StatusCode}), session deleted, code {code} gone"
                : $"WARN cleanup: delete answered {(int)deleted.StatusCode}, code lookup {(int)lookup.StatusCode}; delete session {id} by hand");
        }
        catch (HttpRequestException e)
        {
            await output.WriteLineAsync($"WARN cleanup failed ({e.Message}); delete session {id} by hand");
        }
    }

    private sealed record PollResults(int Respondents, int[] Counts);

    /// <summary>Polls a sync endpoint (publishing is batched) until the poll's results satisfy the condition.</summary>
    private static async Task<(long Version, PollResults Results)> UntilAsync(HttpClient client, string path, Guid activity, Func<PollResults, bool> done, CancellationToken ct)
    {
        var last = new PollResults(0, [0, 0]);
        while (true)
        {
            var response = await client.GetAsync($"{path}?since=0", ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), ct);
                continue;
            }

            var sync = await ReadAsync(response, $"GET {path}", ct);
            foreach (var change in sync.GetProperty("changes").EnumerateArray())
            {
                if (change.GetProperty("kind").GetString() == "results" && change.GetProperty("id").GetString() == activity.ToString())
                {
                    var data = change.GetProperty("data");
                    Check(data.TryGetProperty("counts", out var counts), "results with live visibility carry no counts");
                    last = new PollResults(data.GetProperty("respondents").GetInt32(), [.. counts.EnumerateArray().Select(c => c.GetInt32())]);
                }
            }

            if (done(last))
            {
                return (sync.GetProperty("version").GetInt64(), last);
            }

            // The sync bucket refills at 1/s per participant (§4.7).
            await Task.Delay(1000, ct);
        }
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string what, CancellationToken ct)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            Check(response.IsSuccessStatusCode, $"{what}: {(int)response.StatusCode} {text}");
            return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text);
        }
    }

    private static void Check(bool condition, string failure)
    {
        if (!condition)
        {
            throw new CheckFailedException(failure);
        }
    }
}
