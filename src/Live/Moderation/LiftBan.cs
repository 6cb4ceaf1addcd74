using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Moderation;

/// <summary>Lifts a ban: the participant id and nickname may join again.</summary>
public static class LiftBan
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapDelete("/bans/{banId:guid}", async Task<NoContent> (Guid id, Guid banId, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var ban = await db.Bans.SingleOrDefaultAsync(b => b.Id == banId && b.SessionId == id, t)
                    ?? throw new ProblemException(404, "BAN_NOT_FOUND", "No such ban.");
                db.Bans.Remove(ban);
                HostAccess.Audit(db, session, user, "unban", now, ban.ParticipantId.ToString());
                return (true, ReconcileScope.SessionOnly);
            }, ct);
            return TypedResults.NoContent();
        }).WithSummary("Lift ban");
}
