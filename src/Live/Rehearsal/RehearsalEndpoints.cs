using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Rehearsal;

public sealed class RehearsalRequest
{
    [Range(0, RehearsalEndpoints.MaxBots)]
    public int Bots { get; init; }
}

/// <summary>
/// Rehearsal (§9.2): the host runs a draft privately with up to 500 simulated participants answering at random
/// (<see cref="RehearsalBots"/>); stopping wipes every trace (participants, answers, questions, totals) and returns the
/// draft to where it was.
/// </summary>
public static class RehearsalEndpoints
{
    public const int MaxBots = 500;

    public static void Map(RouteGroupBuilder api)
    {
        var host = api.MapGroup("/sessions/{id:guid}/rehearsal").RequireAuthorization(p => p.RequireRole(HostAccess.HostRole));

        host.MapPost("", (Guid id, RehearsalRequest request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            SessionControl.Act(publisher, id, user, "rehearsal-start", async (db, session, now, t) =>
            {
                EnsureDraft(session);
                if (session.IsRehearsal)
                {
                    throw new ProblemException(409, "REHEARSAL_RUNNING", "A rehearsal is already running; stop it first.");
                }

                if (!await db.Activities.AnyAsync(a => a.SessionId == id, t))
                {
                    throw new ProblemException(422, "NO_ACTIVITIES", "Add at least one activity first.");
                }

                session.IsRehearsal = true;
                session.Screen = SessionScreen.Lobby;
                session.CurrentActivityId = null;
                var scope = new ReconcileScope { Presence = true };
                for (var i = 1; i <= request.Bots; i++)
                {
                    var bot = new Participant
                    {
                        Id = Guid.CreateVersion7(),
                        SessionId = id,
                        Nickname = $"Bot {i}",
                        NicknameKey = $"bot {i}",
                        RecoveryCodeHash = "",
                        IsBot = true,
                        JoinedAt = now,
                        LastSeenAt = now,
                    };
                    db.Participants.Add(bot);
                    scope.Participants.Add(bot.Id);
                }

                return scope;
            }, ct)).ProducesProblem(StatusCodes.Status409Conflict);

        host.MapDelete("", (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            SessionControl.Act(publisher, id, user, "rehearsal-stop", async (db, session, now, t) =>
            {
                EnsureDraft(session);
                if (!session.IsRehearsal)
                {
                    throw new ProblemException(409, "NOT_REHEARSING", "No rehearsal is running.");
                }

                return await StopAsync(db, session, t);
            }, ct)).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>Ends a rehearsal: wipes what it produced and returns the session to a draft in the lobby.</summary>
    public static async Task<ReconcileScope> StopAsync(LiveDb db, LiveSession session, CancellationToken ct)
    {
        var scope = await WipeAsync(db, session.Id, ct);
        session.IsRehearsal = false;
        session.Locked = false;
        session.Screen = SessionScreen.Lobby;
        session.CurrentActivityId = null;
        return scope;
    }

    private static void EnsureDraft(LiveSession session)
    {
        if (session.Status == SessionStatus.Live)
        {
            throw new ProblemException(409, "SESSION_LIVE", "A live session cannot be rehearsed.");
        }

        HostAccess.EnsureNotEnded(session);
    }

    /// <summary>Deletes everything the rehearsal produced; the published rows of it become data-less tombstones.</summary>
    private static async Task<ReconcileScope> WipeAsync(LiveDb db, Guid sessionId, CancellationToken ct)
    {
        var scope = new ReconcileScope { Presence = true };
        scope.Participants.UnionWith(await db.Participants.Where(p => p.SessionId == sessionId).Select(p => p.Id).ToListAsync(ct));
        await db.QuestionVotes.Where(v => db.Questions.Any(q => q.Id == v.QuestionId && q.SessionId == sessionId)).ExecuteDeleteAsync(ct);
        await db.Questions.Where(q => q.SessionId == sessionId).ExecuteDeleteAsync(ct);
        await db.Responses.Where(r => r.SessionId == sessionId).ExecuteDeleteAsync(ct);
        await db.Receipts.Where(r => r.SessionId == sessionId).ExecuteDeleteAsync(ct);
        await db.Bans.Where(b => b.SessionId == sessionId).ExecuteDeleteAsync(ct);
        await db.Participants.Where(p => p.SessionId == sessionId).ExecuteDeleteAsync(ct);
        foreach (var activity in await db.Activities.Where(a => a.SessionId == sessionId).ToListAsync(ct))
        {
            await db.QuizQuestions.Where(q => q.ActivityId == activity.Id).ExecuteDeleteAsync(ct);
            await db.ReactionTotals.Where(r => r.ActivityId == activity.Id).ExecuteDeleteAsync(ct);
            activity.State = ActivityState.Pending;
            activity.Revealed = false;
            activity.QuizIndex = -1;
            activity.QuizPodium = false;
            activity.OpenedAt = activity.ClosedAt = activity.ClosesAt = null;
            scope.Activities.Add(activity.Id);
            if (activity.Type == ActivityType.Quiz)
            {
                scope.Scores.Add(activity.Id);
            }
        }

        return scope;
    }
}
