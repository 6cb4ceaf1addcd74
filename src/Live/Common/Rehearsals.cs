using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Common;

/// <summary>
/// Rehearsal (§9.2): the host runs a draft privately with up to <see cref="MaxBots"/> simulated participants; stopping
/// wipes every trace (participants, answers, questions, totals) and returns the draft to where it was.
/// </summary>
public static class Rehearsals
{
    public const int MaxBots = 500;

    public static void EnsureDraft(LiveSession session)
    {
        if (session.Status == SessionStatus.Live)
        {
            throw new ProblemException(409, "SESSION_LIVE", "A live session cannot be rehearsed.");
        }

        HostAccess.EnsureNotEnded(session);
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

    /// <summary>Deletes everything the rehearsal produced; the published rows of it become data-less tombstones.</summary>
    private static async Task<ReconcileScope> WipeAsync(LiveDb db, Guid sessionId, CancellationToken ct)
    {
        var scope = new ReconcileScope { Presence = true };
        scope.Participants.UnionWith(await db.Participants.Where(p => p.SessionId == sessionId).Select(p => p.Id).ToListAsync(ct));
        await db.QuestionVotes.Where(v => db.Questions.Any(q => q.Id == v.QuestionId && q.SessionId == sessionId)).ExecuteDeleteAsync(ct);
        await db.Questions.Where(q => q.SessionId == sessionId).ExecuteDeleteAsync(ct);
        await db.Responses.Where(r => r.SessionId == sessionId).ExecuteDeleteAsync(ct);
        await db.IdempotencyRecords.Where(r => db.Participants.Any(p => p.Id == r.UserId && p.SessionId == sessionId)).ExecuteDeleteAsync(ct);
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
