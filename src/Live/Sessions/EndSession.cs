using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Sessions;

/// <summary>Ends a live session (L7): open activities close and the end screen shows.</summary>
public static class EndSession
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/end", async Task<Ok<SessionStateView>> (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            TypedResults.Ok(await SessionActions.RunAsync(publisher, id, user, "end", async (db, session, now, t) =>
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
            }, ct))).ProducesProblem(StatusCodes.Status409Conflict);
}
