using System.Security.Claims;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;

namespace Quartet.Live.Common;

/// <summary>An owner action on a session (start, end, lock, navigate, rehearse…) run in one published transaction.</summary>
public static class SessionActions
{
    /// <summary>Runs <paramref name="action"/> on the caller's session, audits it when <paramref name="audit"/> is set and answers the session's public state.</summary>
    public static async Task<SessionStateView> RunAsync(
        Publisher publisher, Guid id, ClaimsPrincipal user, string? audit, Func<LiveDb, LiveSession, DateTime, CancellationToken, Task<ReconcileScope>> action, CancellationToken ct)
    {
        var session = await publisher.RunAsync(id, async (db, now, t) =>
        {
            var session = await HostAccess.OwnedAsync(db, id, user, t);
            var scope = await action(db, session, now, t);
            session.LastActionAt = now;
            if (audit is not null)
            {
                HostAccess.Audit(db, session, user, audit, now);
            }

            return (session, scope);
        }, ct);
        return SessionStateView.From(session);
    }

    /// <summary>Locks or unlocks a live (or rehearsing) session.</summary>
    public static Task<SessionStateView> SetLockAsync(Publisher publisher, Guid id, ClaimsPrincipal user, bool locked, CancellationToken ct) =>
        RunAsync(publisher, id, user, locked ? "lock" : "unlock", (_, session, _, _) =>
        {
            if (session.Status != SessionStatus.Live && !session.IsRehearsal)
            {
                throw new Platform.Http.ProblemException(409, "SESSION_NOT_LIVE", "Only a live session can be locked or unlocked.");
            }

            session.Locked = locked;
            return Task.FromResult(ReconcileScope.SessionOnly);
        }, ct);
}
