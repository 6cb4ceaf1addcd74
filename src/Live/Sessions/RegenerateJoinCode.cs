using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Sync;

namespace Quartet.Live.Sessions;

/// <summary>Gives a session a new join code (L6); the old one stops working at once.</summary>
public static class RegenerateJoinCode
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/code", async Task<Ok<SessionStateView>> (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            TypedResults.Ok(await SessionActions.RunAsync(publisher, id, user, "code", async (db, session, now, t) =>
            {
                HostAccess.EnsureNotEnded(session);
                session.Code = await JoinCodes.NewAsync(db, now, t);
                return ReconcileScope.SessionOnly;
            }, ct))).WithSummary("Regenerate join code").ProducesProblem(StatusCodes.Status409Conflict);
}
