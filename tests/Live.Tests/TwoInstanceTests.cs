using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Live.Sync;
using Xunit.Abstractions;

namespace Quartet.Live.Tests;

/// <summary>
/// Two instances of one deployment on one database (§4.6, §8): they share the signing key and nothing else.
/// </summary>
public abstract class TwoInstanceDeployment : IAsyncLifetime
{
    private string? database;

    protected abstract TestProvider Provider { get; }

    /// <summary>The listener's polling interval: slowed on PostgreSQL, so propagation within a second proves LISTEN/NOTIFY carries it.</summary>
    protected abstract int ListenerIntervalMs { get; }

    /// <summary>
    /// The publisher's sweep of every live session, slowed from 2 s to the 5 s of the presence round (which looks at every
    /// live session too), so a vote whose cross-instance signal went missing would wait up to 5 s.
    /// </summary>
    public const int SweepIntervalMs = 5000;

    public QuartetTestHost A { get; private set; } = null!;

    public QuartetTestHost B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = Provider == TestProvider.MySql ? TestDatabases.NewMySqlDeployment() : await TestDatabases.CreatePostgresDatabaseAsync();
        var settings = LiveTestSettings.Relaxed();
        settings["Quartet:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        settings["Live:ListenerIntervalMs"] = ListenerIntervalMs.ToString(CultureInfo.InvariantCulture);
        settings["Live:SweepIntervalMs"] = SweepIntervalMs.ToString(CultureInfo.InvariantCulture);
        A = await QuartetTestHost.StartAsync(Provider, settings, sharedPostgresDatabase: database);
        B = await QuartetTestHost.StartAsync(Provider, settings, sharedPostgresDatabase: database);
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        if (database is null)
        {
            return;
        }

        if (Provider == TestProvider.MySql)
        {
            await TestDatabases.DropMySqlDeploymentAsync(database);
        }
        else
        {
            await TestDatabases.DropPostgresDatabaseAsync(database);
        }
    }
}

public sealed class TwoInstances : TwoInstanceDeployment
{
    protected override TestProvider Provider => TestProvider.Postgres;

    protected override int ListenerIntervalMs => 30_000;
}

/// <summary>MySQL has no LISTEN/NOTIFY: each instance polls the database every 250 ms (the default), which carries votes across.</summary>
public sealed class TwoMySqlInstances : TwoInstanceDeployment
{
    protected override TestProvider Provider => TestProvider.MySql;

    protected override int ListenerIntervalMs => 250;
}

public abstract class TwoInstanceTests<T>(T instances, ITestOutputHelper output) : IClassFixture<T> where T : TwoInstanceDeployment
{
    private LiveApi OnA => new(instances.A);

    private LiveApi OnB => new(instances.B);

    /// <summary>
    /// Rounds alternate the instance that takes the vote. A vote the lease holder takes reaches the other instance through
    /// its listener (NOTIFY on PostgreSQL, the 250 ms poll on MySQL); a vote the other instance takes is published only
    /// once the cross-instance write signal (NOTIFY live_writes, the lease row's SignalledWrites on MySQL) tells the
    /// holder, or else by the holder's next sweep of every live session, slowed to 5 s in this fixture. Every round must
    /// take under 3 s and their median under 1 s, so a missing signal, which leaves six of the twelve votes to the sweep,
    /// fails (all six under 3 s and one of them under 1 s by luck: about 1 run in 80).
    /// </summary>
    [Fact]
    public async Task A_vote_taken_by_one_instance_is_in_the_others_sync_within_a_second()
    {
        var s = await OnA.CreateSessionAsync(true, LiveApi.Poll(options: 4));
        (await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        var hostOnB = HostClientOn(instances.B, s);
        await LiveApi.EventuallyAsync(async () => await LeaseHolderAsync(instances.A, s.Id) is not null
            && Respondents(await LiveApi.SyncAsync(hostOnB, $"/api/live/sessions/{s.Id}/sync"), s.Activities[0]) == 0,
            "an instance took the session's lease and B holds the open poll (not timed: loading a session is not propagation)");
        var a = instances.A.Services.GetRequiredService<PublisherLeases>().InstanceId;
        var rounds = new List<(TimeSpan Took, bool Signalled)>();
        for (var round = 0; round < 12; round++)
        {
            var onA = round % 2 == 0;
            var (writer, reader) = onA ? (OnA, hostOnB) : (OnB, s.Host.Client);
            var phone = await writer.JoinAsync(s.Code, $"Voter {round}");
            var signalled = (await LeaseHolderAsync(instances.A, s.Id) == a) != onA;
            (await phone.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{s.Activities[0]}/responses", new { choices = new[] { round % 4 } }))
                .EnsureSuccessStatusCode();
            var acknowledged = Stopwatch.StartNew();
            while (Respondents(await LiveApi.SyncAsync(reader, $"/api/live/sessions/{s.Id}/sync"), s.Activities[0]) != round + 1)
            {
                acknowledged.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3),
                    $"vote {round}, taken by {(onA ? "A" : "B")} ({(signalled ? "not the lease holder: only the write signal tells the holder at once" : "the lease holder")}), did not reach the other instance; earlier rounds: {Describe(rounds)}");
                await Task.Delay(25);
            }

            rounds.Add((acknowledged.Elapsed, signalled));
        }

        output.WriteLine("propagation: " + Describe(rounds));
        rounds.Count(r => r.Signalled).ShouldBeGreaterThanOrEqualTo(4, "about half the votes are taken by the instance without the lease");
        var sorted = rounds.Select(r => r.Took).Order().ToList();
        sorted[sorted.Count / 2].ShouldBeLessThan(TimeSpan.FromSeconds(1), "median of " + Describe(rounds));

        // From A, the last round's reader, which has seen all twelve votes (B may not have polled the last one in yet).
        var final = LiveApi.Find(await LiveApi.SyncAsync(s.Host.Client, $"/api/live/sessions/{s.Id}/sync"), "results", s.Activities[0].ToString())!;
        final["counts"]!.AsArray().Select(c => c!.GetValue<int>()).ShouldBe([3, 3, 3, 3]);
    }

    [Fact]
    public async Task A_client_alternating_between_instances_never_sees_its_version_go_backwards()
    {
        var s = await OnA.CreateSessionAsync(true, LiveApi.Poll(), LiveApi.Poll(), LiveApi.Poll());
        var phone = await OnA.JoinAsync(s.Code, "Roamer");
        var clients = new[] { phone.Client, OnB.ParticipantClient(phone.Token) };
        var hosts = new[] { s.Host.Client, HostClientOn(instances.B, s) };
        using var stop = new CancellationTokenSource();
        var driver = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                // Host writes are limited to 20/s per host.
                (await hosts[i % 2].PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = i % 8 < 4 ? "next" : "previous" })).EnsureSuccessStatusCode();
                await Task.Delay(100);
            }
        });

        var held = new SyncedState();
        var seen = new List<long>();
        var notModified = 0;
        var alternating = Stopwatch.StartNew();
        // Until enough versions and at least one 304 were seen (bounded, so a slow machine only makes it run longer).
        for (var i = 0; (seen.Count < 12 || notModified == 0) && alternating.Elapsed < TimeSpan.FromSeconds(30); i++)
        {
            await Task.Delay(10);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/live/p/{s.Id}/sync?since={held.Version}");
            if (held.Version > 0)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", $"\"v{held.Version}\"");
            }

            var response = await clients[i % 2].SendAsync(request);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                notModified++;
                continue;
            }

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            var version = body["version"]!.GetValue<long>();
            version.ShouldBeGreaterThanOrEqualTo(held.Version, $"instance {(i % 2 == 0 ? "A" : "B")} answered an older version after {string.Join(",", seen)}");
            response.Headers.ETag!.Tag.ShouldBe($"\"v{version}\"");
            held.Apply(body);
            seen.Add(version);
        }

        await stop.CancelAsync();
        await driver;
        seen.Count.ShouldBeGreaterThan(10, "the session moved while the client alternated");
        notModified.ShouldBeGreaterThan(0, "an instance behind the client answers 304, not an older state");

        await LiveApi.EventuallyAsync(async () =>
        {
            var onA = await LiveApi.SyncAsync(clients[0], $"/api/live/p/{s.Id}/sync");
            var onB = await LiveApi.SyncAsync(clients[1], $"/api/live/p/{s.Id}/sync");
            return onA["version"]!.GetValue<long>() == onB["version"]!.GetValue<long>() && Canonical(onA) == Canonical(onB);
        }, "both instances converge on one state");
        var fresh = await LiveApi.SyncAsync(clients[0], $"/api/live/p/{s.Id}/sync");
        var caughtUp = await LiveApi.SyncAsync(clients[1], $"/api/live/p/{s.Id}/sync", held.Version);
        held.Apply(caughtUp);
        held.Canonical().ShouldBe(Canonical(fresh), "a delta from one instance applied to state built on both equals the fresh snapshot");
    }

    [Fact]
    public async Task Hidden_results_never_leak_to_participants_on_either_instance_before_reveal()
    {
        var s = await OnA.CreateSessionAsync(true, LiveApi.Poll("Secret", resultsMode: "onReveal"));
        var poll = s.Activities[0];
        (await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        var onA = await OnA.JoinAsync(s.Code, "Alpha");
        var onB = await OnB.JoinAsync(s.Code, "Bravo");
        using var streamCancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var stream = await onB.Client.GetAsync($"/api/live/p/{s.Id}/stream", HttpCompletionOption.ResponseHeadersRead, streamCancel.Token);
        var streamed = ReadStreamAsync(stream, streamCancel.Token);

        (await onA.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{poll}/responses", new { choices = new[] { 0 } })).EnsureSuccessStatusCode();
        (await onB.Client.PostAsJsonAsync($"/api/live/p/{s.Id}/activities/{poll}/responses", new { choices = new[] { 2 } })).EnsureSuccessStatusCode();
        var hostOnB = HostClientOn(instances.B, s);
        await LiveApi.EventuallyAsync(async () =>
            LiveApi.Find(await LiveApi.SyncAsync(hostOnB, $"/api/live/sessions/{s.Id}/sync"), "results", poll.ToString())?["counts"]?[2]?.GetValue<int>() == 1,
            "the host on B sees both votes");

        foreach (var (client, name) in new[] { (onA.Client, "A"), (onB.Client, "B"), (OnB.ParticipantClient(onA.Token), "A's phone on B"), (OnA.ParticipantClient(onB.Token), "B's phone on A") })
        {
            var sync = await LiveApi.SyncAsync(client, $"/api/live/p/{s.Id}/sync");
            sync.ToJsonString().ShouldNotContain("\"counts\"", customMessage: name);
            LiveApi.Find(sync, "results", poll.ToString())!["hidden"]!.GetValue<bool>().ShouldBeTrue(name);
            (await client.GetStringAsync($"/api/live/p/{s.Id}/me")).ShouldNotContain("\"counts\"", customMessage: name);
        }

        (await hostOnB.PostAsync($"/api/live/sessions/{s.Id}/activities/{poll}/reveal", null)).EnsureSuccessStatusCode();
        await LiveApi.EventuallyAsync(async () =>
            LiveApi.Find(await LiveApi.SyncAsync(onA.Client, $"/api/live/p/{s.Id}/sync"), "results", poll.ToString())?["counts"] is { } counts
            && counts.AsArray().Select(c => c!.GetValue<int>()).SequenceEqual([1, 0, 1]),
            "the reveal on B reaches a phone on A");
        var events = await streamed;
        var firstRevealed = events.FindIndex(e => e.Contains("\"counts\"", StringComparison.Ordinal));
        firstRevealed.ShouldBeGreaterThan(0, "the stream on B carried hidden states first and then the reveal");
        events.Take(firstRevealed).ShouldAllBe(e => !e.Contains("\"counts\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_lease_holder_dies_another_instance_takes_over_within_the_lease_and_counts_stay_exact()
    {
        var s = await OnA.CreateSessionAsync(true, LiveApi.Poll(options: 2));
        (await s.Host.Client.PostAsJsonAsync($"/api/live/sessions/{s.Id}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        var path = $"/api/live/p/{s.Id}/activities/{s.Activities[0]}/responses";
        var first = await OnA.JoinAsync(s.Code, "Early");
        (await first.Client.PostAsJsonAsync(path, new { choices = new[] { 0 } })).EnsureSuccessStatusCode();
        await LiveApi.EventuallyAsync(async () => Respondents(await LiveApi.SyncAsync(s.Host.Client, $"/api/live/sessions/{s.Id}/sync"), s.Activities[0]) == 1,
            "the first vote is published");

        // A crashed instance: it took the lease (fencing token bumped) and then stopped renewing it.
        await using (var scope = instances.A.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
            var until = DateTime.UtcNow.AddSeconds(6);
            (await db.Leases.Where(l => l.SessionId == s.Id).ExecuteUpdateAsync(u => u
                .SetProperty(l => l.InstanceId, "crashed")
                .SetProperty(l => l.FencingToken, l => l.FencingToken + 1)
                .SetProperty(l => l.LeaseUntil, until))).ShouldBe(1);
        }

        var crashed = Stopwatch.StartNew();
        var phones = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? OnA : OnB).JoinAsync(s.Code, $"Late {i}")));
        (await Task.WhenAll(phones.Select((p, i) => p.Client.PostAsJsonAsync(path, new { choices = new[] { i % 2 } })))).ShouldAllBe(r => r.IsSuccessStatusCode);
        var hostOnB = HostClientOn(instances.B, s);
        await LiveApi.EventuallyAsync(async () => Respondents(await LiveApi.SyncAsync(hostOnB, $"/api/live/sessions/{s.Id}/sync"), s.Activities[0]) == 21,
            "a live instance publishes the votes taken while the dead holder's lease ran out");
        crashed.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15), "6 s lease, then the next sweep (every 5 s in this fixture) takes it over");
        var holder = await LeaseHolderAsync(instances.B, s.Id);
        holder.ShouldBeOneOf(instances.A.Services.GetRequiredService<PublisherLeases>().InstanceId, instances.B.Services.GetRequiredService<PublisherLeases>().InstanceId);
        var counts = LiveApi.Find(await LiveApi.SyncAsync(hostOnB, $"/api/live/sessions/{s.Id}/sync"), "results", s.Activities[0].ToString())!["counts"]!;
        counts.AsArray().Select(c => c!.GetValue<int>()).ShouldBe([11, 10]);
    }

    [Fact]
    public async Task A_holder_whose_lease_was_taken_over_fails_its_fencing_check_and_the_new_holder_passes()
    {
        var s = await OnA.CreateSessionAsync(true, LiveApi.Poll());
        await LiveApi.EventuallyAsync(async () => await LeaseHolderAsync(instances.A, s.Id) is not null, "an instance took the session's lease");
        var onA = instances.A.Services.GetRequiredService<PublisherLeases>();
        var onB = instances.B.Services.GetRequiredService<PublisherLeases>();
        var (stale, next) = await LeaseHolderAsync(instances.A, s.Id) == onA.InstanceId ? (onA, onB) : (onB, onA);
        await using var scope = instances.A.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var staleToken = await db.Leases.Where(l => l.SessionId == s.Id).Select(l => l.FencingToken).SingleAsync();

        // The holder stalled past its lease and the other instance took it over (as after an expiry).
        var until = DateTime.UtcNow.AddSeconds(6);
        (await db.Leases.Where(l => l.SessionId == s.Id).ExecuteUpdateAsync(u => u
            .SetProperty(l => l.InstanceId, next.InstanceId)
            .SetProperty(l => l.FencingToken, l => l.FencingToken + 1)
            .SetProperty(l => l.LeaseUntil, until))).ShouldBe(1);
        (await next.HoldAsync(s.Id, CancellationToken.None)).ShouldBeTrue();
        next.TokenOf(s.Id).ShouldBeGreaterThan(staleToken);

        await Should.ThrowAsync<LeaseLostException>(() => stale.EnsureStillHeldAsync(db, s.Id, staleToken, DateTime.UtcNow, CancellationToken.None));
        await next.EnsureStillHeldAsync(db, s.Id, next.TokenOf(s.Id), DateTime.UtcNow, CancellationToken.None);
        stale.Forget(s.Id);
        (await stale.HoldAsync(s.Id, CancellationToken.None)).ShouldBeFalse("the other instance's lease has not expired");
    }

    private static async Task<string?> LeaseHolderAsync(QuartetTestHost host, Guid sessionId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        return await db.Leases.Where(l => l.SessionId == sessionId).Select(l => l.InstanceId).SingleOrDefaultAsync();
    }

    private static HttpClient HostClientOn(QuartetTestHost instance, LiveSessionUnderTest s)
    {
        var client = instance.CreateRawClient();
        client.DefaultRequestHeaders.Authorization = s.Host.Client.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static string Describe(List<(TimeSpan Took, bool Signalled)> rounds) =>
        string.Join(", ", rounds.Select(r => r.Took.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms" + (r.Signalled ? " (signalled)" : "")));

    private static int? Respondents(JsonObject sync, Guid activity) => LiveApi.Find(sync, "results", activity.ToString())?["respondents"]?.GetValue<int>();

    private static string Canonical(JsonObject sync)
    {
        var state = new SyncedState();
        state.Apply(sync);
        return state.Canonical();
    }

    private static async Task<List<string>> ReadStreamAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var events = new List<string>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        try
        {
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    events.Add(line);
                    if (line.Contains("\"counts\"", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return events;
    }
}

public sealed class TwoInstanceTestsOnPostgres(TwoInstances instances, ITestOutputHelper output) : TwoInstanceTests<TwoInstances>(instances, output);

public sealed class TwoInstanceTestsOnMySql(TwoMySqlInstances instances, ITestOutputHelper output) : TwoInstanceTests<TwoMySqlInstances>(instances, output);
