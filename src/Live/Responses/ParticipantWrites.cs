using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Participants;
using Quartet.Live.Sync;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Responses;

/// <summary>
/// The shared shape of every participant write: rate limit, requestId de-duplication on the platform's idempotency
/// records (<see cref="RequestIds"/>: a replay changes nothing and answers the stored first answer; another request
/// with the same requestId is 422), one transaction acknowledged only after commit — the answer's record commits with
/// the write — a retry when a parallel write of the same participant won a unique key, then a signal for the batch
/// publisher (S2: writes never bump the version themselves).
/// </summary>
public sealed class ParticipantWrites(LiveDb db, RateLimits limits, WriteSignals signals, TimeProvider clock)
{
    public LiveDb Db => db;

    /// <summary>Runs <paramref name="write"/> once per <paramref name="request"/>; its answer (sent with <paramref name="status"/>) is what a replay answers.</summary>
    public async Task<T> RunAsync<T>(
        HttpContext http, ParticipantCaller caller, IdempotentRequest? request, int status, Func<CancellationToken, Task<T>> write, CancellationToken ct)
    {
        EnsureSessionOpen(caller);
        if (request is not null && await request.FindAsync(db.IdempotencyRecords, ct) is { } stored)
        {
            return Idempotency.ReplayBody<T>(http, stored);
        }

        limits.Write(caller.ParticipantId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await db.InTransactionAsync(async t =>
                {
                    var answer = await write(t);
                    if (request is not null)
                    {
                        db.IdempotencyRecords.Add(request.Answer(http, status, null, answer, null, clock.GetUtcNow().UtcDateTime));
                    }

                    return answer;
                }, ct);
                signals.MarkLocal(caller.SessionId);
                return result;
            }
            catch (DbUpdateException) when (attempt < 4)
            {
                db.ChangeTracker.Clear();
                if (request is not null && await request.FindAsync(db.IdempotencyRecords, ct) is { } first)
                {
                    return Idempotency.ReplayBody<T>(http, first);
                }
            }
        }
    }

    public static void EnsureSessionOpen(ParticipantCaller caller)
    {
        if (caller.State.Header.Status == SessionStatus.Ended)
        {
            throw new ProblemException(409, "SESSION_ENDED", "The session has ended.");
        }
    }

    public async Task<Activity> OpenActivityAsync(ParticipantCaller caller, Guid activityId, DateTime now, CancellationToken ct)
    {
        var activity = await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId && a.SessionId == caller.SessionId, ct)
            ?? throw new ProblemException(404, "ACTIVITY_NOT_FOUND", "No such activity.");
        if (!Activities.ActivityLifecycle.AcceptsWrites(activity, now))
        {
            throw new ProblemException(409, "ACTIVITY_NOT_OPEN", "This activity is not taking answers.");
        }

        return activity;
    }
}

public static class ParticipantWritesRegistration
{
    public static IServiceCollection AddParticipantWrites(this IServiceCollection services) => services.AddScoped<ParticipantWrites>();
}
