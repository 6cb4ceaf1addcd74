using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Rehearsal;

/// <summary>Stops a rehearsal: everything it produced is wiped and the draft is back in the lobby.</summary>
public static class StopRehearsal
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapDelete("/rehearsal", async Task<Ok<SessionStateView>> (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            TypedResults.Ok(await SessionActions.RunAsync(publisher, id, user, "rehearsal-stop", async (db, session, now, t) =>
            {
                Rehearsals.EnsureDraft(session);
                if (!session.IsRehearsal)
                {
                    throw new ProblemException(409, "NOT_REHEARSING", "No rehearsal is running.");
                }

                return await Rehearsals.StopAsync(db, session, t);
            }, ct))).WithSummary("Stop rehearsal").ProducesProblem(StatusCodes.Status409Conflict);
}
