using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Sessions;

public sealed class NavigateRequest
{
    /// <summary><c>next</c>, <c>previous</c>, <c>lobby</c>, <c>end</c> or an activity id.</summary>
    [Required]
    public string To { get; init; } = "";
}

/// <summary>Running a session (L1–L7): start, end, lock, code and presenter-key rotation, navigation.</summary>
public static class SessionControl
{
    public static void Map(RouteGroupBuilder api)
    {
        var host = api.MapGroup("/sessions/{id:guid}").RequireAuthorization(p => p.RequireRole(HostAccess.HostRole));

        host.MapPost("/start", (Guid id, ClaimsPrincipal user, Publisher publisher, IOptions<LiveOptions> options, CancellationToken ct) =>
            Act(publisher, id, user, "start", async (db, session, now, t) =>
            {
                if (session.Status != SessionStatus.Draft || session.IsRehearsal)
                {
                    throw new ProblemException(409, "INVALID_TRANSITION", "Only a draft can start.");
                }

                if (!await db.Activities.AnyAsync(a => a.SessionId == id, t))
                {
                    throw new ProblemException(422, "NO_ACTIVITIES", "Add at least one activity first.");
                }

                var live = await db.Sessions.CountAsync(s => s.HostUserId == session.HostUserId && s.Status == SessionStatus.Live, t);
                if (live >= options.Value.MaxLiveSessionsPerHost)
                {
                    throw new ProblemException(422, "LIVE_SESSION_LIMIT", $"At most {options.Value.MaxLiveSessionsPerHost} live sessions at once.");
                }

                session.Status = SessionStatus.Live;
                session.Screen = SessionScreen.Lobby;
                session.CurrentActivityId = null;
                session.StartedAt = now;
                return ReconcileScope.SessionOnly;
            }, ct)).ProducesProblem(StatusCodes.Status409Conflict);

        host.MapPost("/end", (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            Act(publisher, id, user, "end", async (db, session, now, t) =>
            {
                if (session.Status != SessionStatus.Live)
                {
                    throw new ProblemException(409, "INVALID_TRANSITION", "Only a live session can end.");
                }

                var scope = new ReconcileScope { Presence = true };
                foreach (var activity in await db.Activities.Where(a => a.SessionId == id).ToListAsync(t))
                {
                    if (activity.State == ActivityState.Open)
                    {
                        ActivityLifecycle.Close(activity, now);
                    }

                    scope.Activities.Add(activity.Id);
                    if (activity.Type == ActivityType.Quiz)
                    {
                        scope.Scores.Add(activity.Id);
                    }
                }

                session.Status = SessionStatus.Ended;
                session.Screen = SessionScreen.End;
                session.EndedAt = now;
                return scope;
            }, ct));

        host.MapPost("/lock", (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) => SetLock(publisher, id, user, true, ct)).ProducesProblem(StatusCodes.Status409Conflict);
        host.MapPost("/unlock", (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) => SetLock(publisher, id, user, false, ct)).ProducesProblem(StatusCodes.Status409Conflict);

        host.MapPost("/code", (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            Act(publisher, id, user, "code", async (db, session, now, t) =>
            {
                HostAccess.EnsureNotEnded(session);
                session.Code = await JoinCodes.NewAsync(db, now, t);
                return ReconcileScope.SessionOnly;
            }, ct)).ProducesProblem(StatusCodes.Status409Conflict);

        host.MapPost("/presenter-key", async (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var (key, hash) = JoinCodes.NewPresenterKey();
            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                session.PresenterKeyHash = hash;
                HostAccess.Audit(db, session, user, "presenter-key", now);
                return (true, ReconcileScope.SessionOnly);
            }, ct);
            return Results.Ok(new { key, link = $"/live/s/{id}/present#key={key}" });
        });

        host.MapPost("/navigate", (Guid id, NavigateRequest request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            Act(publisher, id, user, null, (db, session, now, t) => Navigation.MoveAsync(db, session, request.To, now, t), ct));
    }

    private static Task<IResult> SetLock(Publisher publisher, Guid id, ClaimsPrincipal user, bool locked, CancellationToken ct) =>
        Act(publisher, id, user, locked ? "lock" : "unlock", (_, session, _, _) =>
        {
            if (session.Status != SessionStatus.Live && !session.IsRehearsal)
            {
                throw new ProblemException(409, "SESSION_NOT_LIVE", "Only a live session can be locked or unlocked.");
            }

            session.Locked = locked;
            return Task.FromResult(ReconcileScope.SessionOnly);
        }, ct);

    /// <summary>Runs an owner action on a session in one published transaction and answers the session's public state.</summary>
    public static async Task<IResult> Act(
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
        return Results.Ok(new
        {
            session.Id,
            session.Code,
            DisplayCode = JoinCodes.Display(session.Code),
            session.Status,
            session.Locked,
            session.Screen,
            session.CurrentActivityId,
            session.Version,
        });
    }
}
