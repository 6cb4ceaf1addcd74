using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartet.Live.Data;
using Quartet.Live.Participants;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Data;
using Quartet.Platform.Jobs;
using Quartet.Platform.Modules;

namespace Quartet.Live.Operations;

/// <summary>
/// <c>quartet live auto-end</c> (L4), <c>purge</c> (P2) under the platform job lock; <c>recompute-results</c> (manual),
/// <c>smoke</c> (after a deploy) and <c>bench-seed</c> (load tests).
/// </summary>
public static class LiveCommands
{
    public static readonly string AutoEndJob = JobCommand.Name("live", "auto-end");
    public static readonly string PurgeJob = JobCommand.Name("live", "purge");

    public static void Add(Command live, CommandContext context)
    {
        var autoEnd = new Command("auto-end", "End live sessions idle for 12 h (Live:AutoEndIdleHours).");
        autoEnd.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            return await JobCommand.RunAsync(app.Services, "live", "auto-end", async (_, t) => new JobResult(await AutoEndAsync(app.Services, t)), ct);
        });
        live.Subcommands.Add(autoEnd);

        var purge = new Command("purge", "Prune old change tombstones and participant data past retention.");
        purge.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            return await JobCommand.RunAsync(app.Services, "live", "purge", async (_, t) => new JobResult(await PurgeAsync(app.Services, t)), ct);
        });
        live.Subcommands.Add(purge);

        var sessionOption = new Option<Guid>("--session") { Description = "The session to check.", Required = true };
        var fixOption = new Option<bool>("--fix") { Description = "Publish the recomputed aggregates when they differ." };
        var recompute = new Command("recompute-results", "Rebuild a session's aggregates and scores from the raw rows; exit 1 on a mismatch.") { sessionOption, fixOption };
        recompute.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            var outcome = await RecomputeResults.RunAsync(app.Services, parse.GetValue(sessionOption), parse.GetValue(fixOption), ct);
            foreach (var mismatch in outcome.Mismatches)
            {
                await Console.Out.WriteLineAsync(mismatch);
            }

            await Console.Out.WriteLineAsync($"{outcome.Compared} aggregates compared, {outcome.Mismatches.Count} mismatches{(outcome.Fixed ? ", republished" : "")}");
            return outcome.Mismatches.Count == 0 || outcome.Fixed ? 0 : 1;
        });
        live.Subcommands.Add(recompute);

        var url = new Option<Uri>("--url") { Description = "Base URL of the deployed server, e.g. https://quartet.example.org.", Required = true };
        var timeout = new Option<int>("--timeout") { Description = "Seconds before the checks count as failed.", DefaultValueFactory = _ => 60 };
        var smoke = new Command("smoke", "After a deploy: rehearse a poll with 3 bots over HTTP, join, vote, check sync and the stream, delete. Exit 0 passed, 1 a check failed, 2 could not run.") { url, timeout };
        smoke.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            return await LiveSmoke.RunAsync(app.Services, parse.GetValue(url)!, Console.Out, TimeSpan.FromSeconds(parse.GetValue(timeout)), ct);
        });
        live.Subcommands.Add(smoke);

        var participants = new Option<int>("--participants") { Description = "How many participant tokens to create.", DefaultValueFactory = _ => 1000 };
        var benchSeed = new Command("bench-seed", "Create a live poll session plus N participant tokens (one per line on stdout) for load tests.") { participants };
        benchSeed.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            if (app.Environment.IsProduction())
            {
                await Console.Error.WriteLineAsync("bench-seed refuses to run in Production.");
                return 1;
            }

            await BenchSeed.RunAsync(app.Services, parse.GetValue(participants), Console.Out, ct);
            return 0;
        });
        live.Subcommands.Add(benchSeed);
    }

    public static async Task<string> AutoEndAsync(IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<LiveOptions>>().Value;
        var clock = services.GetRequiredService<TimeProvider>();
        var publisher = services.GetRequiredService<Publisher>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var idleSince = clock.GetUtcNow().UtcDateTime.AddHours(-options.AutoEndIdleHours);
        var candidates = await db.Sessions.Where(s => s.Status == SessionStatus.Live && s.LastActionAt < idleSince
                && !db.Responses.Any(r => r.SessionId == s.Id && r.SubmittedAt >= idleSince))
            .Select(s => s.Id).ToListAsync(ct);
        foreach (var id in candidates)
        {
            await publisher.RunAsync(id, async (tx, now, t) =>
            {
                var session = await tx.Sessions.SingleAsync(s => s.Id == id, t);
                var scope = new ReconcileScope();
                foreach (var activity in await tx.Activities.Where(a => a.SessionId == id && a.State == ActivityState.Open).ToListAsync(t))
                {
                    Activities.ActivityLifecycle.Close(activity, now);
                    scope.Activities.Add(activity.Id);
                }

                session.Status = SessionStatus.Ended;
                session.Screen = SessionScreen.End;
                session.EndedAt = now;
                return (true, scope);
            }, ct);
        }

        return $"ended {candidates.Count} idle sessions";
    }

    public static async Task<string> PurgeAsync(IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<LiveOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var oldChanges = now.AddMinutes(-options.RetentionMinutes);
        var pruned = 0;
        foreach (var session in await db.Sessions.Where(s => s.Status != SessionStatus.Draft || s.IsRehearsal).ToListAsync(ct))
        {
            var floor = session.Status == SessionStatus.Ended && session.EndedAt < now.AddHours(-1)
                ? session.Version
                : Math.Max(0, session.Version - options.RetentionVersions);
            pruned += await db.Changes.Where(c => c.SessionId == session.Id && c.Removed && c.Version <= floor && c.ChangedAt < oldChanges).ExecuteDeleteAsync(ct);
            if (floor > session.DeltaFloor)
            {
                await db.Sessions.Where(s => s.Id == session.Id && s.DeltaFloor < floor).ExecuteUpdateAsync(s => s.SetProperty(x => x.DeltaFloor, floor), ct);
            }
        }

        var participantCutoff = now.AddDays(-options.ParticipantDataRetentionDays);
        var expired = await db.Sessions.Where(s => s.Status == SessionStatus.Ended && s.EndedAt < participantCutoff).Select(s => s.Id).ToListAsync(ct);
        var removedParticipants = 0;
        foreach (var id in expired)
        {
            await db.QuestionVotes.Where(v => db.Questions.Any(q => q.Id == v.QuestionId && q.SessionId == id)).ExecuteDeleteAsync(ct);
            await db.Responses.Where(r => r.SessionId == id).ExecuteDeleteAsync(ct);
            await db.IdempotencyRecords.Where(r => db.Participants.Any(p => p.Id == r.UserId && p.SessionId == id)).ExecuteDeleteAsync(ct);
            await db.Changes.Where(c => c.SessionId == id && c.Audience.StartsWith("participant:")).ExecuteDeleteAsync(ct);
            removedParticipants += await db.Participants.Where(p => p.SessionId == id).ExecuteDeleteAsync(ct);
        }

        // Rehearsal leftovers (§6): a rehearsal nobody touched for the auto-end idle time is stopped and wiped.
        var idleSince = now.AddHours(-options.AutoEndIdleHours);
        var abandoned = await db.Sessions.Where(s => s.IsRehearsal && s.Status == SessionStatus.Draft && s.LastActionAt < idleSince).Select(s => s.Id).ToListAsync(ct);
        var publisher = services.GetRequiredService<Publisher>();
        foreach (var id in abandoned)
        {
            await publisher.RunAsync(id, async (tx, _, t) =>
            {
                var session = await tx.Sessions.SingleAsync(s => s.Id == id, t);
                return (true, session.IsRehearsal ? await Common.Rehearsals.StopAsync(tx, session, t) : new ReconcileScope());
            }, ct);
        }

        await db.Leases.Where(l => l.LeaseUntil < now.AddHours(-1)).ExecuteDeleteAsync(ct);
        await db.IdempotencyRecords.PurgeExpiredAsync(now, ct);
        return $"pruned {pruned} change rows, removed {removedParticipants} participants, stopped {abandoned.Count} abandoned rehearsals";
    }
}

/// <summary>Load-test fixture: a live session with an open poll and N joined participants with their tokens.</summary>
public static class BenchSeed
{
    public static async Task RunAsync(IServiceProvider services, int count, TextWriter output, CancellationToken ct)
    {
        await DemoSeeder.SeedAsync(services, new Progress<string>(), ct);
        var tokens = services.GetRequiredService<ParticipantTokens>();
        var clock = services.GetRequiredService<TimeProvider>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var host = await db.Sessions.Where(s => s.Code == DemoSeeder.DemoCode).Select(s => s.HostUserId).FirstAsync(ct);
        var session = new LiveSession
        {
            Id = Guid.CreateVersion7(),
            HostUserId = host,
            Title = "Benchmark",
            Code = await JoinCodes.NewAsync(db, now, ct),
            Status = SessionStatus.Live,
            Screen = SessionScreen.Activity,
            MaxParticipants = 20_000,
            PresenterKeyHash = JoinCodes.NewPresenterKey().Hash,
            Version = 1,
            CreatedAt = now,
            StartedAt = now,
            LastActionAt = now,
        };
        var poll = new Activity
        {
            Id = Guid.CreateVersion7(),
            SessionId = session.Id,
            Type = ActivityType.Poll,
            Title = "Benchmark poll",
            Config = LiveJson.Serialize(new Activities.ActivityConfig { Options = ["A", "B", "C", "D"] }),
            State = ActivityState.Open,
            ResultsMode = ResultsMode.Live,
            OpenedAt = now,
        };
        session.CurrentActivityId = poll.Id;
        db.Sessions.Add(session);
        db.Activities.Add(poll);
        await db.SaveChangesAsync(ct);
        await output.WriteLineAsync($"# session {session.Id} activity {poll.Id} code {session.Code}");
        for (var i = 0; i < count; i++)
        {
            var participant = new Participant
            {
                Id = Guid.CreateVersion7(),
                SessionId = session.Id,
                Nickname = $"bench {i}",
                NicknameKey = $"bench {i}",
                RecoveryCodeHash = "",
                IsBot = true,
                JoinedAt = now,
                LastSeenAt = now,
            };
            db.Participants.Add(participant);
            await output.WriteLineAsync(tokens.Issue(new ParticipantToken(session.Id, participant.Id, 0, now)));
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
