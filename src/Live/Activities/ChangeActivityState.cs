using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Activities;

/// <summary>Runs an activity: open (the current one, or Q&amp;A and reactions in the background), close, reveal or hide results, reset.</summary>
public static class ChangeActivityState
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/activities/{aid:guid}/{action:regex(^(open|close|reveal|hide-results|reset)$)}", async Task<Ok<ActivityView>> (
            Guid id, Guid aid, string action, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var activity = await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                HostAccess.EnsureNotEnded(session);
                var all = await db.Activities.Where(a => a.SessionId == id).ToListAsync(t);
                var activity = all.SingleOrDefault(a => a.Id == aid) ?? throw new ProblemException(404, "ACTIVITY_NOT_FOUND", "No such activity.");
                var scope = ReconcileScope.ForActivity(aid);
                switch (action)
                {
                    case "open":
                        if (session.Status != SessionStatus.Live && !session.IsRehearsal)
                        {
                            throw new ProblemException(409, "SESSION_NOT_LIVE", "Start the session first.");
                        }

                        if (activity.State == ActivityState.Open
                            || (!ActivityLifecycle.IsBackground(activity.Type) && session.CurrentActivityId != aid))
                        {
                            throw new ProblemException(409, "INVALID_TRANSITION", "Only the current activity can be opened (Q&A and reactions may run in background).");
                        }

                        Navigation.OpenAsForeground(all, activity, now, scope);
                        break;
                    case "close":
                        if (activity.State != ActivityState.Open)
                        {
                            throw new ProblemException(409, "INVALID_TRANSITION", "The activity is not open.");
                        }

                        ActivityLifecycle.Close(activity, now);
                        break;
                    case "reveal":
                    case "hide-results":
                        if (activity.Type == ActivityType.Quiz)
                        {
                            throw new ProblemException(409, "INVALID_TRANSITION", "Quiz answers are revealed per question.");
                        }

                        activity.Revealed = action == "reveal";
                        break;
                    default:
                        if (activity.State != ActivityState.Closed)
                        {
                            throw new ProblemException(409, "INVALID_TRANSITION", "Only a closed activity can be reset.");
                        }

                        await db.Responses.Where(r => r.ActivityId == aid).ExecuteDeleteAsync(t);
                        await db.Questions.Where(q => q.ActivityId == aid).ExecuteDeleteAsync(t);
                        await db.QuizQuestions.Where(q => q.ActivityId == aid).ExecuteDeleteAsync(t);
                        await db.ReactionTotals.Where(r => r.ActivityId == aid).ExecuteDeleteAsync(t);
                        activity.State = ActivityState.Pending;
                        activity.Revealed = false;
                        activity.QuizIndex = -1;
                        activity.QuizPodium = false;
                        activity.OpenedAt = activity.ClosedAt = activity.ClosesAt = null;
                        scope.Scores.Add(aid);
                        HostAccess.Audit(db, session, user, "reset", now, aid.ToString());
                        break;
                }

                session.LastActionAt = now;
                return (activity, scope);
            }, ct);
            return TypedResults.Ok(ActivityView.From(activity));
        }).WithSummary("Change activity state").ProducesProblem(StatusCodes.Status409Conflict);
}
