using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Activities;

/// <summary>Deletes a closed or pending activity without answers (If-Match with its ETag); later activities move up.</summary>
public static class DeleteActivity
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapDelete("/activities/{aid:guid}", async Task<NoContent> (Guid id, Guid aid, ClaimsPrincipal user, Publisher publisher, HttpContext http, CancellationToken ct) =>
        {
            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var activity = await ActivityLookup.FindAsync(db, id, aid, t);
                DefinitionRevisions.ActivityMatch.Require(http.Request, DefinitionRevisions.ActivityTag(activity.Revision));
                if (activity.State == ActivityState.Open)
                {
                    throw new ProblemException(409, "ACTIVITY_OPEN", "Close the activity first.");
                }

                if (await ActivityLookup.HasResponsesAsync(db, aid, t))
                {
                    throw new ProblemException(409, "ACTIVITY_HAS_RESPONSES", "Reset the activity before deleting it.");
                }

                db.Activities.Remove(activity);
                foreach (var later in await db.Activities.Where(a => a.SessionId == id && a.Position > activity.Position).ToListAsync(t))
                {
                    later.Position--;
                }

                if (session.CurrentActivityId == aid)
                {
                    session.CurrentActivityId = null;
                    session.Screen = SessionScreen.Lobby;
                }

                session.Revision++;
                return (true, ReconcileScope.ForActivity(aid));
            }, ct);
            return TypedResults.NoContent();
        }).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
