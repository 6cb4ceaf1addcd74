using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Live.Participants;
using Quartet.Live.Sync;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Responses;

/// <summary>
/// The shared shape of every participant write: rate limit, requestId de-duplication (a replay changes nothing and
/// answers the current state), one transaction acknowledged only after commit, a retry when a parallel write of the same
/// participant won a unique key, then a signal for the batch publisher (S2: writes never bump the version themselves).
/// </summary>
public sealed class ParticipantWrites(LiveDb db, RateLimits limits, WriteSignals signals, TimeProvider clock)
{
    public LiveDb Db => db;

    public async Task<T> RunAsync<T>(
        ParticipantCaller caller, string? requestId, Func<CancellationToken, Task<T>> write, Func<CancellationToken, Task<T>> replay, CancellationToken ct)
    {
        if (requestId is not null && (requestId.Length is < 1 or > 64))
        {
            throw new ProblemException(400, "BAD_REQUEST_ID", "requestId has 1 to 64 characters.");
        }

        EnsureSessionOpen(caller);
        if (requestId is not null && await db.Receipts.AnyAsync(r => r.ParticipantId == caller.ParticipantId && r.RequestId == requestId, ct))
        {
            return await replay(ct);
        }

        limits.Write(caller.ParticipantId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await db.InTransactionAsync(async t =>
                {
                    if (requestId is not null)
                    {
                        db.Receipts.Add(new WriteReceipt { ParticipantId = caller.ParticipantId, RequestId = requestId, SessionId = caller.SessionId, CreatedAt = clock.GetUtcNow().UtcDateTime });
                    }

                    return await write(t);
                }, ct);
                signals.MarkLocal(caller.SessionId);
                return result;
            }
            catch (DbUpdateException) when (attempt < 4)
            {
                db.ChangeTracker.Clear();
                if (requestId is not null && await db.Receipts.AnyAsync(r => r.ParticipantId == caller.ParticipantId && r.RequestId == requestId, ct))
                {
                    return await replay(ct);
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
