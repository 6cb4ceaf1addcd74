using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Sessions;

/// <summary>Deletes a session that is not live or rehearsing; the platform admin may delete any (spec §2).</summary>
public static class DeleteSession
{
    public static void Map(RouteGroupBuilder sessions) =>
        sessions.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, LiveDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        {
            await db.InTransactionAsync(async t =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t, adminMayRead: true);
                if (session.Status == SessionStatus.Live || session.IsRehearsal)
                {
                    throw new ProblemException(409, "SESSION_LIVE", "End the session before deleting it.");
                }

                HostAccess.Audit(db, session, user, "delete", clock.GetUtcNow().UtcDateTime, session.Title);
                db.Sessions.Remove(session);
            }, ct);
            return TypedResults.NoContent();
        }).ProducesProblem(StatusCodes.Status409Conflict);
}
